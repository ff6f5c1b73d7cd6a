package no.datakart.patterns.text;

/** Random access to a readable stretch {@code [first(), limit())} of a text, by absolute offset. */
public interface CharSource {
    long first();

    long limit();

    char charAt(long offset);

    /** Copies {@code [from, from+n)} into {@code dst[0, n)}; sources backed by arrays do it in bulk. */
    default void copy(long from, char[] dst, int n) {
        for (int i = 0; i < n; i++) dst[i] = charAt(from + i);
    }

    /** A whole {@link CharSequence} as a source, for texts already in memory. */
    static CharSource of(CharSequence text) {
        return new CharSource() {
            @Override
            public long first() {
                return 0;
            }

            @Override
            public long limit() {
                return text.length();
            }

            @Override
            public char charAt(long offset) {
                return text.charAt((int) offset);
            }
        };
    }
}
