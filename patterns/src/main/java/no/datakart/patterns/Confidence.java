package no.datakart.patterns;

/** How sure a finding is, in three levels over a numeric score in [0, 1]. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** Scores at or above this are {@link #HIGH}. */
    public static final double HIGH_FROM = 0.8;
    /** Scores at or above this (and below {@link #HIGH_FROM}) are {@link #MEDIUM}. */
    public static final double MEDIUM_FROM = 0.5;

    public static Confidence of(double score) {
        if (score >= HIGH_FROM) return HIGH;
        if (score >= MEDIUM_FROM) return MEDIUM;
        return LOW;
    }

    public boolean atLeast(Confidence other) {
        return compareTo(other) >= 0;
    }
}
