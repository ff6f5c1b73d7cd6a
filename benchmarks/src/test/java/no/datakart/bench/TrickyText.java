package no.datakart.bench;

import java.util.SplittableRandom;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.Synthetic;
import no.datakart.patterns.fnr.FnrGenerator;

/**
 * A hand-made text of the edge cases of the candidate rules: every shape and separator, numbers glued
 * to letters and digits, double separators, numbers inside longer runs, and look-alikes that fail the
 * checks. Valid numbers come from a seeded generator, so none is written out in the source.
 */
final class TrickyText {
    private TrickyText() {
    }

    static final String[] SEPARATORS = {" ", "-", ".", "\u00A0", "\u202F", "\u2007", "\u2009", "\u2011"};

    /** The number in one of the four candidate shapes, with random separators. */
    static String shaped(String n, SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> n;
            case 1 -> split(n, sep(r));
            case 2 -> n.substring(0, 2) + sep(r) + n.substring(2, 4) + sep(r) + n.substring(4, 6) + sep(r) + n.substring(6);
            default -> n.substring(0, 2) + sep(r) + n.substring(2, 4) + sep(r) + n.substring(4, 6) + sep(r)
                       + n.substring(6, 9) + sep(r) + n.substring(9);
        };
    }

    private static String sep(SplittableRandom r) {
        return SEPARATORS[r.nextInt(SEPARATORS.length)];
    }

    static String split(String n, String sep) {
        return n.substring(0, 6) + sep + n.substring(6);
    }

    /** Findings in {@link #build()}, counted line by line. */
    static final int EXPECTED = 29;

    static String build() {
        SplittableRandom r = new SplittableRandom(2026);
        FnrGenerator g = new FnrGenerator(r);
        String a = g.nextString(new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.CLASSIC));
        String d = g.nextString(new FnrGenerator.Spec(IdentifierType.D_NUMMER, null, true, CheckRule.CLASSIC));
        String h = g.nextString(new FnrGenerator.Spec(IdentifierType.H_NUMMER, null, false, CheckRule.CLASSIC));
        String fh = g.nextString(new FnrGenerator.Spec(IdentifierType.FH_NUMMER, null, false, CheckRule.CLASSIC));
        String syn = g.nextString(new FnrGenerator.Spec(IdentifierType.SYNTHETIC, Synthetic.TENOR, false, CheckRule.CLASSIC));
        String new2032 = g.nextString(new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.RULE_2032));
        String typo = a.substring(0, 10) + (char) ('0' + (a.charAt(10) - '0' + 1) % 10);

        StringBuilder t = new StringBuilder();
        // plain numbers of every kind, at the start and behind labels and punctuation: 7
        t.append(a).append(" at the very start\n");
        t.append("Fnr:").append(a).append(" (").append(d).append("), ").append(h).append(". ").append(fh).append(";\n");
        t.append("Tenor ").append(syn).append(" og 2032: ").append(new2032).append("\n");
        // glued to letters or digits: nothing
        t.append("AB").append(a).append(' ').append(a).append("kr é").append(a).append(' ').append(a).append("ø ª")
                .append(a).append('\n');
        t.append('1').append(a).append(' ').append(a).append("9 ").append(typo).append('\n');
        // letters behind a separator do not glue: 2
        t.append("x-").append(a).append("-x y.").append(d).append(".z\n");
        // 6+5 with every separator: 8
        for (String s : SEPARATORS) t.append("[").append(split(a, s)).append("] ");
        t.append('\n');
        // grouped, mixed separators: 2
        t.append(a, 0, 2).append('.').append(a, 2, 4).append('-').append(a, 4, 6).append('\u00A0').append(a.substring(6))
                .append(", ").append(d, 0, 2).append(' ').append(d, 2, 4).append(' ').append(d, 4, 6).append(' ')
                .append(d, 6, 9).append('\u2009').append(d.substring(9)).append('\n');
        // double separators break a run: no candidate
        t.append(split(a, "  ")).append(" / ").append(split(a, " -")).append(" / ").append(split(a, "--")).append('\n');
        // a family shape inside a longer run: nothing
        t.append("12 ").append(split(a, " ")).append(" | ").append(split(a, " ")).append(" 12 | ")
                .append(split(a, ".")).append(".12 | ").append(a, 0, 2).append(' ').append(a, 2, 4).append(' ')
                .append(a, 4, 6).append(' ').append(a, 6, 9).append(' ').append(a, 9, 11).append(" 7\n");
        // account shape 4.2.5: never a candidate
        t.append(a, 0, 4).append('.').append(a, 4, 6).append('.').append(a.substring(6)).append('\n');
        // 11 digits inside a run, set off by spaces: IN_RUN, 6 (a letter glued to another group does not matter)
        t.append("Rad: 12 ").append(a).append(" 34 | ").append(a).append(' ').append(d).append(" | 5 ").append(h)
                .append("-x | 5 ").append(fh).append('\u00A0').append("6 | AB12 ").append(syn).append('\n');
        // 1: the 11th group of a run, past the 8 the detector remembers
        t.append("1 2 3 4 5 6 7 8 9 10 ").append(a).append(" 11 12\n");
        // ... but not after a hyphen or dot, nor glued to a letter at the run's end
        t.append("12-").append(a).append(" 34 | 12 ").append(a).append("-34 | 12.").append(a).append(" | x").append(a)
                .append(" 5 | 5 ").append(a).append("x | 5\u2011").append(a).append('\n');
        // digits of other scripts are neither digits nor letters: 2
        t.append('\u0661').append(a).append('\uFF11').append(" ").append(d).append('\u0662').append('\n');
        // a trailing separator, then the end of the text: 1
        t.append("Slutt: ").append(split(d, "-")).append(' ');
        return t.toString();
    }
}
