package no.datakart.patterns.context;

/**
 * What context words and a column header add to a finding's score, the same for every detector: a
 * label weighs most, a word elsewhere in the window a little, a header as much as a label; none vetoes.
 * The nearest label before the number names it and alone counts; only without one do the words after it
 * count, which mostly name the next field. A label in the cell is more specific than the column's
 * header: where they disagree, the header does not count.
 */
public final class ContextScore {
    public static final double LABEL = 0.35;
    public static final double NEARBY = 0.25;
    public static final double NEGATIVE_LABEL = -0.35;
    public static final double NEGATIVE_NEARBY = -0.05;
    public static final double HEADER = 0.35;

    private ContextScore() {
    }

    /**
     * @param own        the tags that name the detector's kind of number
     * @param headerTags the tags of the column header, 0 if none
     */
    public static double of(int own, int headerTags, Evidence before, Evidence after) {
        int header = polarity(headerTags, own);
        int label = before.labelled() ? before.label() : after.label();
        if (label != Evidence.NONE) {
            boolean mine = (own >>> label & 1) != 0;
            if (mine ? header < 0 : header > 0) header = 0;
            return header * HEADER + (mine ? LABEL : NEGATIVE_LABEL);
        }
        double s = header * HEADER;
        int seen = before.seen() | after.seen();
        if ((seen & own) != 0) s += NEARBY;
        if ((seen & ~own & ~Evidence.SHAPES) != 0) s += NEGATIVE_NEARBY;
        return s;
    }

    /**
     * A header names the detector's numbers (+1), only others (-1), or neither or both (0). A heading
     * line's tags ({@link ColumnHeaders#ANY_COLUMN}) are those of all the table's columns: naming the
     * detector's numbers among others is enough (+1), and naming only others still counts against (-1).
     */
    static int polarity(int tags, int own) {
        if ((tags & ColumnHeaders.ANY_COLUMN) != 0) {
            return (tags & own) != 0 ? 1 : -1;
        }
        boolean mine = (tags & own) != 0;
        boolean others = (tags & ~own) != 0;
        return mine == others ? 0 : mine ? 1 : -1;
    }
}
