package no.datakart.patterns.mrz;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;
import no.datakart.patterns.text.Waiting;

/**
 * The machine-readable zone of a passport (ICAO 9303, TD3): two lines of 44 chars of {@code A-Z 0-9 <},
 * the first starting {@code P}, the second holding the document number, nationality, birth and expiry
 * dates and personal number, each with its 7-3-1 check digit, and one over them all. Found from a line
 * that starts {@code P<} or {@code P} and a type letter; every check must hold, so a finding is sure.
 */
public final class MrzScanner implements StreamPart {
    static final double SCORE = 0.95;
    static final int LINE = 44;
    private static final int[] WEIGHTS = {7, 3, 1};

    private final TextWindow text;
    private final FindingSink sink;
    private final Waiting waiting = new Waiting(); // line starts whose two lines are not all here yet
    private final Waiting.Decision decide = this::at;
    private char lastChar = '\n';

    public MrzScanner(TextWindow text, FindingSink sink) {
        this.text = text;
        this.sink = sink;
    }

    @Override
    public void feed(CharMasks chunk) {
        waiting.retry(decide, false);
        int len = chunk.length();
        if (len == 0) return;
        long start = chunk.start();
        if (lastChar == '\n' && chunk.charAt(0) == 'P') at(start, false);
        for (int b = 0, blocks = chunk.blocks(); b < blocks; b++) {
            for (long lines = chunk.newlines(b); lines != 0; lines &= lines - 1) {
                int i = (b << 6) + Long.numberOfTrailingZeros(lines) + 1; // a line's first char
                if (i < len && chunk.charAt(i) == 'P') at(start + i, false);
            }
        }
        lastChar = chunk.charAt(len - 1);
    }

    @Override
    public void boundary() {
        waiting.retry(decide, true);
        lastChar = '\n';
    }

    @Override
    public long settled(long scanned) {
        return Math.min(scanned, waiting.min());
    }

    @Override
    public void reset() {
        waiting.clear();
        lastChar = '\n';
    }

    /** A line starting with 'P' at {@code p}: the first line of a zone, or not. */
    private void at(long p, boolean ended) {
        long limit = text.limit();
        if (p + 1 < limit && text.charAt(p + 1) != '<' && !isCapital(text.charAt(p + 1))) return;
        long second = p + LINE;
        if (second < limit && text.charAt(second) == '\r') second++;
        long needed = second + 1 + LINE;
        if (needed > limit) {
            if (!ended) waiting.add(p);
            return;
        }
        if (text.charAt(second) != '\n') return;
        second++;
        for (long q = p; q < p + LINE; q++) if (!isMrz(text.charAt(q))) return;
        for (long q = second; q < second + LINE; q++) if (!isMrz(text.charAt(q))) return;
        if (needed < limit && isMrz(text.charAt(needed))) return; // a longer line: not this format
        if (!check(second, 0, 9) || !check(second, 13, 19) || !check(second, 21, 27)) return;
        boolean noPersonal = allFiller(second + 28, second + 43);
        if (!noPersonal && !check(second, 28, 42)) return;
        if (!compositeCheck(second)) return;
        StringBuilder v = new StringBuilder(16);
        for (long q = second + 10; q < second + 13; q++) v.append(text.charAt(q)); // nationality
        v.append(':');
        for (long q = second; q < second + 9; q++) if (text.charAt(q) != '<') v.append(text.charAt(q));
        sink.accept(new Finding(IdentifierType.PASS_MRZ, p, second + LINE, SCORE, Confidence.of(SCORE), v.toString(), null));
    }

    /** The check digit at {@code digitAt} over {@code [from, digitAt)} of the line at {@code line}. */
    private boolean check(long line, int from, int digitAt) {
        int sum = 0;
        for (int i = from; i < digitAt; i++) sum += value(text.charAt(line + i)) * WEIGHTS[(i - from) % 3];
        return value(text.charAt(line + digitAt)) == sum % 10;
    }

    private boolean compositeCheck(long line) {
        int sum = 0;
        int w = 0;
        int[][] ranges = {{0, 10}, {13, 20}, {21, 43}};
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) sum += value(text.charAt(line + i)) * WEIGHTS[w++ % 3];
        }
        return value(text.charAt(line + 43)) == sum % 10;
    }

    private boolean allFiller(long from, long to) {
        for (long q = from; q < to; q++) if (text.charAt(q) != '<' && text.charAt(q) != '0') return false;
        return true;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 0; // the filler
    }

    private static boolean isMrz(char c) {
        return c >= '0' && c <= '9' || isCapital(c) || c == '<';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
