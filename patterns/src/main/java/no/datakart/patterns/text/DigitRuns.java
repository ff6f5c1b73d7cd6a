package no.datakart.patterns.text;

import java.util.Set;

import static no.datakart.patterns.text.Chars.isDigit;
import static no.datakart.patterns.text.Chars.isSeparator;
import static no.datakart.patterns.text.Chars.isWideSeparator;

/**
 * Splits a stream of text into digit runs: maximal sequences of digit groups joined by single
 * separators ({@code 010190 12345}, {@code 8601.11.17947}, {@code 12 34 56}). Every number-shaped
 * identifier is a run or a group inside one, so this is the one pass all digit detectors share.
 *
 * <p>Text arrives in chunks of any size; a run split across chunks is seen once. A listener hears each
 * run's last group when the run ends, and the groups of the lengths it asked for as they close. Runs
 * shorter than {@code minRunChars} may go unheard: where the Vector API is there, a {@link RunSkipper}
 * passes over text without such a run 64 chars at a time; elsewhere, and near the runs it stops at, the
 * scanner probes every {@code minRunChars}-th char and measures a run it lands on before tracking it,
 * since most (dates, amounts, times) are too short to matter. Nothing is allocated per char or per run.
 */
public final class DigitRuns {

    /**
     * Hears the groups of each run: every run's last group, and groups of the lengths it asked for as
     * they close. The run's state is readable only during the call.
     */
    public interface Listener {
        void groupEnded(DigitRuns run, boolean runEnded);
    }

    private static final int KEPT = 8; // groups remembered per run, a power of two
    /** Stands for "no char": start of text or a cell boundary. */
    public static final char BOUNDARY = 0;

    private final Listener listener;
    private final int probe;
    private final RunSkipper skipper; // null: probe all the way
    private final long interesting; // bit n set: the listener hears groups of n digits that end mid-run

    private long position;           // absolute offset of the next chunk's first char
    private char lastChar = BOUNDARY; // last char of the previous chunk

    private boolean inRun;
    private long runStart;           // absolute offset of the run's first digit
    private char pendingSep;         // a separator seen after the last digit, or 0
    private char before;             // char before the run's first digit
    private char after;              // char after the run's last digit, once it ended
    private int groups;              // groups closed in this run
    private int total;               // digits in them
    private long curStart;
    private int curLen;
    private long curDigits;          // 4 bits a digit, most significant first
    private char curSepBefore;
    private final long[] gStart = new long[KEPT];
    private final int[] gLen = new int[KEPT];
    private final long[] gDigits = new long[KEPT];
    private final char[] gSepBefore = new char[KEPT];
    private final char[] gSepAfter = new char[KEPT];

    /**
     * @param minRunChars    the shortest run the listener needs to hear (at least 2)
     * @param groupLengths   lengths of groups inside a run the listener wants to hear as they close;
     *                       it always hears the last group, when the run ends
     */
    public DigitRuns(int minRunChars, Set<Integer> groupLengths, Listener listener) {
        this(minRunChars, groupLengths, listener, RunSkipper.forRuns(minRunChars));
    }

    DigitRuns(int minRunChars, Set<Integer> groupLengths, Listener listener, RunSkipper skipper) {
        if (minRunChars < 2) throw new IllegalArgumentException("minRunChars < 2");
        this.probe = minRunChars - 1;
        this.skipper = skipper;
        this.listener = listener;
        long bits = 0;
        for (int n : groupLengths) {
            if (n < 1 || n > 63) throw new IllegalArgumentException("group length " + n);
            bits |= 1L << n;
        }
        this.interesting = bits;
    }

    /** Scans {@code a[off, off+len)}, the next stretch of the stream. */
    public void feed(char[] a, int off, int len) {
        final int end = off + len;
        final long base = position - off; // absolute offset = base + index
        int i = off;
        if (inRun) i = consumeRun(a, i, end, base);
        while (i < end) {
            if (skipper != null) i = skipper.skip(a, i, end);
            int q = i + probe;
            if (q < end) {
                // Any run at least probe+1 chars long that starts in [i, q] covers q.
                char c = a[q];
                if (c > '9') {
                    if (c < 0xA0 || !isWideSeparator(c) || !isDigit(a[q - 1])) {
                        i = q + 1;
                        continue;
                    }
                    q--;                           // a separator inside a run: its digit on the left
                } else if (c < '0') {
                    if (!isSeparator(c) || !isDigit(a[q - 1])) {
                        i = q + 1;
                        continue;
                    }
                    q--;
                }
                int p = q;                          // walk back to the run's first digit, not before i
                while (p > i) {
                    char b = a[p - 1];
                    if (isDigit(b)) p--;
                    else if (p - 2 >= i && isSeparator(b) && isDigit(a[p - 2])) p -= 2;
                    else break;
                }
                // Measure the run first: most are short (dates, amounts, times) and nobody needs them.
                int j = p;
                while (j < end) {
                    char d = a[j];
                    if (isDigit(d)) j++;
                    else if (j + 1 < end && isSeparator(d) && isDigit(a[j + 1])) j += 2;
                    else break;
                }
                boolean open = j == end || (j == end - 1 && isSeparator(a[j])); // may go on in the next chunk
                if (!open && j - p <= probe) {
                    i = j;
                    continue;
                }
                startRun(p > off ? a[p - 1] : lastChar, base + p);
                i = consumeRun(a, p, end, base);
            } else {                                // the chunk's tail: a run may go on in the next chunk
                while (i < end && !isDigit(a[i])) i++;
                if (i < end) {
                    startRun(i > off ? a[i - 1] : lastChar, base + i);
                    i = consumeRun(a, i, end, base);
                }
            }
        }
        if (len > 0) lastChar = a[end - 1];
        position += len;
    }

