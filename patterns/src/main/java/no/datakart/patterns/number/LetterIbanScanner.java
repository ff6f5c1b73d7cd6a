package no.datakart.patterns.number;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberDetails;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitTokens;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;
import no.datakart.patterns.text.Waiting;

/**
 * IBANs with letters in the account part ({@code GB82 WEST 1234 5698 7654 32}, NL, FR, IE ...), which
 * the digit-run scan cannot see whole: found from the check digits after a country code ({@code GB82}),
 * then read on as groups of capitals and digits, in fours or in one piece, and checked by mod 97. Those
 * whose account part is all digits are {@link IbanRule}'s.
 */
public final class LetterIbanScanner implements DigitTokens.Listener, StreamPart {
    private static final int MAX = 34;

    private final TextWindow text;
    private final FindingSink sink;
    private final Waiting waiting = new Waiting(); // check digits whose account part may go on in the next chunk
    private final Waiting.Decision decide = this::at;
    private final StringBuilder iban = new StringBuilder(MAX);

    public LetterIbanScanner(TextWindow text, FindingSink sink) {
        this.text = text;
        this.sink = sink;
    }

    /** A new chunk has begun in the window: what waited for it is decided (the tokens come apart). */
    @Override
    public void feed(CharMasks chunk) {
        waiting.retry(decide, false);
    }

    /** The end of a text or a cell, after the last token is heard. */
    @Override
    public void boundary() {
        waiting.retry(decide, true);
    }

    @Override
    public long settled(long scanned) {
        long first = waiting.min();
        return first == Long.MAX_VALUE ? scanned : Math.min(scanned, first - 2);
    }

    @Override
    public void reset() {
        waiting.clear();
    }

    @Override
    public void token(long start, long end, char before) {
        if (end - start != 2 || !isCapital(before) || start - 2 < text.first()) return;
        if (!isCapital(text.charAt(start - 2))) return;
        if (start - 3 >= text.first() && Character.isLetterOrDigit(text.charAt(start - 3))) return;
        at(start, false);
    }

    /** Check digits at {@code p}, after a country code: an IBAN with letters in it, or not. */
    private void at(long p, boolean ended) {
        long limit = text.limit();
        if (!ended && limit - p < MAX + 8) { // the longest IBAN and its spaces may not be here yet
            waiting.add(p);
            return;
        }
        iban.setLength(0);
        iban.append(text.charAt(p - 2)).append(text.charAt(p - 1));
        boolean grouped = p + 2 < limit && text.charAt(p + 2) == ' ';
        boolean letters = false;
        long q = p;
        long end = p;
        long valid = -1; // the end of the longest prefix, at a group's end, that checks
        while (q < limit && iban.length() < MAX) {
            char c = text.charAt(q);
            if (isAlnum(c)) {
                letters |= isCapital(c) && q >= p + 2;
                iban.append(c);
                end = ++q;
                boolean groupEnds = q >= limit || !isAlnum(text.charAt(q));
                if (groupEnds && letters && CheckDigits.iban(iban)) valid = end;
            } else if (grouped && c == ' ' && q + 1 < limit && isAlnum(text.charAt(q + 1))) {
                q++;
            } else {
                break;
            }
        }
        if (valid < 0 || valid < limit && Character.isLetterOrDigit(text.charAt(valid))) return;
        iban.setLength(0);
        for (long r = p - 2; r < valid; r++) if (text.charAt(r) != ' ') iban.append(text.charAt(r));
        sink.accept(new Finding(IdentifierType.IBAN, p - 2, valid, IbanRule.BASE, Confidence.of(IbanRule.BASE),
                iban.toString(), new NumberDetails(grouped ? NumberShape.GROUPED : NumberShape.CONTIGUOUS)));
    }

    private static boolean isAlnum(char c) {
        return isCapital(c) || c >= '0' && c <= '9';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
