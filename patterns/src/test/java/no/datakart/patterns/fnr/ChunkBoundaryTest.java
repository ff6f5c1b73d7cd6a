package no.datakart.patterns.fnr;

import static no.datakart.patterns.fnr.FnrRulesTest.completeAny;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;

/** The same text gives the same findings however it is cut into chunks. */
class ChunkBoundaryTest {

    static final String FNR = completeAny("150385123");
    static final String D = completeAny("550385123");
    static final String CHILD = completeAny("240612543");
    static final String RULE_2032 = completeAny("010190123", 3);

    /** Numbers of every kind and shape, decoys, context words and a density block. */
    static String plantedText() {
        StringBuilder t = new StringBuilder();
        t.append("Vedtak om tildeling av plass. Fødselsnummer: ").append(FNR).append(".\n");
        t.append("D-nummer ").append(D.substring(0, 6)).append('\u00A0').append(D.substring(6)).append(" (utenlandsk)\n");
        t.append("Elev ").append(CHILD, 0, 6).append('-').append(CHILD.substring(6)).append(", klasse 4B\n");
        t.append("Dato ").append(FNR, 0, 2).append('.').append(FNR, 2, 4).append('.').append(FNR, 4, 6).append(' ')
                .append(FNR.substring(6)).append(" (fnr)\n");
        t.append("Tenor-testperson 17912099997 og FH-nummer 81212121223; H-nummer 15507600333.\n");
        t.append("Nytt fnr ").append(RULE_2032).append(" fra 2032.\n");
        t.append("Rad: Ola ").append(FNR).append(" 91234567 ").append(CHILD).append(" Oslo\n");
        // decoys
        t.append("Kontonr 8601.11.17947, faktura 20240001234567, tlf 912 34 567, saksnr 2024/1234, ");
        t.append("beløp 12 345,00 kr, ordrenr AB").append(FNR).append(", lang rekke 1").append(FNR).append(".\n");
        t.append("Målere:\n");
        Random r = new Random(11);
        for (int i = 0; i < 12; i++) {
            String n;
            do {
                n = String.format("%011d", Math.floorMod(r.nextLong(), 100_000_000_000L));
            } while (FnrRules.isValid(FnrRules.verdict(FnrRules.pack(n))));
            t.append(n).append(i == 5 ? " " + D + "\n" : "\n");
        }
        t.append("Slutt ").append(FNR);
        return t.toString();
    }

    static List<Finding> whole(String text) {
        return FnrDetectorTest.DETECTOR.findAll(text);
    }

    static List<Finding> chunked(String text, int... cuts) {
        List<Finding> found = new ArrayList<>();
        DetectionStream s = FnrDetectorTest.DETECTOR.open(found::add);
        char[] all = text.toCharArray();
        int from = 0;
        for (int cut : cuts) {
            // a fresh array per chunk, reused garbage after: the stream must keep what it needs itself
            char[] chunk = new char[cut - from + 3];
            System.arraycopy(all, from, chunk, 1, cut - from);
            s.feed(chunk, 1, cut - from);
            java.util.Arrays.fill(chunk, 'x');
            from = cut;
        }
        char[] rest = text.substring(from).toCharArray();
        s.feed(rest, 0, rest.length);
        s.finish();
        return found;
    }

    @Test
    void thePlantedTextGivesExactlyThePlantedNumbers() {
        String text = plantedText();
        List<String> got = whole(text).stream().map(f -> f.type() + "@" + f.start()).toList();
        List<String> expected = List.of(
                IdentifierType.FODSELSNUMMER + "@" + text.indexOf(FNR),
                IdentifierType.D_NUMMER + "@" + text.indexOf(D.substring(0, 6) + '\u00A0'),
                IdentifierType.FODSELSNUMMER + "@" + text.indexOf(CHILD.substring(0, 6) + "-"),
                IdentifierType.FODSELSNUMMER + "@" + text.indexOf(FNR.substring(0, 2) + "."),
                IdentifierType.SYNTHETIC + "@" + text.indexOf("17912099997"),
                IdentifierType.FH_NUMMER + "@" + text.indexOf("81212121223"),
                IdentifierType.H_NUMMER + "@" + text.indexOf("15507600333"),
                IdentifierType.FODSELSNUMMER + "@" + text.indexOf(RULE_2032),
                IdentifierType.FODSELSNUMMER + "@" + (text.indexOf("Ola " + FNR) + 4),
                IdentifierType.FODSELSNUMMER + "@" + text.indexOf(CHILD + " Oslo"),
                IdentifierType.D_NUMMER + "@" + (text.indexOf(" " + D + "\n") + 1),
                IdentifierType.FODSELSNUMMER + "@" + text.lastIndexOf(FNR));
        assertEquals(expected, got);
    }

    @Test
    void everySplitPointGivesTheSameFindings() {
        String text = plantedText();
        List<Finding> expected = whole(text);
        for (int cut = 0; cut <= text.length(); cut++) {
            assertEquals(expected, chunked(text, cut), "split at " + cut);
        }
    }

    @Test
    void everyTwoSplitPointsCloseTogetherGiveTheSameFindings() {
        String text = plantedText();
        List<Finding> expected = whole(text);
        for (int a = 0; a < text.length(); a++) {
            for (int b = a; b <= Math.min(text.length(), a + 16); b++) {
                assertEquals(expected, chunked(text, a, b), "split at " + a + " and " + b);
            }
        }
    }

    @Test
    void oneCharAtATimeAndRandomChunks() {
        String text = plantedText();
        List<Finding> expected = whole(text);
        int[] every = new int[text.length() - 1];
        for (int i = 0; i < every.length; i++) every[i] = i + 1;
        assertEquals(expected, chunked(text, every));
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Integer> cuts = new ArrayList<>();
            int at = 0;
            while (true) {
                at += 1 + r.nextInt(round % 2 == 0 ? 40 : 2000);
                if (at >= text.length()) break;
                cuts.add(at);
            }
            assertEquals(expected, chunked(text, cuts.stream().mapToInt(Integer::intValue).toArray()), "round " + round);
        }
    }

    @Test
    void aLongTextInFeedCharSequenceBlocks() {
        // longer than the 8 K block of feed(CharSequence): numbers straddle its block edges
        StringBuilder t = new StringBuilder();
        while (t.length() < 40_000) t.append("Søknad fra fnr ").append(FNR).append(" mottatt. ");
        List<Finding> viaString = whole(t.toString());
        assertEquals(expected(t.toString()), viaString.size());
        assertEquals(viaString, chunked(t.toString(), 8191, 8192, 16_385, 24_000));
    }

    private static int expected(String text) {
        int n = 0;
        for (int i = text.indexOf(FNR); i >= 0; i = text.indexOf(FNR, i + 1)) n++;
        return n;
    }
}
