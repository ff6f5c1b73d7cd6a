package no.datakart.patterns.number;

import java.util.List;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * Organisasjonsnummer: {@code 974 760 673} (also in {@code NO 974 760 673 MVA}) or 9 digits in a row.
 * One 9-digit number in eleven passes the check by chance, so a bare one needs context.
 */
public final class OrganisasjonsnummerRule implements NumberRule {
    static final double GROUPED_BASE = 0.5;
    static final double CONTIGUOUS_BASE = 0.45;

    private final StringBuilder digits = new StringBuilder(9);

    @Override
    public IdentifierType type() {
        return IdentifierType.ORGANISASJONSNUMMER;
    }

    @Override
    public List<String> tags() {
        return List.of("organisasjonsnummer");
    }

    @Override
    public int minRunChars() {
        return 9;
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(9, 9); // nine digits
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.apart(run)) return;
        NumberShape shape;
        if (RunDigits.groups(run, 9)) {
            shape = NumberShape.CONTIGUOUS;
        } else if (RunDigits.groups(run, 3, 3, 3) && (RunDigits.separatedBy(run, ' ')
                   || RunDigits.separatedBy(run, '.') || RunDigits.separatedBy(run, '\u00a0'))) {
            shape = NumberShape.GROUPED;
        } else {
            return;
        }
        digits.setLength(0);
        RunDigits.appendDigits(run, text, digits);
        String value = CheckDigits.organisasjonsnummer(digits) ? digits.toString() : null;
        out.shape(run.start(0), run.end(run.groupCount() - 1), value, shape,
                shape == NumberShape.GROUPED ? GROUPED_BASE : CONTIGUOUS_BASE);
    }
}
