package no.datakart.patterns.number;

import java.util.List;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * Payment card numbers: 16 digits in groups of four ({@code 4111 1111 1111 1111}, spaces or hyphens),
 * American Express's 4-6-5, or 13 to 19 digits in a row; Luhn. One number in ten passes Luhn by chance,
 * so the bare shape starts low.
 */
public final class BetalingskortRule implements NumberRule {
    static final double GROUPED_BASE = 0.6;
    static final double CONTIGUOUS_BASE = 0.45;

    private final StringBuilder digits = new StringBuilder(19);

    @Override
    public IdentifierType type() {
        return IdentifierType.BETALINGSKORT;
    }

    @Override
    public List<String> tags() {
        return List.of("betalingskort");
    }

    @Override
    public int minRunChars() {
        return 13;
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(13, 19); // 13 to 19 digits, grouped 4-4-4-4 or 4-6-5 or in one piece
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.apart(run)) return;
        NumberShape shape;
        if (run.groupCount() == 1 && run.length(0) >= 13 && run.length(0) <= 19) {
            shape = NumberShape.CONTIGUOUS;
        } else if ((RunDigits.groups(run, 4, 4, 4, 4) || RunDigits.groups(run, 4, 6, 5))
                   && (RunDigits.separatedBy(run, ' ') || RunDigits.separatedBy(run, '-'))) {
            shape = NumberShape.GROUPED;
        } else {
            return;
        }
        digits.setLength(0);
        RunDigits.appendDigits(run, text, digits);
        String value = CheckDigits.luhn(digits) ? digits.toString() : null;
        out.shape(run.start(0), run.end(run.groupCount() - 1), value, shape,
                shape == NumberShape.GROUPED ? GROUPED_BASE : CONTIGUOUS_BASE);
    }
}
