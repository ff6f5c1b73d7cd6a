package no.datakart.patterns.text;

/** Character classes of the detection hot path: branch-light, no tables to miss in cache. */
public final class Chars {
    private Chars() {
    }

    /** ASCII 0-9 only: identifiers are written with these. */
    public static boolean isDigit(char c) {
        return (char) (c - '0') <= 9;
    }

    /**
     * A single character allowed between digit groups of one number: space, hyphen, dot, and the
     * no-break, figure, thin and narrow no-break spaces and non-breaking hyphen that word processors insert.
     */
    public static boolean isSeparator(char c) {
        return c < 0x80 ? (c == ' ' || c == '-' || c == '.') : isWideSeparator(c);
    }

    /** The separators outside ASCII. */
    public static boolean isWideSeparator(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u2011';
    }

    /** A separator that is a space of some width (not a hyphen or dot). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009';
    }

    /** A letter of any script: a number glued to one is part of a word, not an identifier. */
    public static boolean isLetter(char c) {
        return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetter(c);
    }
}
