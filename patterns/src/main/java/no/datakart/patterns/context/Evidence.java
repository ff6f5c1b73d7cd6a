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

    public boolean labelled() {
        return label != NONE;
    }

    /** Evidence of both windows: the label of this one if it has one, else the other's. */
    public Evidence or(Evidence other) {
        if (other == EMPTY) return this;
        return new Evidence(labelled() ? label : other.label, seen | other.seen);
    }
}
