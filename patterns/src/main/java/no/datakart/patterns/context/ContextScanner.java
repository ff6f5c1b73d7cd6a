package no.datakart.patterns.context;

import no.datakart.patterns.text.CharSource;
import no.datakart.patterns.text.Chars;

/**
 * Reads the text before and after a span for context words. One per stream: it reuses its buffers,
 * so it is not thread-safe. Only validated candidates are looked at, so this is off the hot path.
 */
public final class ContextScanner {
    private static final int MAX_WORDS = 256;

    private final ContextLexicon lexicon;
    private final char[] buf;
    private final int[] wordStart = new int[MAX_WORDS];
    private final int[] wordEnd = new int[MAX_WORDS];
    private final int before;
    private final int after;

    // results of the last scan, written by the Hit callback
    private int nearestPositive;
    private int nearestNegative;

    /**
     * @param before chars looked at before a span
     * @param after  chars looked at after it
     */
    public ContextScanner(ContextLexicon lexicon, int before, int after) {
        this.lexicon = lexicon;
        this.before = before;
        this.after = after;
        this.buf = new char[Math.max(before, after)];
    }

    /** Context words in the {@code before} chars ending at {@code spanStart}, not before {@code floor}. */
    public Evidence before(CharSource text, long spanStart, long floor) {
        long from = Math.max(Math.max(spanStart - before, text.first()), floor);
        int n = load(text, from, spanStart);
        int words = tokenize(n);
        nearestPositive = Evidence.NONE;
        nearestNegative = Evidence.NONE;
        for (int t = 0; t < words; t++) {
            lexicon.matchAt(buf, wordStart, wordEnd, words, t, (polarity, last) -> {
                record(polarity, n - wordEnd[last]);
            });
        }
        return result();
    }

    /** Context words in the {@code after} chars from {@code spanEnd}, not at or past {@code ceiling}. */
    public Evidence after(CharSource text, long spanEnd, long ceiling) {
        long to = Math.min(Math.min(spanEnd + after, text.limit()), ceiling);
        int n = load(text, spanEnd, to);
        int words = tokenize(n);
        nearestPositive = Evidence.NONE;
        nearestNegative = Evidence.NONE;
        for (int t = 0; t < words; t++) {
            final int first = wordStart[t];
            lexicon.matchAt(buf, wordStart, wordEnd, words, t, (polarity, last) -> record(polarity, first));
        }
        return result();
    }

    int classify(CharSequence label) {
        int n = Math.min(label.length(), buf.length);
        for (int i = 0; i < n; i++) buf[i] = Character.toLowerCase(label.charAt(i));
        int words = tokenize(n);
        nearestPositive = Evidence.NONE;
        nearestNegative = Evidence.NONE;
        for (int t = 0; t < words; t++) {
            lexicon.matchAt(buf, wordStart, wordEnd, words, t, (polarity, last) -> record(polarity, 0));
        }
        boolean pos = nearestPositive != Evidence.NONE;
        boolean neg = nearestNegative != Evidence.NONE;
        return pos == neg ? 0 : pos ? ContextLexicon.POSITIVE : ContextLexicon.NEGATIVE;
    }

    private void record(int polarity, int distance) {
        if (polarity > 0) nearestPositive = Math.min(nearestPositive, distance);
        else nearestNegative = Math.min(nearestNegative, distance);
    }

    private Evidence result() {
        if (nearestPositive == Evidence.NONE && nearestNegative == Evidence.NONE) return Evidence.EMPTY;
        return new Evidence(nearestPositive, nearestNegative);
    }

    private int load(CharSource text, long from, long to) {
        int n = (int) Math.max(0, to - from);
        for (int i = 0; i < n; i++) buf[i] = Character.toLowerCase(text.charAt(from + i));
        return n;
    }

    /** Words: letters and digits, with a single dot or hyphen allowed between two of them. */
    private int tokenize(int n) {
        int words = 0;
        int i = 0;
        while (i < n && words < MAX_WORDS) {
            while (i < n && !isWordChar(buf[i])) i++;
            if (i >= n) break;
            int s = i;
            while (i < n) {
                char c = buf[i];
                if (isWordChar(c)) i++;
                else if ((c == '.' || c == '-') && i + 1 < n && isWordChar(buf[i + 1])) i += 2;
                else break;
            }
            wordStart[words] = s;
            wordEnd[words] = i;
            words++;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Chars.isLetter(c) || Chars.isDigit(c);
    }
}
