package no.datakart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/** Each benchmark body runs once outside JMH, on the generated corpus and on a file. */
class FnrDetectorBenchmarkTest {

    static Blackhole hole() {
        return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    static FnrDetectorBenchmark state(String corpus) throws IOException {
        FnrDetectorBenchmark b = new FnrDetectorBenchmark();
        b.corpus = corpus;
        b.setup();
        return b;
    }

    @Test
    void generatedCorpus() throws IOException {
        // separate states, so both bodies scan the first slice
        FnrDetectorBenchmark forDetector = state("");
        FnrDetectorBenchmark forRegex = state("");
        assertEquals(FnrDetectorBenchmark.GENERATED_CHARS / FnrDetectorBenchmark.CHARS_PER_OP, forDetector.slices());
        int found = forDetector.detector(hole());
        assertTrue(found > 300, "findings in 1 MiB: " + found);
        assertEquals(found, forRegex.regexBaseline(hole()));
        // the next slice is another text
        forDetector.detector(hole());
        forRegex.regexBaseline(hole());
    }

    @Test
    void shortFileIsRepeatedToASlice(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.txt");
        String text = MunicipalCorpus.generate(5, 100_000);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FnrDetectorBenchmark forDetector = state(file.toString());
        FnrDetectorBenchmark forRegex = state(file.toString());
        assertEquals(1, forDetector.slices());
        int once = RegexBaselineTest.detector(text).size();
        int found = forDetector.detector(hole());
        // some ten copies; a number may be lost or gained at each seam
        double copies = (double) FnrDetectorBenchmark.CHARS_PER_OP / text.length();
        assertTrue(Math.abs(found - copies * once) < 0.05 * copies * once, "found " + found + ", once " + once);
        assertEquals(found, forRegex.regexBaseline(hole()));
        assertEquals(found, forDetector.detector(hole()), "the same slice again");
    }
}
