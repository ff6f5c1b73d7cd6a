package no.datakart.patterns.category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;

/**
 * Counts the category terms of one text as it streams past: one automaton step a char, chunk-safe.
 * One per stream; {@link #reset()} for the next text.
 *
 * <p>A category is present when its weighed hits reach {@link #MIN_SCORE} and the density of
 * {@link #PER_100_WORDS} points per 100 words, from two different terms or from a term that alone is
 * telling (weight 3): an ambiguous word never decides, and a long document needs more than a short one.
 * A telling term once is enough in a text that identifies a person ("Han er homofil" in a personnel
 * case): it counts {@link #TELLING_ABOUT_A_PERSON} more. In a text without a person's identifier, only
 * telling terms seen twice say it is about a person.
 */
public final class CategoryCounter implements StreamPart {
    static final int MIN_SCORE = 4;
    static final int TELLING_ABOUT_A_PERSON = 1;
    static final double PER_100_WORDS = 0.5;

    private final CategoryLexicon lexicon;
    private final int sections = Category.values().length + 1;
    private final int[] hits = new int[sections];
    private final int[] score = new int[sections];
    private final int[] distinct = new int[sections];
    private final int[] maxWeight = new int[sections];
    private final int[] telling = new int[sections]; // hits of weight-3 terms
    private final long[] seenTerm;
    /** The marking counts in a document's head, where it is written: its first lines. */
    static final int MARKING_LINES = 8;

    private final CharMasks own = new CharMasks(); // for callers that hand over bare chars
    private int code;       // the automaton's code
    private long lines;     // line breaks in the chunks before this one
    private long carry;     // 1 if the last char fed was a word char
    private long words;

    public CategoryCounter(CategoryLexicon lexicon) {
        this.lexicon = lexicon;
        this.seenTerm = new long[(lexicon.terms + 63) >>> 6];
        reset();
    }

    /** The next chars of the text, for callers without the masks of a set's stream. */
    public void feed(char[] a, int off, int len) {
        own.fill(a, off, len, 0);
        feed(own);
    }

    /**
     * The next chunk. Words and lines are counted from the masks. The automaton reads the chunk as two
     * halves at once: a step waits on the one before, and two independent chains of steps go twice as
     * fast as one. The second half's reading starts from the start state {@link TermAutomaton#depth()}
     * symbols before the half, which gives the exact state at the half; it reports from the half on.
     */
    @Override
    public void feed(CharMasks m) {
        int len = m.length();
        countWordsAndLines(m, m.blocks());
        long linesBefore = lines;
        lines += lineBreaks(m, m.blocks());
        final char[] a = m.chars();
        final int off = m.offset();
        int half = len >>> 1;
        int warm = len < MIN_SPLIT ? -1 : warmUpFrom(a, off, half);
        if (warm < 0) {
            code = read(a, off, 0, len, code, m, linesBefore);
            return;
        }
        int second = read(a, off, warm, half, TermAutomaton.START, null, 0); // reports nothing
        final int[] next = lexicon.automaton.table();
        final byte[] cls = lexicon.classes();
        int first = code;
        for (int i = 0; i < half; i++) {
            first = next[(first >>> 1) + cls[a[off + i]]];
            second = next[(second >>> 1) + cls[a[off + half + i]]];
            if (((first | second) & 1) != 0) {
                if (TermAutomaton.ends(first)) found(first, m, i, linesBefore);
                if (TermAutomaton.ends(second)) found(second, m, half + i, linesBefore);
            }
        }
        code = read(a, off, half + half, len, second, m, linesBefore); // the odd last char
    }

    /** Chunks shorter than this are read in one go. */
    static final int MIN_SPLIT = 512;

    /**
     * Where the reading of the second half starts: far enough back for the automaton's depth in symbols,
     * a run of separators being one; -1 if the first half is not that long.
     */
    private int warmUpFrom(char[] a, int off, int half) {
        final byte[] cls = lexicon.classes();
        int need = lexicon.automaton.depth();
        boolean sepAfter = false;
        int i = half;
        while (need > 0) {
            if (--i < 0) return -1;
            boolean sep = cls[a[off + i]] == CategoryLexicon.SEPARATOR;
            if (!(sep && sepAfter)) need--;
            sepAfter = sep;
        }
        return i;
    }

    /** Steps the automaton over {@code a[off+from, off+to)} from {@code c}, reporting to {@code m} unless null. */
    private int read(char[] a, int off, int from, int to, int c, CharMasks m, long linesBefore) {
        final int[] next = lexicon.automaton.table();
        final byte[] cls = lexicon.classes();
        for (int i = from; i < to; i++) {
            c = next[(c >>> 1) + cls[a[off + i]]];
            if (TermAutomaton.ends(c) && m != null) found(c, m, i, linesBefore);
        }
        return c;
    }

