package no.datakart.patterns.email;

import java.util.Locale;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;
import no.datakart.patterns.text.Waiting;

/**
 * E-mail addresses in the practical subset of RFC 5322 that people write: a local part of letters,
 * digits and {@code . _ % + -} (no dot first, last or twice in a row), {@code @}, and a domain of at
 * least two labels of letters, digits and inner hyphens whose last is two letters or more. Found from
 * each {@code @}: the local part is read back from the window, the domain forward, waiting for the next
 * chunk when it reaches the end of this one. The shape alone is telling, so every address starts high.
 */
public final class EmailScanner implements StreamPart {
    static final double SCORE = 0.9;
    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 253;

    private final TextWindow text;
    private final FindingSink sink;
    private final StringBuilder value = new StringBuilder(64);

    // '@'s whose domain may go on past what has been fed: at most a few at a time
    private final Waiting waiting = new Waiting();
    private final Waiting.Decision decide = this::at;

    /** Every address is reported: its score is above every confidence floor. */
    public EmailScanner(TextWindow text, FindingSink sink) {
        this.text = text;
        this.sink = sink;
    }

    @Override
    public void feed(CharMasks chunk) {
        retry(false);
        long start = chunk.start();
        for (int b = 0, blocks = chunk.blocks(); b < blocks; b++) {
            for (long ats = chunk.ats(b); ats != 0; ats &= ats - 1) {
                at(start + ((long) b << 6) + Long.numberOfTrailingZeros(ats), false);
            }
        }
    }

    /** The text ended (or a cell did): what waits for more is decided now. */
    @Override
    public void boundary() {
        retry(true);
    }

    @Override
    public long settled(long scanned) {
        long first = waiting.min();
        return first == Long.MAX_VALUE ? scanned : Math.min(scanned, first - MAX_LOCAL);
    }

    @Override
    public void reset() {
        waiting.clear();
    }

    private void retry(boolean ended) {
        waiting.retry(decide, ended);
    }

    /** An '@' at {@code p}: an address, or not, or not yet known. */
    private void at(long p, boolean ended) {
        long first = text.first();
        long limit = text.limit();
        // the local part, backwards
        long s = p;
        while (s > first && p - s < MAX_LOCAL && isLocal(text.charAt(s - 1))) s--;
        while (s < p && text.charAt(s) == '.') s++;                 // no dot first
        if (s == p || text.charAt(p - 1) == '.') return;            // none, or a dot last
        if (s > first && isWordGlue(text.charAt(s - 1))) return;    // inside something longer
        // the domain, forwards
        long e = p + 1;
        while (e < limit && e - p <= MAX_DOMAIN && isDomain(text.charAt(e))) e++;
        if (e == limit && !ended) {                                 // may go on in the next chunk
            waiting.add(p);
            return;
        }
        while (e > p + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) e--; // a full stop after it
        if (!validDomain(p + 1, e)) return;
        if (hasDoubleDot(s, p)) return;
        value.setLength(0);
        for (long q = s; q < e; q++) value.append(text.charAt(q));
        String v = value.toString().toLowerCase(Locale.ROOT);
        sink.accept(new Finding(IdentifierType.EPOST, s, e, SCORE, Confidence.of(SCORE), v, null));
    }

    /** At least two labels, none empty or with a hyphen at an end, the last two letters or more. */
    private boolean validDomain(long from, long to) {
        int labels = 0;
        long labelStart = from;
        boolean lastAllLetters = true;
        for (long q = from; q <= to; q++) {
            if (q == to || text.charAt(q) == '.') {
                if (q == labelStart) return false;
                if (text.charAt(labelStart) == '-' || text.charAt(q - 1) == '-') return false;
                labels++;
                lastAllLetters = q - labelStart >= 2;
                for (long r = labelStart; r < q && lastAllLetters; r++) lastAllLetters = Character.isLetter(text.charAt(r));
                labelStart = q + 1;
            }
        }
        return labels >= 2 && lastAllLetters;
    }

    private boolean hasDoubleDot(long from, long to) {
        for (long q = from + 1; q < to; q++) {
            if (text.charAt(q) == '.' && text.charAt(q - 1) == '.') return true;
        }
        return false;
    }

    private static boolean isLocal(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isDomain(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '.' || c == '-' : Character.isLetterOrDigit(c);
    }

    /** Chars that glue an address into something that is none: a path, a handle. */
    private static boolean isWordGlue(char c) {
        return c == '/' || c == '\\' || c == '@';
    }
}