    /** Ends the run in progress, if any, as at the end of a text or a table cell. */
    public void boundary() {
        if (inRun) endRun(BOUNDARY);
        lastChar = BOUNDARY;
    }

    public void reset() {
        position = 0;
        lastChar = BOUNDARY;
        inRun = false;
        pendingSep = 0;
        groups = 0;
    }

    /** Where the run still open at the end of what has been fed starts, or {@link #position()} if none. */
    public long openRunStart() {
        return inRun ? runStart : position;
    }

    /** Absolute offset just past what has been fed. */
    public long position() {
        return position;
    }

    private int consumeRun(char[] a, int i, int end, long base) {
        if (pendingSep != 0) {                    // the last chunk ended on a separator
            if (i < end && isDigit(a[i])) {
                closeGroup(pendingSep, false);
                openGroup(base + i, pendingSep);
                pendingSep = 0;
            } else {
                endRun(pendingSep);
                return i;
            }
        }
        // the group in progress lives in locals here, in the fields between chunks and calls
        int len = curLen;
        long digits = curDigits;
        while (true) {
            char c = 0;
            while (i < end && isDigit(c = a[i])) { // the digits of one group: a tight loop
                len++;
                digits = (digits << 4) | (c - '0');
                i++;
            }
            curLen = len;
            curDigits = digits;
            if (i == end) return end;
            if (!isSeparator(c)) {
                endRun(c);
                return i;
            }
            if (i + 1 == end) {                   // the next chunk tells whether a digit follows
                pendingSep = c;
                return end;
            }
            if (!isDigit(a[i + 1])) {
                endRun(c);
                return i;
            }
            closeGroup(c, false);
            i++;
            openGroup(base + i, c);
            len = 0;
            digits = 0;
        }
    }

    private void startRun(char charBefore, long start) {
        inRun = true;
        runStart = start;
        before = charBefore;
        groups = 0;
        total = 0;
        pendingSep = 0;
        openGroup(start, (char) 0);
    }

    private void openGroup(long start, char sepBefore) {
        curStart = start;
        curLen = 0;
        curDigits = 0;
        curSepBefore = sepBefore;
    }

    private void closeGroup(char sepAfter, boolean runEnded) {
        int k = groups & (KEPT - 1);
        gStart[k] = curStart;
        gLen[k] = curLen;
        gDigits[k] = curDigits;
        gSepBefore[k] = curSepBefore;
        gSepAfter[k] = sepAfter;
        groups++;
        total += curLen;
        if (runEnded || curLen < 64 && (interesting >>> curLen & 1) != 0) listener.groupEnded(this, runEnded);
    }

    private void endRun(char charAfter) {
        after = charAfter;
        inRun = false;
        pendingSep = 0;
        closeGroup((char) 0, true);
    }

    // --- the run as listeners see it; group k counts from 0, only the last 8 are kept ---

    /** Digits of the groups closed so far, all of them, not only the ones kept. */
    public int digitTotal() {
        return total;
    }

    /** Groups closed so far in this run, the one just closed included. */
    public int groupCount() {
        return groups;
    }

    public int length(int k) {
        return gLen[k & (KEPT - 1)];
    }

    /** The group's digits, 4 bits each, most significant first (valid for up to 16 digits). */
    public long digits(int k) {
        return gDigits[k & (KEPT - 1)];
    }

    public long start(int k) {
        return gStart[k & (KEPT - 1)];
    }

    public long end(int k) {
        return start(k) + length(k);
    }

    /** The separator before group k, or 0 for the run's first group. */
    public char separatorBefore(int k) {
        return gSepBefore[k & (KEPT - 1)];
    }

    /** The separator after group k, or 0 if the run ended with it. */
    public char separatorAfter(int k) {
        return gSepAfter[k & (KEPT - 1)];
    }

    /** The char before the run's first digit ({@link #BOUNDARY} at the start of a text or cell). */
    public char charBefore() {
        return before;
    }

    /** The char after the run's last digit, valid once the run ended ({@link #BOUNDARY} at the end). */
    public char charAfter() {
        return after;
    }
}
