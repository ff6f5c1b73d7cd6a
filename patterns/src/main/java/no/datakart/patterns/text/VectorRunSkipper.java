package no.datakart.patterns.text;

import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A {@link RunSkipper} on the Vector API: finds the digits of 64 chars at a time as a bit mask, and looks
 * for {@code n} run chars in a row. Only loaded when {@code jdk.incubator.vector} is in the boot layer.
 * Conservative: any single char between two digits counts as a separator here ({@code 12:30-13:30}), so
 * it may stop where the exact scan then finds nothing, but it never skips a run.
 */
final class VectorRunSkipper implements RunSkipper {
    // 256 bits whatever the machine prefers: the blocks are 64 chars in four vectors, and an AVX-512 machine
    // runs 256-bit vectors natively too (with the preferred species it got no vector path at all)
    private static final VectorSpecies<Short> SPECIES = ShortVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 64; // four vectors of 16 chars
    private static final short ZERO = '0';
    private static final short NINE = '9';

    private final int n;

    private VectorRunSkipper(int n) {
        this.n = n;
    }

    /** Null where vectors would not be faster than probing: no SIMD unit of at least 256 bits. */
    static RunSkipper create(int minRunChars) {
        if (minRunChars < 2 || minRunChars > BLOCK) throw new IllegalArgumentException("run length " + minRunChars);
        if (ShortVector.SPECIES_PREFERRED.vectorBitSize() < 256) return null; // no 256-bit vectors: probe instead
        return new VectorRunSkipper(minRunChars);
    }

    @Override
    public int skip(char[] a, int from, int end) {
        long prevDigits = 0; // the previous block's masks, bit k for char k
        long prevRun = 0;
        int i = from;
        for (; i + BLOCK <= end; i += BLOCK) {
            // signed compares only: the unsigned ones were renamed between JDK 21 and 25
            ShortVector v0 = ShortVector.fromCharArray(SPECIES, a, i);
            ShortVector v1 = ShortVector.fromCharArray(SPECIES, a, i + LANES);
            ShortVector v2 = ShortVector.fromCharArray(SPECIES, a, i + 2 * LANES);
            ShortVector v3 = ShortVector.fromCharArray(SPECIES, a, i + 3 * LANES);
            VectorMask<Short> d0 = v0.compare(VectorOperators.GE, ZERO).and(v0.compare(VectorOperators.LE, NINE));
            VectorMask<Short> d1 = v1.compare(VectorOperators.GE, ZERO).and(v1.compare(VectorOperators.LE, NINE));
            VectorMask<Short> d2 = v2.compare(VectorOperators.GE, ZERO).and(v2.compare(VectorOperators.LE, NINE));
            VectorMask<Short> d3 = v3.compare(VectorOperators.GE, ZERO).and(v3.compare(VectorOperators.LE, NINE));
            long digits = 0;
            if (d0.or(d1).or(d2).or(d3).anyTrue()) { // most stretches of text have no digit
                digits = d0.toLong() | d1.toLong() << LANES | d2.toLong() << 2 * LANES | d3.toLong() << 3 * LANES;
            }
            if (digits == 0) { // no digit, no run char
                prevDigits = 0;
                prevRun = 0;
                continue;
            }
            // a run char: a digit, or any one char between two digits (a superset of the separators
            // that join groups, cheaper than telling them apart). The next block's first char is not
            // known here: assume a digit.
            long run = digits | (digits << 1 | prevDigits >>> 63) & (digits >>> 1 | 1L << 63);
            long complete = run; // bit k: chars k-n+1 .. k are all run chars
            for (int t = 1; t < n; t++) complete &= run << t | prevRun >>> (BLOCK - t);
            if (complete != 0) return i + Long.numberOfTrailingZeros(complete) - (n - 1);
            prevDigits = digits;
            prevRun = run;
        }
        // a run may go on past the last whole block: resume where it started
        return i - Long.numberOfLeadingZeros(~prevRun);
    }
}
