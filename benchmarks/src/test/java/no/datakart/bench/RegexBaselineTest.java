package no.datakart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.fnr.FnrDetector;
import no.datakart.patterns.fnr.FnrGenerator;

/**
 * The baseline finds exactly what the detector finds at the lowest confidence: the same kinds, spans
 * and shapes, in the same order. That is what makes it a fair yardstick for the benchmark.
 */
class RegexBaselineTest {

    static final DetectorSettings SETTINGS = DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))
            .withMinConfidence(Confidence.LOW);
    static final FnrDetector DETECTOR = new FnrDetector(SETTINGS);

    /** What both sides report, without the number itself. */
    record Key(IdentifierType type, long start, long end, NumberShape shape) {
    }

    static List<Key> detector(String text) {
        return DETECTOR.findAll(text).stream()
                .map(f -> new Key(f.type(), f.start(), f.end(), ((FnrDetails) f.details()).shape()))
                .toList();
    }

    static List<Key> baseline(String text) {
        return new RegexFnrBaseline(SETTINGS).findAll(text).stream()
                .map(h -> new Key(h.type(), h.start(), h.end(), h.shape()))
                .toList();
    }

    static void assertSame(String text, String what) {
        List<Key> expected = detector(text);
        List<Key> actual = baseline(text);
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) i++;
            Key at = i < expected.size() ? expected.get(i) : actual.get(i);
            assertEquals(expected, actual, what + ": first difference at finding " + i + ", near \""
                    + masked(text, (int) at.start()) + "\"");
        }
    }

    /** The text around an offset with its digits blanked out, for failure messages. */
    static String masked(String text, int at) {
        String s = text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 30));
        return s.replaceAll("[0-9]", "#").replace("\n", "\\n");
    }

    @Test
    void sameOnTheGeneratedCorpus() {
        for (long seed = 1; seed <= 3; seed++) {
            String text = MunicipalCorpus.generate(seed, 300_000);
            List<Key> found = detector(text);
            assertTrue(found.size() > 100, "findings " + found.size());
            EnumSet<NumberShape> shapes = EnumSet.noneOf(NumberShape.class);
            found.forEach(k -> shapes.add(k.shape()));
            assertEquals(EnumSet.allOf(NumberShape.class), shapes, "every shape occurs");
            assertSame(text, "corpus seed " + seed);
        }
    }

    @Test
    void sameOnTrickyText() {
        String text = TrickyText.build();
        List<Key> found = detector(text);
        // counted by hand from the comments in TrickyText, so both sides could not be wrong together
        assertEquals(TrickyText.EXPECTED, found.size(), "findings");
        assertSame(text, "tricky text");
    }

    /** Every case once across the detector's 8192-char block boundary, and at the very start. */
    @Test
    void sameWhereTheDetectorsBlocksSplitTheText() {
        String tricky = TrickyText.build();
        for (int shift = 0; shift <= tricky.length(); shift += 3) {
            int pad = Math.max(0, 8192 - tricky.length() + shift);
            String text = "Tekst ".repeat(pad / 6 + 1).substring(0, pad) + (pad > 0 ? "\n" : "") + tricky;
            assertSame(text, "shift " + shift);
        }
    }

    /** Noise made of digits, separators, letters and planted numbers, to meet cases nobody wrote down. */
    @Test
    void sameOnRandomNoise() {
        SplittableRandom r = new SplittableRandom(7);
        FnrGenerator generator = new FnrGenerator(r);
        List<FnrGenerator.Spec> specs = FnrGenerator.allSpecs();
        String[] bits = {" ", " ", "-", ".", "\u00A0", "\u202F", "\u2007", "\u2009", "\u2011", "  ", "a", "Z",
            "ø", "ª", "/", ",", "\n", "+", "\u0661", "\uD835\uDC00", "kr ", "fnr "};
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(20, 1500);
            while (b.length() < len) {
                int k = r.nextInt(100);
                if (k < 45) b.append((char) ('0' + r.nextInt(10)));
                else if (k < 90) b.append(bits[r.nextInt(bits.length)]);
                else b.append(TrickyText.shaped(generator.nextString(specs.get(r.nextInt(specs.size()))), r));
            }
            String text = b.toString();
            found += detector(text).size();
            assertSame(text, "noise " + t);
        }
        assertTrue(found > 3000, "findings " + found);
    }

    /**
     * Pinned quirk, shared on purpose: the detector tests letters one UTF-16 unit at a time, so a letter
     * outside the BMP glued to a number does not stop it. The baseline copies that; if the detector
     * starts reading code points, this fails and the baseline's letter class must follow.
     */
    @Test
    void aLetterOutsideTheBmpDoesNotGlue() {
        String n = new FnrGenerator(new SplittableRandom(3))
                .nextString(new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.CLASSIC));
        String mathBoldA = "\uD835\uDC00";
        assertEquals(1, detector(mathBoldA + n).size());
        assertEquals(1, detector(n + mathBoldA).size());
        assertSame(mathBoldA + n + " " + n + mathBoldA, "supplementary letters");
    }
}
