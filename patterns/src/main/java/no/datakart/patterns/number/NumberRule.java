package no.datakart.patterns.number;

import java.util.List;
import java.util.Set;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * One kind of number found as a whole digit run: the shapes it is written in and its check. A rule
 * reports every run of one of its shapes, valid or not, since the density of failing look-alikes
 * around a valid one says how much it is worth.
 */
public interface NumberRule {

    IdentifierType type();

    /** The sections of the context lexicon whose words name this kind of number. */
    List<String> tags();

    /**
     * The shapes around a number that speak for this kind besides its words ({@link Evidence#PERSON_NAME_BIT},
     * {@link Evidence#CONTACT_LINE_BIT}); none by default.
     */
    default int shapes() {
        return 0;
    }

    /** The fewest chars the shortest shape takes, separators included. */
    int minRunChars();

    /**
     * Looks at a run that just ended and reports each shape of this kind it has.
     *
     * @param text the text around the run, for the chars before it (an IBAN's country code)
     */
    void examine(DigitRuns run, TextWindow text, Shapes out);

    /**
     * The digit totals of the runs {@link #examine} may report, as bits: bit {@code n} for runs of
     * {@code n} digits, bit 63 for 63 or more. Runs of other totals are not shown to the rule.
     */
    default long digitTotals() {
        return -1L;
    }

    /** The bits of digit totals {@code from} to {@code to}, for {@link #digitTotals()}. */
    static long totals(int from, int to) {
        return (-1L >>> 63 - to) & (-1L << from);
    }

    /** Lengths of groups inside a longer run this rule wants to hear as they close (a table row's cells). */
    default Set<Integer> groupLengths() {
        return Set.of();
    }

    /**
     * Looks at the group of a length from {@link #groupLengths()} that just closed, mid-run or at the run's
     * end, for a number of this kind set off by spaces inside a longer run (a row of a table from a PDF).
     */
    default void examineGroup(DigitRuns run, TextWindow text, Shapes out) {
    }

    /** Where a rule reports what it saw. */
    interface Shapes {
        /**
         * A run of one of the rule's shapes.
         *
         * @param value the normalised number if it passes the check, else null
         * @param base  the score it starts from, by how telling its shape is
         */
        void shape(long start, long end, String value, NumberShape shape, double base);
    }
}
