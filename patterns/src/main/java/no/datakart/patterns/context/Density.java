package no.datakart.patterns.context;

/**
 * Same-shaped numbers in a stream, passed their check or not, for the density rule: among many
 * look-alikes nearby that fail, the few that pass are likely chance. One per kind of number.
 */
public final class Density {
    /** Look at up to this many numbers on each side ... */
    static final int SPAN = 10;
    /** ... within this many chars ... */
    static final int DISTANCE = 1000;
    /** ... and if at least this many were seen and at most this share passed, the passing ones are noise. */
    static final int MIN = 8;
    static final double MAX_PASS = 0.2;
    private static final int KEPT = 64; // a power of two > 2 * SPAN + slack

    private final long[] end = new long[KEPT];
    private final boolean[] passed = new boolean[KEPT];
    private long count;

    /** A number of the shape ends at {@code at}; returns its sequence number. */
    public long add(long at, boolean pass) {
        long seq = count++;
        end[(int) (seq & (KEPT - 1))] = at;
        passed[(int) (seq & (KEPT - 1))] = pass;
        return seq;
    }

    /** Whether enough is known after number {@code seq}, ending at {@code at}, to judge it. */
    public boolean known(long seq, long at, long scanned) {
        return count - 1 - seq >= SPAN || scanned - at > DISTANCE;
    }

    /** Whether number {@code seq}, ending at {@code at}, passed by chance among failing look-alikes. */
    public boolean noise(long seq, long at) {
        long from = Math.max(0, Math.max(seq - SPAN, count - KEPT));
        long to = Math.min(count - 1, seq + SPAN);
        int seen = 0;
        int pass = 0;
        for (long t = from; t <= to; t++) {
            int i = (int) (t & (KEPT - 1));
            if (Math.abs(end[i] - at) > DISTANCE) continue;
            seen++;
            if (passed[i]) pass++;
        }
        return seen >= MIN && pass <= MAX_PASS * seen;
    }

    public void reset() {
        count = 0;
    }
}