    /** Words are runs of letters and digits as the masks see them; a word may go on from the last chunk. */
    private void countWordsAndLines(CharMasks m, int blocks) {
        long k = carry;
        long n = 0;
        long w = 0;
        for (int b = 0; b < blocks; b++) {
            w = m.letters(b) | m.digits(b);
            n += Long.bitCount(w & ~(w << 1 | k));
            k = w >>> 63;
        }
        if (blocks > 0) carry = w >>> ((m.length() - 1) & 63) & 1; // the chunk's last char, in a partial block too
        words += n;
    }

    private static long lineBreaks(CharMasks m, int blocks) {
        long n = 0;
        for (int b = 0; b < blocks; b++) n += Long.bitCount(m.newlines(b));
        return n;
    }

    /** Line breaks before the chunk and up to its char {@code i}, that char included. */
    private static long linesThrough(CharMasks m, int i, long linesBefore) {
        long n = linesBefore;
        int b = i >>> 6;
        for (int k = 0; k < b; k++) n += Long.bitCount(m.newlines(k));
        return n + Long.bitCount(m.newlines(b) & (-1L >>> 63 - (i & 63)));
    }

    /** A boundary no word crosses: a cell's end, the text's end. */
    @Override
    public void boundary() {
        carry = 0;
        int c = lexicon.automaton.step(code, CategoryLexicon.SEPARATOR); // after a separator: stays put
        if (TermAutomaton.ends(c)) found(c, null, 0, lines);
        code = c;
    }

    /** Terms ended at the chunk's char {@code at}; {@code m} null: at a boundary after {@code linesBefore} lines. */
    private void found(int code, CharMasks m, int at, long linesBefore) {
        int s = lexicon.automaton.state(code);
        for (int i = lexicon.automaton.outFrom(s), to = lexicon.automaton.outTo(s); i < to; i++) {
            int term = lexicon.termOf[lexicon.automaton.out(i)];
            int sec = lexicon.section[term];
            if (sec == CategoryLexicon.MARKING_SECTION
                && (m == null ? linesBefore : linesThrough(m, at, linesBefore)) >= MARKING_LINES) {
                continue; // quoted in the body
            }
            int wt = lexicon.weight[term];
            hits[sec]++;
            score[sec] += wt;
            maxWeight[sec] = Math.max(maxWeight[sec], wt);
            if (wt == 3) telling[sec]++;
            if ((seenTerm[term >>> 6] & 1L << term) == 0) {
                seenTerm[term >>> 6] |= 1L << term;
                distinct[sec]++;
            }
        }
    }

    /**
     * What the text holds so far (call {@link #boundary()} first at its end).
     *
     * @param personal whether the text holds an identifier of a person: without one, a category is about
     *                 a person only if a telling term says so twice (a budget names "barnevern" as a
     *                 sector, a care plan names the child's "omsorgsovertakelse")
     */
    public DocumentCategories result(boolean personal) {
        // the marking is one telling phrase (Unntatt offentlighet, offl. § 13) in the document's head; a
        // duty of confidentiality, the administrative law's § 13, or the phrase quoted in the body is none
        List<CategoryCount> counts = new ArrayList<>();
        double needed = Math.max(MIN_SCORE, words * PER_100_WORDS / 100);
        for (Category c : Category.values()) {
            int k = c.ordinal();
            if (hits[k] == 0) continue;
            int about = personal && telling[k] > 0 ? TELLING_ABOUT_A_PERSON : 0;
            boolean present = score[k] + about >= needed && (distinct[k] >= 2 || maxWeight[k] == 3)
                              && (personal || telling[k] >= 2);
            counts.add(new CategoryCount(c, hits[k], distinct[k], score[k], present));
        }
        boolean marked = telling[CategoryLexicon.MARKING_SECTION] > 0;
        return new DocumentCategories(words, counts, marked);
    }

    @Override
    public void reset() {
        Arrays.fill(hits, 0);
        Arrays.fill(score, 0);
        Arrays.fill(distinct, 0);
        Arrays.fill(maxWeight, 0);
        Arrays.fill(telling, 0);
        Arrays.fill(seenTerm, 0);
        code = lexicon.automaton.step(TermAutomaton.START, CategoryLexicon.SEPARATOR); // the text starts on a boundary
        lines = 0;
        carry = 0;
        words = 0;
    }
}
