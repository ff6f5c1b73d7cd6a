package no.datakart.patterns.number;

import java.util.List;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * Kontonummer: {@code 8601.11.17947} or {@code 8601 11 17947} (the account shape, telling) or 11 digits
 * in a row (which one 11-digit number in eleven passes by chance: it needs context).
 */
public final class KontonummerRule implements NumberRule {
    static final double GROUPED_BASE = 0.6;
    static final double CONTIGUOUS_BASE = 0.45;

    private final StringBuilder digits = new StringBuilder(11);

    @Override
    public IdentifierType type() {
        return IdentifierType.KONTONUMMER;
    }

    @Override
    public List<String> tags() {
        return List.of("kontonummer", "iban"); // an IBAN column or label names accounts too
    }

    @Override
    public int minRunChars() {
        return 11;
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.apart(run)) return;
        NumberShape shape;
        if (RunDigits.groups(run, 11)) {
            shape = NumberShape.CONTIGUOUS;
        } else if (RunDigits.groups(run, 4, 2, 5)
                   && (RunDigits.separatedBy(run, '.') || RunDigits.separatedBy(run, ' '))) {
            shape = NumberShape.GROUPED;
        } else {
            return;
        }
        digits.setLength(0);
        RunDigits.appendDigits(run, text, digits);
        String value = CheckDigits.kontonummer(digits) ? digits.toString() : null;
        out.shape(run.start(0), run.end(run.groupCount() - 1), value, shape,
                shape == NumberShape.GROUPED ? GROUPED_BASE : CONTIGUOUS_BASE);
    }
}
