package no.datakart.patterns.text;

/**
 * Short runs of digits (a postnummer, a vehicle plate's number), found with one compare a char: the
 * runs of at most {@code maxDigits} digits are handed to a listener once they end, with the char before
 * them; longer ones are the digit-run scan's business. Chunk-safe: a run cut by a chunk boundary is heard
 * once, when it ends.
 */
public final class DigitTokens implements StreamPart {
    /** Hears a run of digits {@code [start, end)} that has ended, and the char before it ({@code 0}: none). */
    public interface Listener {
        void token(long start, long end, char before);
    }

    private final int maxDigits;
    private final int reachBack;
    private final Listener listener;
    private final TextWindow text;
    private int digits;        // digits of a run cut by the end of the last chunk
    private char before;       // the char before that run
    private char lastChar;     // the last char of the last chunk

    /**
     * @param maxDigits the longest run heard
     * @param reachBack how far before a run a listener's finding may start (a street before a postnummer)
     */
    public DigitTokens(int maxDigits, int reachBack, TextWindow text, Listener listener) {
        this.maxDigits = maxDigits;
        this.reachBack = reachBack;
        this.text = text;
        this.listener = listener;
    }

    @Override
    public void feed(char[] a, int off, int len, long start) {
        int end = off + len;
        int i = off;
        if (digits > 0) { // a run from the last chunk goes on here, or ended with it
            while (i < end && isDigit(a[i])) {
                digits++;
                i++;
            }
            if (i == end) return;
            if (digits <= maxDigits) listener.token(start + (i - off) - digits, start + (i - off), before);
            digits = 0;
        }
        while (i < end) {
            while (i < end && !isDigit(a[i])) i++; // most chars: one compare each
            if (i == end) break;
            char b = i > off ? a[i - 1] : lastChar;
            int j = i;
            while (j < end && isDigit(a[j])) j++;
            if (j == end) {                         // may go on in the next chunk
                digits = j - i;
                before = b;
                break;
            }
            if (j - i <= maxDigits) listener.token(start + (i - off), start + (j - off), b);
            i = j;
        }
        if (len > 0) lastChar = a[end - 1];
    }

    /** The end of a text or a cell: a run cut there has ended. */
    @Override
    public void boundary() {
        long limit = text.limit();
        if (digits > 0 && digits <= maxDigits) listener.token(limit - digits, limit, before);
        digits = 0;
        lastChar = 0;
    }

    /** A run still open at the end of what was fed may make a finding that starts before it. */
    @Override
    public long settled(long scanned) {
        return digits == 0 ? scanned : scanned - digits - reachBack;
    }

    @Override
    public void reset() {
        digits = 0;
        lastChar = 0;
    }

    private static boolean isDigit(char c) {
        return (char) (c - '0') <= 9;
    }
}
