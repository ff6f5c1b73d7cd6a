package no.datakart.patterns.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The vector skipper must not change which runs a {@link DigitRuns} hears: only how fast it gets there. */
class RunSkipperTest {

    // digits, the separators that join groups, chars that look like them but do not, letters, and
    // chars from far up the table, weighted so that long runs, near misses and plain text all occur
    private static final char[] ALPHABET = ("0123456789012345678901234567890123456789"
            + "     ..--\u00a0\u202f\u2007\u2009\u2011"
            + ",:/;_+\n\tabcxyzæøåÆØÅ\u00ad\u00b7\u2010\u2012\u8000\uffff\u4e00").toCharArray();

    @Test
    void theVectorSkipperIsThereOnThisMachine() {
        // the build runs tests with the Vector API, on AVX2 or wider: the fast path must be the one tested
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no Vector API");
        assertNotNull(RunSkipper.forRuns(11));
    }

    @Test
    void skippingHearsTheSameRunsAsProbing() {
        RunSkipper skipper = RunSkipper.forRuns(11);
        assumeTrue(skipper != null, "no vector skipper on this runtime");
        Random random = new Random(20261123L);
        long heard = 0;
        for (int round = 0; round < 3000; round++) {
            char[] text = randomText(random, 50 + random.nextInt(3000));
            int[] cuts = randomCuts(random, text.length);
            List<String> probed = runs(text, cuts, null);
            List<String> skipped = runs(text, cuts, skipper);
            assertEquals(probed, skipped, () -> "round " + Integer.toHexString(text.hashCode()));
            heard += probed.size();
        }
        assertTrue(heard > 10_000, "too few runs to compare: " + heard);
    }

    @Test
    void aRunIsFoundWhereverItStartsInABlock() {
        RunSkipper skipper = RunSkipper.forRuns(11);
        assumeTrue(skipper != null, "no vector skipper on this runtime");
        for (int at = 0; at < 200; at++) {
            for (String run : List.of("01019012345", "010190 12345", "01.01.90 12345", "1 2 3 4 5 6", "1\u00a02\u00a03\u00a04\u00a05\u00a06")) {
                char[] text = new char[260];
                java.util.Arrays.fill(text, 'x');
                run.getChars(0, run.length(), text, at);
                assertEquals(runs(text, new int[] {text.length}, null), runs(text, new int[] {text.length}, skipper),
                        run + " at " + at);
                assertEquals(1, runs(text, new int[] {text.length}, skipper).size(), run + " at " + at);
            }
        }
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }

    /** The runs of 11 chars or more that a listener hears, with their groups. */
    private static List<String> runs(char[] text, int[] cuts, RunSkipper skipper) {
        List<String> out = new ArrayList<>();
        DigitRuns runs = new DigitRuns(11, Set.of(11), (run, ended) -> {
            int k = run.groupCount() - 1;
            long chars = run.end(k) - run.start(k - Math.min(k, 7));
            if (ended && run.groupCount() <= 8 && run.end(k) - run.start(0) < 11) return; // may go unheard
            out.add(run.start(k) + "+" + run.length(k) + (ended ? " end " + (int) run.charAfter() : "")
                    + " groups " + run.groupCount() + " chars " + chars + " before " + (int) run.charBefore());
        }, skipper);
        int from = 0;
        for (int cut : cuts) {
            runs.feed(text, from, cut - from);
            from = cut;
        }
        runs.boundary();
        return out;
    }

    private static char[] randomText(Random random, int length) {
        char[] text = new char[length];
        int i = 0;
        while (i < length) {
            switch (random.nextInt(3)) {
                case 0 -> { // plain text, so that blocks without digits occur
                    int n = Math.min(length - i, random.nextInt(150));
                    for (int k = 0; k < n; k++) text[i++] = (char) ('a' + random.nextInt(26));
                }
                case 1 -> { // a group of digits
                    int n = Math.min(length - i, 1 + random.nextInt(12));
                    for (int k = 0; k < n; k++) text[i++] = (char) ('0' + random.nextInt(10));
                }
                default -> text[i++] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
        }
        return text;
    }

    private static int[] randomCuts(Random random, int length) {
        int n = random.nextInt(4);
        int[] cuts = new int[n + 1];
        for (int k = 0; k < n; k++) cuts[k] = random.nextInt(length + 1);
        cuts[n] = length;
        java.util.Arrays.sort(cuts);
        return cuts;
    }
}
