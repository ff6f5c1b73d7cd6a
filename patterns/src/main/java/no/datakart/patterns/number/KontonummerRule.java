package no.datakart.patterns.number;

import java.util.List;
import java.util.Set;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.Chars;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * Kontonummer: {@code 8601.11.17947} or {@code 8601 11 17947} (the account shape, telling) or 11 digits
 * in a row (which one 11-digit number in eleven passes by chance: it needs context).
 */
public final class KontonummerRule implements NumberRule {
    static final double GROUPED_BASE = 0.6;
    static final double CONTIGUOUS_BASE = 0.45;
    /** In its account shape inside a longer run of numbers set off by spaces (a table row): a little less. */
    static final double IN_RUN_BASE = 0.5;

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

    /** Eleven digits set off by spaces in a longer run: a row's cell, where only a header can tell. */
    static final double IN_RUN_CONTIGUOUS_BASE = 0.35;

    private static final Set<Integer> LAST_GROUP = Set.of(5, 11); // 8601.11.[17947], or all eleven

    @Override
    public Set<Integer> groupLengths() {
        return LAST_GROUP;
    }

    @Override
    public void examineGroup(DigitRuns run, TextWindow text, Shapes out) {
        int k = run.groupCount() - 1;
        if (run.length(k) == 11) {
            contiguousInRun(run, text, k, out);
            return;
        }
        if (k < 2 || run.length(k) != 5 || run.length(k - 1) != 2 || run.length(k - 2) != 4) return;
        if (run.separatorBefore(k) != '.' || run.separatorBefore(k - 1) != '.') return;
        boolean whole = k == 2 && run.separatorAfter(k) == 0; // the whole run: examine() has it
        if (whole) return;
        boolean left = k == 2 ? !Chars.isLetter(run.charBefore()) : run.separatorBefore(k - 2) == ' ';
        boolean right = run.separatorAfter(k) == 0 ? !Chars.isLetter(run.charAfter()) : run.separatorAfter(k) == ' ';
        if (!left || !right) return;
        digits.setLength(0);
        for (int g = k - 2; g <= k; g++) {
            for (long p = run.start(g), e = run.end(g); p < e; p++) digits.append(text.charAt(p));
        }
        String value = CheckDigits.kontonummer(digits) ? digits.toString() : null;
        out.shape(run.start(k - 2), run.end(k), value, NumberShape.IN_RUN, IN_RUN_BASE);
    }

    /** {@code 4711 Kari Nordmann 01019012345 86011117947 45 990,00}: the second group, spaces either side. */
    private void contiguousInRun(DigitRuns run, TextWindow text, int k, Shapes out) {
        if (k == 0 && run.separatorAfter(k) == 0) return; // the whole run: examine() has it
        boolean left = k == 0 ? !Chars.isLetter(run.charBefore()) : run.separatorBefore(k) == ' ';
        boolean right = run.separatorAfter(k) == 0 ? !Chars.isLetter(run.charAfter()) : run.separatorAfter(k) == ' ';
        if (!left || !right) return;
        digits.setLength(0);
        for (long p = run.start(k), e = run.end(k); p < e; p++) digits.append(text.charAt(p));
        String value = CheckDigits.kontonummer(digits) ? digits.toString() : null;
        out.shape(run.start(k), run.end(k), value, NumberShape.IN_RUN, IN_RUN_CONTIGUOUS_BASE);
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(11, 11); // eleven digits
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
