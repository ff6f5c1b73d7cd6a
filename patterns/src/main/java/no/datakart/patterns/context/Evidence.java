package no.datakart.patterns.context;

/**
 * The context words found around a span: the distance in chars from the span to the nearest
 * positive and negative term, {@link #NONE} where there is none.
 */
public record Evidence(int positive, int negative) {
    public static final int NONE = Integer.MAX_VALUE;
    public static final Evidence EMPTY = new Evidence(NONE, NONE);

    public boolean hasPositive() {
        return positive != NONE;
    }

    public boolean hasNegative() {
        return negative != NONE;
    }

    /** The nearer evidence of both. */
    public Evidence merge(Evidence other) {
        return new Evidence(Math.min(positive, other.positive), Math.min(negative, other.negative));
    }
}
