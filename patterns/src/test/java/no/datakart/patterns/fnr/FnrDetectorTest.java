package no.datakart.patterns.fnr;

import static no.datakart.patterns.fnr.FnrRulesTest.completeAny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;

class FnrDetectorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final FnrDetector DETECTOR = new FnrDetector(DetectorSettings.defaults().withReferenceDate(TODAY));

    // generated test numbers (classic rule) with the birth dates in their first six digits
    static final String ADULT = completeAny("150385123");     // 15.03.1985
    static final String CHILD = completeAny("240612543");     // 24.06.2012, individnummer 500-999
    static final String ADULT2 = completeAny("010190246");

    static List<Finding> find(String text) {
        return DETECTOR.findAll(text);
    }

    static Finding only(String text) {
        List<Finding> f = find(text);
        assertEquals(1, f.size(), () -> "one finding expected in <" + text + ">, got " + f);
        return f.get(0);
    }

    static String split(String n, String sep) {
        return n.substring(0, 6) + sep + n.substring(6);
    }

    @Test
    void contiguousNumberWithItsSpanAndMask() {
        String text = "Søker: Kari Nordmann, født 15.03.1985, " + ADULT + ".";
        Finding f = only(text);
        assertEquals(IdentifierType.FODSELSNUMMER, f.type());
        assertEquals(text.indexOf(ADULT), f.start());
        assertEquals(text.indexOf(ADULT) + 11, f.end());
        assertEquals("150385 *****", f.masked());
        assertEquals(ADULT, f.value());
        assertFalse(f.toString().contains(ADULT.substring(6)), "toString must not show the number");
        FnrDetails d = (FnrDetails) f.details();
        assertEquals(LocalDate.of(1985, 3, 15), d.birthDate());
        assertFalse(d.child());
        assertEquals(CheckRule.CLASSIC, d.rule());
        assertEquals(NumberShape.CONTIGUOUS, d.shape());
        assertEquals(Confidence.MEDIUM, f.confidence(), "no context: medium");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\u00A0", "-", ".", "\u202F"})
    void sixPlusFiveWithOneSeparator(String sep) {
        String text = "fnr " + split(ADULT, sep) + " ble registrert";
        Finding f = only(text);
        assertEquals(4, f.start());
        assertEquals(16, f.end());
        assertEquals(NumberShape.SPLIT, ((FnrDetails) f.details()).shape());
        assertEquals(ADULT, f.value());
    }

    @Test
    void rarerGroupingsScoreLower() {
        String dotted = ADULT.substring(0, 2) + "." + ADULT.substring(2, 4) + "." + ADULT.substring(4, 6) + " "
                        + ADULT.substring(6);
        String spaced = ADULT.substring(0, 2) + " " + ADULT.substring(2, 4) + " " + ADULT.substring(4, 6) + " "
                        + ADULT.substring(6, 9) + " " + ADULT.substring(9);
        for (String shape : List.of(dotted, spaced)) {
            Finding plain = only("Nummer: " + shape);
            assertEquals(NumberShape.GROUPED, ((FnrDetails) plain.details()).shape());
            assertEquals(Confidence.LOW, plain.confidence(), shape);
            assertEquals(Confidence.MEDIUM, only("Fødselsnummer: " + shape).confidence(), shape);
        }
    }

    @Test
    void contextWordsLiftAndLower() {
        assertEquals(Confidence.HIGH, only("Fnr: " + ADULT).confidence());
        assertEquals(Confidence.HIGH, only("fødselsnummeret er " + ADULT).confidence());
        assertEquals(Confidence.HIGH, only("F.nr. " + ADULT).confidence());
        assertEquals(Confidence.HIGH, only(ADULT + " (personnummer)").confidence());
        assertEquals(Confidence.HIGH, only("National identity number: " + ADULT).confidence());
        assertEquals(Confidence.MEDIUM, only("Ref. " + "x".repeat(30) + " " + ADULT + " mottatt").confidence());
        assertEquals(Confidence.LOW, only("Kontonr: " + ADULT).confidence());
        assertEquals(Confidence.LOW, only("KID " + ADULT).confidence());
        // a positive label nearer than a negative word wins
        assertEquals(Confidence.HIGH, only("tlf 91234567, fnr " + ADULT).confidence());
        // one word does not veto: a negative word far away only nudges
        Finding far = only("Faktura sendt. " + "Mottatt søknad fra Ola om plass i barnehage, " + ADULT);
        assertEquals(Confidence.MEDIUM, far.confidence());
    }

    @Test
    void theNearestLabelOnTheLineNamesTheNumber() {
        // the label alone counts: the account label of the field before does not lower it
        assertEquals(0.95, only("Kontonr: 1234.56.78903 fnr: " + ADULT).score());
        assertEquals(0.25, only("fnr: 1234.56.78903 Kontonr: " + ADULT).score());
        // a term on the line above heads a column or names that line: nearby, never the label
        assertEquals(0.55, only("Telefon\n" + ADULT).score());
        assertEquals(0.85, only("Fødselsnummer\n" + ADULT).score());
        // the same words after the number: the next line names the next field
        assertEquals(0.95, only(ADULT + " (fnr)").score());
        assertEquals(0.85, only(ADULT + "\nfnr").score());
    }

    @Test
    void columnHeaderLiftsTheCellsUnderIt() {
        List<Finding> found = new ArrayList<>();
        DetectionStream s = DETECTOR.open(found::add);
        s.cell("Fødselsnummer");
        s.feed(ADULT);
        s.cell("Telefon");
        s.feed("91234567");
        s.cell("Fødselsnummer");
        s.feed(CHILD);
        s.cell("Kontonummer");
        s.feed(ADULT2);
        s.finish();
        assertEquals(3, found.size(), found::toString);
        assertEquals(Confidence.HIGH, found.get(0).confidence());
        assertEquals(Confidence.HIGH, found.get(1).confidence());
        assertEquals(Confidence.LOW, found.get(2).confidence());
        // a cell boundary also ends a run: two cells of digits do not join into one number
        List<Finding> joined = new ArrayList<>();
        DetectionStream t = DETECTOR.open(joined::add);
        t.cell("A");
        t.feed(ADULT.substring(0, 6));
        t.cell("B");
        t.feed(ADULT.substring(6));
        t.finish();
        assertTrue(joined.isEmpty(), joined::toString);
    }

    @Test
    void neverInsideALongerRunOrAWord() {
        assertTrue(find("AB" + ADULT).isEmpty(), "glued to a word before");
        assertTrue(find(ADULT + "kr").isEmpty(), "glued to a word after");
        assertTrue(find("1" + ADULT).isEmpty(), "12 digits");
        assertTrue(find(ADULT + "9").isEmpty(), "12 digits");
        assertTrue(find("12 " + split(ADULT, " ")).isEmpty(), "6+5 inside 2+6+5");
        assertTrue(find(split(ADULT, " ") + " 12").isEmpty(), "6+5 inside 6+5+2");
        assertTrue(find(split(ADULT, ".") + ".12").isEmpty());
        // the account shape NNNN.NN.NNNNN is never a fødselsnummer, even when its digits pass
        assertTrue(find(ADULT.substring(0, 4) + "." + ADULT.substring(4, 6) + "." + ADULT.substring(6)).isEmpty());
        assertTrue(find(ADULT.substring(0, 4) + " " + ADULT.substring(4, 6) + " " + ADULT.substring(6)).isEmpty());
        // but punctuation around it is no word
        assertEquals(1, find("(" + ADULT + ")").size());
        assertEquals(1, find("fnr:" + ADULT + ";").size());
        assertEquals(1, find(ADULT + "-søknad.pdf").size());
    }

    @Test
    void elevenDigitNumbersSetOffBySpacesInATableRow() {
        // PDF tables come out as single spaces: the number is its own column
        String row = "Ola Nordmann " + ADULT + " 91234567 " + CHILD;
        List<Finding> f = find(row);
        assertEquals(2, f.size(), f::toString);
        assertEquals(NumberShape.IN_RUN, ((FnrDetails) f.get(0).details()).shape());
        assertEquals(row.indexOf(ADULT), f.get(0).start());
        assertEquals(row.indexOf(CHILD), f.get(1).start());
        assertTrue(find("12." + ADULT).isEmpty(), "a dot joins, it does not set off");
    }

    @Test
    void childrensDataFlag() {
        FnrDetails child = (FnrDetails) only("Elev: " + CHILD).details();
        assertEquals(LocalDate.of(2012, 6, 24), child.birthDate());
        assertTrue(child.child());
    }

    @Test
    void futureBirthDateAndEarly2032NumbersScoreLower() {
        String future = completeAny("010130523"); // 01.01.2030
        assertEquals(Confidence.LOW, only("Nr " + future).confidence());
        assertEquals(Confidence.MEDIUM, only("Fnr " + future).confidence());
        String rule2032 = completeAny("150385123", 2);
        Finding f = only("Nr " + rule2032);
        assertEquals(CheckRule.RULE_2032, ((FnrDetails) f.details()).rule());
        assertEquals(Confidence.LOW, f.confidence());
        assertNull(((FnrDetails) f.details()).birthDate(), "a 2032-style number tells no century");
        assertEquals(Confidence.MEDIUM, only("Fødselsnummer: " + rule2032).confidence());
        // after 1 January 2032 the same number is ordinary
        FnrDetector later = new FnrDetector(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2032, 2, 1)));
        assertEquals(Confidence.MEDIUM, later.findAll("Nr " + rule2032).get(0).confidence());
    }

    @Test
    void fhNumbersNeedContext() {
        assertEquals(Confidence.LOW, only("Nr 81212121223").confidence());
        Finding f = only("FH-nummer: 81212121223");
        assertEquals(IdentifierType.FH_NUMMER, f.type());
        assertEquals(Confidence.MEDIUM, f.confidence());
    }

    @Test
    void syntheticNumbersAreTheirOwnKind() {
        Finding f = only("Testperson i Tenor: 17912099997");
        assertEquals(IdentifierType.SYNTHETIC, f.type());
        assertFalse(f.type().isPerson());
        assertNull(((FnrDetails) f.details()).birthDate());
        assertFalse(((FnrDetails) f.details()).child());
    }

    @Test
    void densityMarksTheFewThatPassAmongManyThatDoNot() {
        StringBuilder list = new StringBuilder("Målerstand-eksport\n");
        java.util.Random r = new java.util.Random(7);
        int planted = 12;
        for (int i = 0; i < 25; i++) {
            if (i == planted) {
                list.append(ADULT).append('\n');
                continue;
            }
            String n;
            do {
                n = String.format("%011d", Math.floorMod(r.nextLong(), 100_000_000_000L));
            } while (FnrRules.isValid(FnrRules.verdict(FnrRules.pack(n))));
            list.append(n).append('\n');
        }
        assertEquals(Confidence.LOW, only(list.toString()).confidence(), "one valid among 24 invalid");
        // a real list: every number passes, none is noise
        StringBuilder real = new StringBuilder();
        FnrGenerator g = new FnrGenerator(new java.util.Random(3));
        var spec = new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.CLASSIC);
        for (int i = 0; i < 25; i++) real.append(g.nextString(spec)).append('\n');
        List<Finding> all = find(real.toString());
        assertEquals(25, all.size());
        assertTrue(all.stream().allMatch(f -> f.confidence() != Confidence.LOW), all::toString);
    }

    @Test
    void minConfidenceFilters() {
        FnrDetector high = new FnrDetector(DetectorSettings.defaults().withReferenceDate(TODAY)
                .withMinConfidence(Confidence.HIGH));
        assertEquals(1, high.findAll("Fnr: " + ADULT + ". " + "Ellers intet å melde. ".repeat(6) + ADULT2).size());
    }

    @Test
    void findingsComeInTextOrderWithAbsoluteOffsets() {
        String text = "A " + ADULT + " B " + split(CHILD, " ") + " C 81212121223 D";
        List<Finding> f = find(text);
        assertEquals(3, f.size());
        assertEquals(text.indexOf(ADULT), f.get(0).start());
        assertEquals(text.indexOf(split(CHILD, " ")), f.get(1).start());
        assertEquals(text.indexOf("81212121223"), f.get(2).start());
    }

    @Test
    void aStreamIsReusableAfterReset() {
        List<Finding> found = new ArrayList<>();
        DetectionStream s = DETECTOR.open(found::add);
        s.feed("x " + ADULT);
        s.finish();
        s.reset();
        s.feed(ADULT);
        s.finish();
        assertEquals(2, found.size());
        assertEquals(0, found.get(1).start());
    }
}
