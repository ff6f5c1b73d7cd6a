package no.datakart.patterns.text;

import java.util.Arrays;

/**
 * Offsets in a stream that wait for more text before they can be decided (an {@code @} whose domain may
 * go on in the next chunk): a small list, emptied and refilled by each retry, allocation-free once grown.
 */
public final class Waiting {
    /** Decides an offset, or adds it back to wait longer; {@code ended}: no more text will come. */
    public interface Decision {
        void decide(long offset, boolean ended);
    }

    private long[] at = new long[8];
    private int size;

    public void add(long offset) {
        if (size == at.length) at = Arrays.copyOf(at, size * 2);
        at[size++] = offset;
    }

    /** Decides each waiting offset again; those that still cannot be decided are added back. */
    public void retry(Decision decision, boolean ended) {
        int n = size;
        size = 0;
        for (int k = 0; k < n; k++) decision.decide(at[k], ended); // adds back at or before k: safe in place
    }

    /** The smallest offset waiting, or {@link Long#MAX_VALUE} if none. */
    public long min() {
        long m = Long.MAX_VALUE;
        for (int k = 0; k < size; k++) m = Math.min(m, at[k]);
        return m;
    }

    public void clear() {
        size = 0;
    }
}
