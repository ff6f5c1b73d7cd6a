package no.datakart.patterns.fnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Detector;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.number.CheckDigits;
import no.datakart.patterns.set.DetectorSet;

/**
 * The hot path allocates nothing per char and nothing for a candidate that fails validation: feeding
 * megabytes of number-heavy text without a valid number allocates (almost) no bytes at all.
 */
class AllocationTest {

    /** Dates, amounts, phone and case numbers and 11-digit look-alikes that fail the checks (the phone-shaped
     * one fails the cheap first-digit check; one that reached libphonenumber and failed there would allocate). */
    static char[] numberHeavyTextWithoutValidNumbers(int chars) {
        Random r = new Random(99);
        StringBuilder t = new StringBuilder(chars + 200);
        while (t.length() < chars) {
            String n;
            do {
                n = String.format("%011d", Math.floorMod(r.nextLong(), 100_000_000_000L));
            } while (FnrRules.isValid(FnrRules.verdict(FnrRules.pack(n))) || CheckDigits.kontonummer(n));
            String split = n.substring(0, 6) + " " + n.substring(6);
            t.append("Møte 12.03.2024 kl. 14:30, sak 2024/").append(r.nextInt(9999))
             .append(", beløp kr 12 345,50. Tlf 112 34 567. Referanse ").append(n)
             .append(" og ").append(split).append(" fnr ").append(n, 0, 10).append(".\n");
        }
        return t.toString().toCharArray();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rejectedCandidatesAllocateNothing(boolean everyDetector) {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        var counter = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().threadId();

        char[] text = numberHeavyTextWithoutValidNumbers(1 << 20);
        int[] found = {0};
        Detector detector = everyDetector ? new DetectorSet(DetectorSettings.defaults()) : FnrDetectorTest.DETECTOR;
        DetectionStream stream = detector.open(f -> found[0]++);
        // steady state: the JIT has compiled the hot path (the Vector API allocates until C2 has it)
        for (int warm = 0; warm < 100; warm++) {
            long at = counter.getThreadAllocatedBytes(self);
            feed(stream, text);
            if (warm >= 5 && counter.getThreadAllocatedBytes(self) - at < 1024) break;
        }

        long before = counter.getThreadAllocatedBytes(self);
        int rounds = 10;
        for (int i = 0; i < rounds; i++) feed(stream, text);
        long allocated = counter.getThreadAllocatedBytes(self) - before;

        assertEquals(0, found[0], "the text holds no valid number");
        // a few hundred bytes of slack for the counter call itself; 10 MB of text went through
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes for " + rounds * (long) text.length + " chars");
    }

    private static void feed(DetectionStream stream, char[] text) {
        stream.reset();
        for (int off = 0; off < text.length; off += 8192) {
            stream.feed(text, off, Math.min(8192, text.length - off));
        }
        stream.finish();
    }
}
