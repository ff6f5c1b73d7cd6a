package no.datakart.patterns.fnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.bekk.bekkopen.person.FodselsnummerValidator;
import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;

/**
 * Our rules against NoCommons 0.16.0, an independent validator, on the cases both define the same
 * way. NoCommons knows only the classic rule, treats every month offset as synthetic (rejected by
 * default), has no FH-nummer, rejects a fødselsnummer whose individnummer tells no century and checks
 * 29 February against the real century; those cases are left out, everything else must agree.
 */
class DifferentialTest {

    @Test
    void agreesWithNoCommonsWhereBothDefineTheSameRules() {
        SplittableRandom r = new SplittableRandom(42);
        FnrGenerator generator = new FnrGenerator(r);
        List<FnrGenerator.Spec> persons = List.of(
                new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.CLASSIC),
                new FnrGenerator.Spec(IdentifierType.D_NUMMER, null, true, CheckRule.CLASSIC));
        long compared = 0;
        long bothValid = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 2_100_000; i++) {
            String n = switch (i % 4) {
                case 0 -> randomDigits(r, 11);                                  // mostly failing check digits
                case 1 -> FnrGenerator.complete(randomDigits(r, 9), 0);          // check digits right, date random
                case 2 -> FnrGenerator.complete(plausiblePrefix(r), 0);          // near-valid dates
                default -> generator.nextString(persons.get(r.nextInt(2)));      // valid
            };
            if (n == null || !comparable(n)) continue;
            compared++;
            boolean ours = FnrRules.isValid(FnrRules.verdict(FnrRules.pack(n)));
            boolean theirs = FodselsnummerValidator.isValid(n);
            if (ours && theirs) bothValid++;
            if (ours != theirs && disagreements.size() < 20) {
                disagreements.add("ours " + ours + ", NoCommons " + theirs + ": " + n);
            }
        }
        System.out.printf("NoCommons differential: %,d compared, %,d valid in both, %,d disagreements%n",
                compared, bothValid, disagreements.size());
        assertEquals(List.of(), disagreements);
        assertTrue(compared >= 1_000_000, "compared " + compared);
        assertTrue(bothValid >= 500_000, "both valid " + bothValid);
    }

    /** Outside the shared ground: see the class comment. */
    static boolean comparable(String n) {
        long p = FnrRules.pack(n);
        int first = n.charAt(0) - '0';
        int month = Integer.parseInt(n.substring(2, 4));
        int yy = Integer.parseInt(n.substring(4, 6));
        int individ = Integer.parseInt(n.substring(6, 9));
        if (first >= 8) return false;                                    // FH-nummer
        if (month < 1 || month > 12) return month == 0 || month > 92;    // offsets: H, synthetic
        int v = FnrRules.verdict(p);
        if (FnrRules.isValid(v) && FnrRules.rule(v) == CheckRule.RULE_2032) return false;
        boolean dNumber = first >= 4;
        if (!dNumber && !centuryDefined(individ, yy)) return false;
        return !(n.startsWith("2902", dNumber ? 1 : 0) && yy == 0)       // 29.02.00: 1900 or 2000
               && !(dNumber && n.substring(1, 4).equals("902"));          // D-nummer leap days: its own century table
    }

    /** The individnummer ranges of Skatteetaten's classic scheme. */
    static boolean centuryDefined(int individ, int yy) {
        return individ <= 499 || (individ <= 749 && yy >= 54) || yy <= 39 || individ >= 900;
    }

    static String randomDigits(SplittableRandom r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('0' + r.nextInt(10));
        return new String(c);
    }

    /** Day 00-32 or 40-72, month 00-13, any year and individnummer. */
    static String plausiblePrefix(SplittableRandom r) {
        int day = r.nextInt(33) + (r.nextBoolean() ? 40 : 0);
        int month = r.nextInt(14);
        return String.format("%02d%02d%02d%03d", day, month, r.nextInt(100), r.nextInt(1000));
    }
}
