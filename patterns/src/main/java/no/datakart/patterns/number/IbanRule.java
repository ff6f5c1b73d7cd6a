package no.datakart.patterns.number;

import java.util.List;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.Chars;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * IBANs whose account part is digits only (Norway, Germany, Sweden, Denmark, Finland, Poland ...):
 * a country code glued to a digit run, {@code NO93 8601 1117 947} or {@code NO9386011117947}. Mod 97
 * passes by chance once in 97, and a Norwegian one must hold a valid kontonummer too, so the shape alone
 * is telling. IBANs with letters in the account part (GB, NL, FR ...) are not read here.
 */
public final class IbanRule implements NumberRule {
    static final double BASE = 0.8;

    private final StringBuilder iban = new StringBuilder(34);

    @Override
    public IdentifierType type() {
        return IdentifierType.IBAN;
    }

    @Override
    public List<String> tags() { // an IBAN is an account: "konto" names it too
        return List.of("iban", "kontonummer");
    }

    @Override
    public int minRunChars() {
        return 13; // NO + 13 digits, the shortest
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(13, 32); // the digits after the country code
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.readable(run, text) || Chars.isLetter(run.charAfter())) return;
        long start = run.start(0);
        char c2 = run.charBefore();
        if (!isCapital(c2) || start - 2 < text.first()) return;
        char c1 = text.charAt(start - 2);
        if (!isCapital(c1)) return;
        if (start - 3 >= text.first() && Chars.isLetter(text.charAt(start - 3))) return; // inside a word
        if (run.length(0) < 2) return;
        // printed IBANs come in fours from the country code: NO93 8601 ...; or in one piece
        int digits = RunDigits.digitCount(run);
        if (digits < 13 || digits > 32) return;
        if (run.groupCount() > 1 && (run.length(0) != 2 || !RunDigits.separatedBy(run, ' '))) return;
        iban.setLength(0);
        iban.append(c1).append(c2);
        RunDigits.appendDigits(run, text, iban);
        String value = CheckDigits.iban(iban) ? iban.toString() : null;
        out.shape(start - 2, run.end(run.groupCount() - 1), value,
                run.groupCount() > 1 ? NumberShape.GROUPED : NumberShape.CONTIGUOUS, BASE);
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
