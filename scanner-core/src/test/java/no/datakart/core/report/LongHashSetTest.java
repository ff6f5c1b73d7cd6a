package no.datakart.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LongHashSetTest {
    @Test
    void holdsWhatAHashSetHoldsZeroAndNegativesIncluded() {
        LongHashSet set = new LongHashSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // a narrow range half the time, so values come again; sequential values test the mixing
            long v = switch (i % 4) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt(50_000) - 25_000;
                case 2 -> (long) i << 32;
                default -> i / 2;
            };
            assertEquals(expected.add(v), set.add(v), "add " + v);
        }
        assertEquals(expected.size(), set.size());
        for (long v : expected) assertTrue(set.contains(v));
        for (int i = 0; i < 1000; i++) {
            long v = random.nextLong();
            assertEquals(expected.contains(v), set.contains(v));
        }
        assertTrue(set.contains(0));
        assertFalse(new LongHashSet().contains(0));
        assertEquals(0, new LongHashSet().size());
    }
}
