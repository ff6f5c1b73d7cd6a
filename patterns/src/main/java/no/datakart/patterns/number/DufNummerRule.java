package no.datakart.patterns.number;

import java.util.List;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * DUF-nummer, UDI's number for a foreign national's case: twelve digits, the year of registration
 * (19xx or 20xx), a six-digit serial and two check digits whose rule is not public. So the shape
 * alone says little: it starts low and needs a word (DUF, UDI) or a column header to be reported.
 */
public final class DufNummerRule implements NumberRule {
    static final double BASE = 0.25;

    private final StringBuilder digits = new StringBuilder(12);

    @Override
    public IdentifierType type() {
        return IdentifierType.DUF_NUMMER;
    }

    @Override
    public List<String> tags() {
        return List.of("duf");
    }

    @Override
    public int minRunChars() {
        return 12;
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(12, 12); // twelve digits
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.apart(run) || !RunDigits.groups(run, 12)) return;
        digits.setLength(0);
        RunDigits.appendDigits(run, text, digits);
        boolean year = digits.charAt(0) == '1' && digits.charAt(1) == '9' || digits.charAt(0) == '2' && digits.charAt(1) == '0';
        out.shape(run.start(0), run.end(0), year ? digits.toString() : null, NumberShape.CONTIGUOUS, BASE);
    }
}
