package no.datakart.patterns.text;

import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link CharMasks} on the Vector API: each block of 64 chars as four 256-bit vectors, each mask made by
 * compares and turned into bits once. Only loaded when {@code jdk.incubator.vector} is in the boot layer.
 * Signed compares only (the unsigned ones were renamed between JDK 21 and 25): a char from U+8000 is a
 * negative short, so "above" a char means above it or negative.
 */
final class VectorMaskFiller implements CharMasks.Filler {
    // 256 bits whatever the machine prefers: the blocks are 64 chars in four vectors, and an AVX-512 machine
    // runs 256-bit vectors natively too (with the preferred species it got no vector path at all)
    private static final VectorSpecies<Short> SPECIES = ShortVector.SPECIES_256;
    private static final int LANES = SPECIES.length();

    private VectorMaskFiller() {
    }

    /** Null where there is no 256-bit vector unit: then char by char is as fast. */
    static CharMasks.Filler create() {
        return ShortVector.SPECIES_PREFERRED.vectorBitSize() >= 256 ? new VectorMaskFiller() : null;
    }

    @Override
    public int fill(CharMasks m, char[] a, int off, int len) {
        int whole = len >>> 6;
        for (int b = 0; b < whole; b++) {
            int i = off + (b << 6);
            long digit = 0, newline = 0, at = 0, delim = 0, space = 0, cell = 0, letter = 0, nonRule = 0;
            for (int v = 0; v < 4; v++) {
                ShortVector x = ShortVector.fromCharArray(SPECIES, a, i + v * LANES);
                int shift = v * LANES;
                VectorMask<Short> high = x.compare(VectorOperators.LT, (short) 0); // U+8000 and up
                VectorMask<Short> aboveSpace = x.compare(VectorOperators.GT, (short) ' ').or(high);
                VectorMask<Short> tab = x.compare(VectorOperators.EQ, (short) '\t');
                VectorMask<Short> semicolon = x.compare(VectorOperators.EQ, (short) ';');
                VectorMask<Short> underscore = x.compare(VectorOperators.EQ, (short) '_');
                VectorMask<Short> rule = semicolon.or(underscore)
                        .or(x.compare(VectorOperators.EQ, (short) '-'))
                        .or(x.compare(VectorOperators.EQ, (short) '='));
                digit |= x.compare(VectorOperators.GE, (short) '0')
                        .and(x.compare(VectorOperators.LE, (short) '9')).toLong() << shift;
                newline |= x.compare(VectorOperators.EQ, (short) '\n').toLong() << shift;
                at |= x.compare(VectorOperators.EQ, (short) '@').toLong() << shift;
                delim |= semicolon.or(tab).or(x.compare(VectorOperators.EQ, (short) '|')).toLong() << shift;
                space |= x.compare(VectorOperators.EQ, (short) ' ').toLong() << shift;
                cell |= aboveSpace.or(tab).toLong() << shift;
                letter |= x.compare(VectorOperators.GE, (short) 'A').andNot(underscore).or(high).toLong() << shift;
                nonRule |= aboveSpace.andNot(rule).toLong() << shift;
            }
            m.set(b, digit, newline, at, delim, space, cell, letter, nonRule);
        }
        return whole;
    }
}
