package no.datakart.patterns.text;

/**
 * Where in one chunk the chars are that the set's scanners look for, as bit masks of 64 chars a long:
 * bit {@code k} of block {@code b} stands for the chunk's char {@code 64 b + k}. Computed once per chunk
 * ({@link #fill}), so each scanner visits only its own chars instead of reading every char again: the
 * e-mail scanner its {@code @}s, the passport scanner its line starts, the short digit runs their digits,
 * the column headers the lines, delimiters and gaps of a table. With the Vector API, 64 chars a step;
 * without it, one char at a time into the same masks.
 *
 * <p>Chars from U+0080 count as letters and table cells, as the scanners read them.
 */
public final class CharMasks {
    private static final Filler FILLER = Filler.fastest();

    private long[] digit = new long[0];   // 0-9
    private long[] newline = new long[0]; // \n
    private long[] at = new long[0];      // @
    private long[] delim = new long[0];   // ; tab and |: a CSV, tab- or pipe-separated table's cell delimiters
    private long[] space = new long[0];   // ' '
    private long[] cell = new long[0];    // anything above ' ', and tab: what a table cell starts with
    private long[] letter = new long[0];  // from 'A' on, except '_' (letters, and all of U+0080 on)
    private long[] nonRule = new long[0]; // above ' ' and none of ; - = _ (not part of a table's rule)

    private char[] chars;
    private int offset;
    private int length;
    private long start;

    /** The masks of {@code a[off, off+len)}, which starts at absolute offset {@code start}. */
    public void fill(char[] a, int off, int len, long start) {
        int blocks = blocks(len);
        if (digit.length < blocks) {
            int n = Math.max(blocks, digit.length * 2);
            digit = new long[n];
            newline = new long[n];
            at = new long[n];
            delim = new long[n];
            space = new long[n];
            cell = new long[n];
            letter = new long[n];
            nonRule = new long[n];
        }
        this.chars = a;
        this.offset = off;
        this.length = len;
        this.start = start;
        int whole = FILLER.fill(this, a, off, len);
        ScalarFiller.fillFrom(this, a, off, len, whole);
    }

    /** No chunk: a new text starts at offset 0. */
    public void clear() {
        chars = null;
        offset = 0;
        length = 0;
        start = 0;
    }

    static int blocks(int len) {
        return (len + 63) >>> 6;
    }

    /** Blocks of the chunk: the last may be partial, its bits past the chunk's end clear. */
    public int blocks() {
        return blocks(length);
    }

    /** Absolute offset of the chunk's first char. */
    public long start() {
        return start;
    }

    public int length() {
        return length;
    }

    /** The array the chunk's chars are in, from {@link #offset()}: for scanners that read runs of them. */
    public char[] chars() {
        return chars;
    }

    /** Index of the chunk's first char in {@link #chars()}. */
    public int offset() {
        return offset;
    }

    /** The chunk's char at index {@code i} (from its start). */
    public char charAt(int i) {
        return chars[offset + i];
    }

    public long digits(int b) {
        return digit[b];
    }

    public long newlines(int b) {
        return newline[b];
    }

    public long ats(int b) {
        return at[b];
    }

    public long delimiters(int b) {
        return delim[b];
    }

    public long spaces(int b) {
        return space[b];
    }

    public long cellChars(int b) {
        return cell[b];
    }

    public long letters(int b) {
        return letter[b];
    }

    public long nonRuleChars(int b) {
        return nonRule[b];
    }

    void set(int b, long digit, long newline, long at, long delim, long space, long cell, long letter,
             long nonRule) {
        this.digit[b] = digit;
        this.newline[b] = newline;
        this.at[b] = at;
        this.delim[b] = delim;
        this.space[b] = space;
        this.cell[b] = cell;
        this.letter[b] = letter;
        this.nonRule[b] = nonRule;
    }

    /** Fills the masks of the whole blocks it can; the rest is done char by char. */
    interface Filler {
        /** Fills blocks from the first on and returns how many whole blocks it did. */
        int fill(CharMasks masks, char[] a, int off, int len);

        /** Leaves every block to the char-by-char fill. */
        Filler NONE = (m, a, off, len) -> 0;

        static Filler fastest() {
            if (Boolean.getBoolean("datakart.scalar")) return NONE;
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return NONE;
            try {
                Filler f = VectorMaskFiller.create();
                return f != null ? f : NONE;
            } catch (LinkageError | RuntimeException e) { // the module is there but unusable
                return NONE;
            }
        }
    }

    /** Char by char: the reference the vector filler must agree with, and the fallback. */
    static final class ScalarFiller {
        private ScalarFiller() {
        }

        /** Fills blocks {@code from} to the last. */
        static void fillFrom(CharMasks m, char[] a, int off, int len, int from) {
            for (int b = from, blocks = blocks(len); b < blocks; b++) {
                long digit = 0, newline = 0, at = 0, delim = 0, space = 0, cell = 0, letter = 0, nonRule = 0;
                for (int k = 0, n = Math.min(64, len - (b << 6)); k < n; k++) {
                    char c = a[off + (b << 6) + k];
                    long bit = 1L << k;
                    if (c >= '0' && c <= '9') digit |= bit;
                    if (c == '\n') newline |= bit;
                    if (c == '@') at |= bit;
                    if (c == ';' || c == '\t' || c == '|') delim |= bit;
                    if (c == ' ') space |= bit;
                    if (c > ' ' || c == '\t') cell |= bit;
                    if (c >= 'A' && c != '_') letter |= bit;
                    if (c > ' ' && c != ';' && c != '-' && c != '=' && c != '_') nonRule |= bit;
                }
                m.set(b, digit, newline, at, delim, space, cell, letter, nonRule);
            }
        }
    }
}
