package no.datakart.patterns.fnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.Synthetic;

/** The public vectors of spec §4, one assertion per number: kind, rule, generator. */
class FnrRulesTest {

    static int verdict(String number) {
        long p = FnrRules.pack(number);
        assertTrue(p >= 0, number);
        return FnrRules.verdict(p);
    }

    @ParameterizedTest(name = "{0}: {1} ({5})")
    @CsvFileSource(resources = "/fnr-vectors.csv", nullValues = "")
    void publishedVectors(String number, String type, CheckRule rule, Synthetic synthetic, Boolean dayOffset,
                          String source) {
        int v = verdict(number);
        if (type.equals("INVALID")) {
            assertFalse(FnrRules.isValid(v), number + " should be invalid: " + source);
            return;
        }
        assertTrue(FnrRules.isValid(v), number + " should be valid: " + source);
        assertEquals(IdentifierType.valueOf(type), FnrRules.type(v), number);
        assertEquals(rule, FnrRules.rule(v), number);
        assertEquals(synthetic, FnrRules.synthetic(v), number);
        assertEquals(dayOffset, FnrRules.dayOffset(v), number);
    }

    @ParameterizedTest(name = "{0} born {1}")
    @CsvSource(textBlock = """
            11111598403, 2015-11-11
            15108695088, 1986-10-15
            18061592527, 2015-06-18
            10048744732, 1987-04-10
            13049958441, 1899-04-13
            """)
    void publishedBirthDates(String number, LocalDate born) {
        long p = FnrRules.pack(number);
        assertEquals(born, FnrRules.birthDate(p, FnrRules.verdict(p)));
    }

    @ParameterizedTest(name = "{0} is invalid: {1}")
    @CsvSource(textBlock = """
            86011117949, a kontonummer with a wrong check digit
            86011117947, a kontonummer: as an FH-nummer it passes only the 2032 rule
            32019012345, day 32
            01139012345, month 13
            00000000000, day 00
            """)
    void invalidNumbers(String number, String why) {
        assertFalse(FnrRules.isValid(verdict(number)), number + ": " + why);
    }

    @Test
    void everyClassicNumberPassesThe2032RuleToo() {
        String classic = completeAny("010190123");
        assertEquals(CheckRule.CLASSIC, FnrRules.rule(verdict(classic)));
    }

    @Test
    void leapDayFollowsYyDivisibleByFour() {
        assertTrue(FnrRules.isValid(verdict(completeAny("290200123"))), "29.02.00: 2000 was leap");
        assertTrue(FnrRules.isValid(verdict(completeAny("290296123"))));
        assertFalse(FnrRules.isValid(verdict(completeAny("290297123"))), "29.02.97");
    }

    @Test
    void hNumberTakesOnlyTheClassicRule() {
        // month + 40 by the 2032 rule cannot be an H-nummer, so it is NAV's synthetic kind
        int v = verdict(completeAny("015090123", 1));
        assertEquals(IdentifierType.SYNTHETIC, FnrRules.type(v));
        assertEquals(Synthetic.NAV, FnrRules.synthetic(v));
        assertEquals(CheckRule.RULE_2032, FnrRules.rule(v));
        assertEquals(IdentifierType.H_NUMMER, FnrRules.type(verdict(completeAny("015090123"))));
    }

    @Test
    void birthDateCenturyComesFromTheIndividnummer() {
        assertEquals(LocalDate.of(1990, 1, 1), birth("010190123"));      // 000-499: 1900s
        assertEquals(LocalDate.of(2010, 1, 1), birth("010110523"));      // 500-999, yy <= 39: 2000s
        assertEquals(LocalDate.of(1860, 1, 1), birth("010160523"));      // 500-749, yy >= 54: 1800s
        assertEquals(LocalDate.of(1950, 1, 1), birth("010150923"));      // 900-999, yy >= 40: 1900s
        assertNull(birth("010145523"), "500-749 with yy 40-53 tells no century");
        assertEquals(LocalDate.of(1990, 1, 1), birth("410190123"), "D-nummer: day - 40");
        assertEquals(LocalDate.of(1990, 1, 1), birth("014190123"), "H-nummer: month - 40");
        assertNull(birth("290200123"), "29.02.1900 did not exist");
    }

    private static LocalDate birth(String nine) {
        String n = completeAny(nine);
        long p = FnrRules.pack(n);
        return FnrRules.birthDate(p, FnrRules.verdict(p));
    }

    /** Completes by the classic rule, varying the last individnummer digit until check digits fit. */
    static String completeAny(String nine) {
        return completeAny(nine, 0);
    }

    /** As {@link #completeAny(String)}, so that (S1 + k1) mod 11 == remainder. */
    static String completeAny(String nine, int remainder) {
        for (int i = 0; i < 10; i++) {
            String n = FnrGenerator.complete(nine.substring(0, 8) + (char) ('0' + (nine.charAt(8) - '0' + i) % 10),
                    remainder);
            if (n != null) return n;
        }
        throw new AssertionError("no check digits for " + nine);
    }
}
