package no.datakart.patterns.context;

import no.datakart.patterns.text.CharSource;
import no.datakart.patterns.text.Chars;

/**
 * Reads the text before and after a span for context words. One per stream: it reuses its buffers,
 * so it is not thread-safe. Only validated candidates are looked at, so this is off the hot path.
 */
public final class ContextScanner implements ContextLexicon.Hit {
    private static final int MAX_WORDS = 256;
    /** Of a label such as a column header, this many chars are read. */
    static final int LABEL_CHARS = 128;

    private final ContextLexicon lexicon;
    private final char[] buf;
    private final int[] wordStart = new int[MAX_WORDS];
    private final int[] wordEnd = new int[MAX_WORDS];
    private final int before;
    private final int after;
    private final int labelDistance;

    // results of the last scan, written by found(); and how a hit's distance is measured
    private int nearest;        // distance of the nearest term, and its tag
    private int nearestTag;
    private int seen;           // mask of the tags seen
    private int measure;        // BEFORE, AFTER or ANYWHERE
    private int windowLength;   // chars in the window, for BEFORE
    private int lineBreak;      // BEFORE: index just past the nearest line break; AFTER: index of the first
    private int firstWord;      // the word the term being matched starts at, for AFTER
    private static final int BEFORE = 0;
    private static final int AFTER = 1;
    private static final int ANYWHERE = 2;

    /**
     * @param before        chars looked at before a span
     * @param after         chars looked at after it
     * @param labelDistance a term ending this near before a span is its label, and ends the look back
     */
    public ContextScanner(ContextLexicon lexicon, int before, int after, int labelDistance) {
        this.lexicon = lexicon;
        this.before = before;
        this.after = after;
        this.labelDistance = labelDistance;
        this.buf = new char[Math.max(LABEL_CHARS, Math.max(before, after))];
    }

    /**
     * Context words in the {@code before} chars ending at {@code spanStart}, not before {@code floor}.
     * Reads words from the span outwards and stops at a label (a term within the label distance on the
     * span's line: it names the span, so words farther out do not count). A term on an earlier line is
     * never a label, however near: it heads a column or names the line before.
     */
    public Evidence before(CharSource text, long spanStart, long floor) {
        long from = Math.max(Math.max(spanStart - before, text.first()), floor);
        int n = load(text, from, spanStart);
        windowLength = n;
        lineBreak = -1;
        measure = BEFORE;
        clear();
        // words are stored nearest first: word 0 ends nearest the span, a term reads towards lower indexes
        int words = 0;
        int i = n;
        while (words < MAX_WORDS) {
            while (i > 0 && !isWordChar(buf[i - 1])) {
                if (lineBreak < 0 && isLineBreak(buf[i - 1])) lineBreak = i;
                i--;
            }
            if (i == 0) break;
            int e = i--;
            while (i > 0) {
                char c = buf[i - 1];
                if (isWordChar(c)) i--;
                else if ((c == '.' || c == '-') && i >= 2 && isWordChar(buf[i - 2])) i -= 2;
                else break;
            }
            wordStart[words] = i;
            wordEnd[words] = e;
            lexicon.matchBackward(buf, wordStart, wordEnd, words, this);
            words++;
            if (nearest <= labelDistance) break;
        }
        if (words >= 2 && nameRightBefore(n)) seen |= Evidence.PERSON_NAME_BIT;
        return result();
    }

    /**
     * Whether the two words nearest before the span are a person's name: capitalised, one space apart, and
     * the span after them with at most a bracket, comma or colon and spaces between ("Ola Nordmann (",
     * "Kari Berg-Olsen, ").
     */
    private boolean nameRightBefore(int n) {
        int gap = n - wordEnd[0];
        if (gap > 3) return false;
        for (int i = wordEnd[0]; i < n; i++) {
            char c = buf[i];
            if (c != ' ' && c != '\u00a0' && c != '(' && c != ',' && c != ':') return false;
        }
        int between = wordStart[0] - wordEnd[1];
        if (between != 1 || buf[wordEnd[1]] != ' ' && buf[wordEnd[1]] != '\u00a0') return false;
        return capitalised(wordStart[0], wordEnd[0]) && capitalised(wordStart[1], wordEnd[1]);
    }

