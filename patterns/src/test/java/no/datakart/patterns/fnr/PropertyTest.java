package no.datakart.patterns.fnr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.Finding;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.IdentifierType;

/**
 * Over a million generated numbers of every kind and both rules: each is valid as its kind, and the
 * detector finds each in text; a changed digit or two swapped neighbours are never found.
 */
class PropertyTest {
    static final int TOTAL = 1_100_000;
    static final int BATCH = 20_000;

    @Test
    void generatedNumbersAreFoundAsTheirKindAndMutationsNever() {
        List<FnrGenerator.Spec> specs = FnrGenerator.allSpecs();
        int perSpec = TOTAL / specs.size() + 1;
        SplittableRandom random = new SplittableRandom(20261123);
        FnrGenerator generator = new FnrGenerator(random);
        long numbers = 0;
        long mutants = 0;
        for (FnrGenerator.Spec spec : specs) {
            for (int done = 0; done < perSpec; done += BATCH) {
                int n = Math.min(BATCH, perSpec - done);
                long[] valid = new long[n];
                StringBuilder text = new StringBuilder(n * 20);
                StringBuilder mutated = new StringBuilder(n * 40);
                for (int i = 0; i < n; i++) {
                    long p = generator.next(spec);
                    valid[i] = p;
                    int v = FnrRules.verdict(p);
                    assertTrue(FnrRules.isValid(v), () -> spec + " generated an invalid number");
                    assertEquals(spec.type(), FnrRules.type(v), spec::toString);
                    assertEquals(spec.rule(), FnrRules.rule(v), spec::toString);
                    assertEquals(spec.synthetic(), FnrRules.synthetic(v), spec::toString);
                    assertEquals(spec.dayOffset(), FnrRules.dayOffset(v), spec::toString);
                    text.append("Fnr: ").append(FnrRules.unpack(p)).append('\n');

                    long changed = changeOneDigit(p, random);
                    long swapped = swapNeighbours(p, random);
                    assertEquals(0, FnrRules.verdict(changed), () -> spec + ": a changed digit passed");
                    mutated.append("Fnr: ").append(FnrRules.unpack(changed)).append('\n');
                    mutants++;
                    if (swapped != p) {
                        assertEquals(0, FnrRules.verdict(swapped), () -> spec + ": swapped digits passed");
                        mutated.append("fnr ").append(FnrRules.unpack(swapped)).append('\n');
                        mutants++;
                    }
                }
                List<Finding> found = FnrDetectorTest.DETECTOR.findAll(text);
                assertEquals(n, found.size(), spec::toString);
                for (int i = 0; i < n; i++) {
                    Finding f = found.get(i);
                    assertEquals(FnrRules.unpack(valid[i]), f.value());
                    assertEquals(spec.type(), f.type());
                    assertEquals(spec.rule(), ((FnrDetails) f.details()).rule());
                    assertEquals(spec.synthetic(), ((FnrDetails) f.details()).synthetic());
                }
                List<Finding> none = FnrDetectorTest.DETECTOR.findAll(mutated);
                assertEquals(List.of(), none, spec + ": mutated numbers were found");
                numbers += n;
            }
        }
        System.out.printf("property test: %,d numbers of %d kinds found, %,d mutants never%n", numbers, specs.size(),
                mutants);
        assertTrue(numbers >= 1_000_000, "numbers: " + numbers);
        assertTrue(mutants >= 1_900_000, "mutants: " + mutants);
        assertEquals(Arrays.stream(IdentifierType.values()).filter(IdentifierType::isFnrFamily).count(),
                specs.stream().map(FnrGenerator.Spec::type).distinct().count(), "every kind of the family");
    }

    /** One digit replaced by another. */
    static long changeOneDigit(long p, SplittableRandom r) {
        int at = r.nextInt(11);
        int shift = 4 * (10 - at);
        int old = (int) (p >>> shift) & 0xF;
        int d = (old + 1 + r.nextInt(9)) % 10;
        return (p & ~(0xFL << shift)) | ((long) d << shift);
    }

    /** Two adjacent digits swapped; the same number if they are equal. */
    static long swapNeighbours(long p, SplittableRandom r) {
        int at = r.nextInt(10);
        int sa = 4 * (10 - at);
        int sb = sa - 4;
        long a = (p >>> sa) & 0xF;
        long b = (p >>> sb) & 0xF;
        return (p & ~(0xFL << sa) & ~(0xFL << sb)) | (b << sa) | (a << sb);
    }

    @Test
    void everyKindIsCovered() {
        List<String> kinds = new ArrayList<>();
        for (FnrGenerator.Spec s : FnrGenerator.allSpecs()) kinds.add(s.toString());
        assertEquals(17, kinds.size(), kinds::toString);
    }
}
