package no.datakart.patterns.context;

/**
 * The context words found around a span: its label, the nearest tagged term within the label distance
 * on its line, if any; and the mask of every tag seen in the window.
 *
 * @param label the label's tag, or {@link #NONE}
 * @param seen  bit t set: a term of tag t occurs in the window
 */
public record Evidence(int label, int seen) {
    public static final int NONE = -1;
    public static final Evidence EMPTY = new Evidence(NONE, 0);
    /**
     * Not a lexicon's tag but a shape: a person's name (two capitalised words) right before the span on
     * its line, as in "Gjelder Ola Nordmann (…)". Only a detector of a person's number counts it, and
     * for no detector does it count against: it is never a label.
     */
    public static final int PERSON_NAME = 29;
    public static final int PERSON_NAME_BIT = 1 << PERSON_NAME;
    /**
     * Another shape: an e-mail address on the span's line, as in a contact line or a signature
     * ({@code kari.berg@kommune.no – 41234567}). Like {@link #PERSON_NAME}, it counts only for a detector
     * that asks for it and never against one.
     */
    public static final int CONTACT_LINE = 28;
    public static final int CONTACT_LINE_BIT = 1 << CONTACT_LINE;
    /** The shapes, which no lexicon section has. */
    public static final int SHAPES = PERSON_NAME_BIT | CONTACT_LINE_BIT;

    // the few combinations that occur, made once: reading context allocates nothing
    private static final int CACHED_TAGS = 10;
    private static final Evidence[] CACHE = new Evidence[(CACHED_TAGS + 1) << CACHED_TAGS + 2];

    /** The evidence of a label and a mask of tags, shared where it can be. */
    public static Evidence of(int label, int seen) {
        int tags = seen & ~SHAPES;
        if (label < CACHED_TAGS && tags >>> CACHED_TAGS == 0) {
            int i = ((label + 1) << CACHED_TAGS | tags) << 2 | (seen & SHAPES) >>> CONTACT_LINE;
            Evidence e = CACHE[i];
            if (e == null) CACHE[i] = e = new Evidence(label, seen); // a benign race: records are immutable
            return e;
        }
        return new Evidence(label, seen);
    }

    public boolean labelled() {
        return label != NONE;
    }

    /** Evidence of both windows: the label of this one if it has one, else the other's. */
    public Evidence or(Evidence other) {
        if (other == EMPTY) return this;
        return of(labelled() ? label : other.label, seen | other.seen);
    }
}