    /** An upper-case letter, then lower-case letters; a hyphen starts another such part (Berg-Olsen). */
    private boolean capitalised(int from, int to) {
        if (to - from < 2 || !Character.isUpperCase(buf[from])) return false;
        for (int i = from + 1; i < to; i++) {
            char c = buf[i];
            if (c == '-' && i + 1 < to && Character.isUpperCase(buf[i + 1])) {
                i++;
            } else if (!Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Context words in the {@code after} chars from {@code spanEnd}, not at or past {@code ceiling}.
     * Reads every word there; a term within the label distance on the span's line is its label after it.
     */
    public Evidence after(CharSource text, long spanEnd, long ceiling) {
        long to = Math.min(Math.min(spanEnd + after, text.limit()), ceiling);
        int n = load(text, spanEnd, to);
        lineBreak = n;
        for (int i = 0; i < n; i++) {
            if (isLineBreak(buf[i])) {
                lineBreak = i;
                break;
            }
        }
        return scan(tokenize(n), AFTER);
    }

    /**
     * Whether an e-mail address (an {@code @} between word chars) is on the line of the span
     * {@code [spanStart, spanEnd)}, within the windows before and after it.
     */
    public boolean emailOnLine(CharSource text, long spanStart, long spanEnd) {
        long first = Math.max(spanStart - before, text.first() + 1);
        for (long p = spanStart - 1; p >= first; p--) {
            char c = text.charAt(p);
            if (isLineBreak(c)) break;
            if (c == '@' && p + 1 < spanStart && isWordChar(text.charAt(p - 1)) && isWordChar(text.charAt(p + 1))) return true;
        }
        long last = Math.min(spanEnd + after, text.limit() - 1);
        for (long p = spanEnd; p < last; p++) {
            char c = text.charAt(p);
            if (isLineBreak(c)) break;
            if (c == '@' && p > spanEnd && isWordChar(text.charAt(p - 1)) && isWordChar(text.charAt(p + 1))) return true;
        }
        return false;
    }

    /** The mask of the tags of the terms in a short label such as a column header. */
    public int classify(CharSequence label) {
        int n = Math.min(label.length(), LABEL_CHARS);
        for (int i = 0; i < n; i++) buf[i] = label.charAt(i);
        scan(tokenize(n), ANYWHERE);
        return seen;
    }

    private Evidence scan(int words, int how) {
        measure = how;
        clear();
        for (int t = 0; t < words; t++) {
            firstWord = t;
            lexicon.matchAt(buf, wordStart, wordEnd, words, t, this);
        }
        return result();
    }

    private void clear() {
        nearest = Integer.MAX_VALUE;
        nearestTag = Evidence.NONE;
        seen = 0;
    }

    /**
     * A term matched: note its tag, and keep it if it is the nearest yet. Across a line break it counts as
     * just beyond the label distance: nearby, never the label.
     */
    @Override
    public void found(int tag, int lastWord) {
        int distance = switch (measure) {
            case BEFORE -> {
                int d = windowLength - wordEnd[lastWord];
                yield wordEnd[lastWord] <= lineBreak ? Math.max(d, labelDistance + 1) : d;
            }
            case AFTER -> {
                int d = wordStart[firstWord];
                yield d >= lineBreak ? Math.max(d, labelDistance + 1) : d;
            }
            default -> 0;
        };
        seen |= 1 << tag;
        if (distance < nearest) {
            nearest = distance;
            nearestTag = tag;
        }
    }

    private Evidence result() {
        if (seen == 0) return Evidence.EMPTY;
        return Evidence.of(nearest <= labelDistance ? nearestTag : Evidence.NONE, seen);
    }

    /** Copies the window in; the lexicon lower-cases as it reads, so only words it looks at pay. */
    private int load(CharSource text, long from, long to) {
        int n = (int) Math.max(0, to - from);
        text.copy(from, buf, n);
        return n;
    }

    /** Words: letters and digits, with a single dot or hyphen allowed between two of them. */
    private int tokenize(int n) {
        final char[] b = buf;
        int words = 0;
        int i = 0;
        while (words < MAX_WORDS) {
            while (i < n && !isWordChar(b[i])) i++;
            if (i >= n) break;
            int s = i++;
            while (i < n) {
                char c = b[i];
                if (isWordChar(c)) i++;
                else if ((c == '.' || c == '-') && i + 1 < n && isWordChar(b[i + 1])) i += 2;
                else break;
            }
            wordStart[words] = s;
            wordEnd[words] = i;
            words++;
        }
        return words;
    }

    private static final boolean[] WORD_CHAR = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) WORD_CHAR[c] = Character.isLetterOrDigit(c) && (c >= 0x80 || Chars.isLetter(c) || Chars.isDigit(c));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\f';
    }

    private static boolean isWordChar(char c) {
        return c < 256 ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }
}
