package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import no.datakart.core.scan.ScanProgress.Snapshot;

class ProgressDisplayTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void whileTheWalkGoesOnTheTotalIsOpenAndThereIsNoTimeLeft() {
        Snapshot s = new Snapshot(1500, 1000, 50_000_000, 250, 10_000_000, 0, false);
        assertEquals("[######..................]  25% 250/1000+ items read, 500 unchanged, 25.0 items/s, 1.0 MB/s, walking",
                ProgressDisplay.line(s, 10 * SECOND, true));
    }

    @Test
    void onceTheWalkIsDoneTheTimeLeftFollowsTheBytesLeft() {
        Snapshot s = new Snapshot(2000, 1000, 40_000_000, 500, 10_000_000, 3, true);
        assertEquals("progress: 500/1000 items read, 1000 unchanged, 50.0 items/s, 1.0 MB/s, 3 failed, ETA 0:30",
                ProgressDisplay.line(s, 10 * SECOND, false), "30 MB left at 1 MB/s");
        assertEquals("1:01:01", ProgressDisplay.duration(3661));
    }

    @Test
    void aRescanWithNothingToReadIsDone() {
        Snapshot s = new Snapshot(100_000, 0, 0, 0, 0, 0, true);
        assertEquals("[########################] 100% 0/0 items read, 100000 unchanged, 0.0 items/s, 0.0 MB/s",
                ProgressDisplay.line(s, 4 * SECOND, true));
    }
}
