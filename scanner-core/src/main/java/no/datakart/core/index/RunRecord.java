package no.datakart.core.index;

import java.time.Instant;
import java.util.Objects;

/**
 * One scan run of one source of a tenant. A run killed before its end stays {@code RUNNING} with the counts
 * of its last checkpoint, and the next scan of the source continues it under the same number, so its
 * counts end as if it had run through.
 *
 * @param number   1 for the source's first run, then one up
 * @param started  when it (first) started
 * @param finished when it ended; null while it runs (or if it was killed)
 */
public record RunRecord(String source, int number, Instant started, Instant finished, RunCounts counts) {
    public RunRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(counts, "counts");
        if (number < 1) throw new IllegalArgumentException("run numbers start at 1");
    }

    public boolean complete() {
        return finished != null;
    }
}
