package no.datakart.patterns.category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the category terms of one text as it streams past: one automaton step a char, chunk-safe.
 * One per stream; {@link #reset()} for the next text.
 *
 * <p>A category is present when its weighed hits reach {@link #MIN_SCORE} and the density of
 * {@link #PER_100_WORDS} points per 100 words, from two different terms or from a term that alone is
 * telling (weight 3): one word never decides, and a long document needs more than a short one. In a
 * text without a person's identifier, only telling terms seen twice say it is about a person.
 */
public final class CategoryCounter {
    static final int MIN_SCORE = 4;
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

    private int state;      // the automaton's code
    private long lines;     // line breaks read
    private boolean lastSep;
    private long words;

    public CategoryCounter(CategoryLexicon lexicon) {
        this.lexicon = lexicon;
        this.seenTerm = new long[(lexicon.terms + 63) >>> 6];
        reset();
    }

    public void feed(char[] a, int off, int len) {
        final TermAutomaton automaton = lexicon.automaton;
        final CategoryLexicon lex = lexicon;
        int code = state;
        int sep = lastSep ? 1 : 0;
        long w = words;
        long n = lines;
        // no branch but for a term's end: separators, words and lines are counted by arithmetic, and a run
        // of separators reads as one in the automaton itself
        for (int i = off, end = off + len; i < end; i++) {
            char c = a[i];
            int cls = lex.classOf(c);
            int isSep = cls == CategoryLexicon.SEPARATOR ? 1 : 0;
            w += sep & (isSep ^ 1); // a word starts
            sep = isSep;
            n += c == '\n' ? 1 : 0;
            code = automaton.step(code, cls);
            if (TermAutomaton.ends(code)) {
                lines = n;
                found(TermAutomaton.state(code));
            }
        }
        state = code;
        lastSep = sep != 0;
        words = w;
        lines = n;
    }

    /** A boundary no word crosses: a cell's end, the text's end. */
    public void boundary() {
        if (lastSep) return;
        char[] sep = {' '};
        feed(sep, 0, 1);
    }

    private void found(int automatonState) {
        for (int i = lexicon.automaton.outFrom(automatonState), to = lexicon.automaton.outTo(automatonState); i < to; i++) {
            int term = lexicon.automaton.out(i);
            int sec = lexicon.section[term];
            if (sec == CategoryLexicon.MARKING_SECTION && lines >= MARKING_LINES) continue; // quoted in the body
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
            boolean present = score[k] >= needed && (distinct[k] >= 2 || maxWeight[k] == 3)
                              && (personal || telling[k] >= 2);
            counts.add(new CategoryCount(c, hits[k], distinct[k], score[k], present));
        }
        boolean marked = telling[CategoryLexicon.MARKING_SECTION] > 0;
        return new DocumentCategories(words, counts, marked);
    }

    public void reset() {
        Arrays.fill(hits, 0);
        Arrays.fill(score, 0);
        Arrays.fill(distinct, 0);
        Arrays.fill(maxWeight, 0);
        Arrays.fill(telling, 0);
        Arrays.fill(seenTerm, 0);
        state = lexicon.automaton.step(TermAutomaton.START, CategoryLexicon.SEPARATOR); // the text starts on a boundary
        lines = 0;
        lastSep = true;
        words = 0;
    }
}
