package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/** The labelled corpus read right, and the detectors measured on it. */
class EvaluateCommandTest {
    static final Path CORPUS = Path.of("..", "eval", "corpus");

    @Test
    void marksAreStrippedAndTheirSpansKept() {
        LabelledCorpus.Document d = LabelledCorpus.parse("t.txt", """
                %% kind: vedtak
                %% categories: helse opplæring
                %% marking: unntatt_offentlighet

                Fnr: [[FODSELSNUMMER|010190 12345]], bor i [[ADRESSE|Storgata 1
                0155 Oslo]].""");
        assertEquals("Fnr: 010190 12345, bor i Storgata 1\n0155 Oslo.", d.text());
        assertEquals(List.of(new LabelledCorpus.Label("FODSELSNUMMER", 5, 17), new LabelledCorpus.Label("ADRESSE", 25, 45)),
                d.labels());
        assertEquals(List.of("helse", "opplæring"), List.copyOf(d.categories()));
        assertTrue(d.marked());
    }

    @Test
    void aBrokenMarkNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.txt"), "%% kind: x\n\nFnr [[FODSELSNUMMER 010190]]", StandardCharsets.UTF_8);
        Run run = Run.of("evaluate", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.txt: a mark is [[TYPE|text]]"), run.err());
        assertEquals(1, Run.of("evaluate", dir.resolve("nowhere").toString()).exit());
    }

    /** Every detector over a labelled corpus of at least {@code documents} documents, at the floor MEDIUM. */
    private static Evaluation measure(Path dir, int documents) throws IOException {
        List<LabelledCorpus.Document> docs = LabelledCorpus.read(dir);
        assertTrue(docs.size() >= documents, "documents: " + docs.size());
        DetectorSettings settings = DetectorSettings.defaults().withReferenceDate(java.time.LocalDate.of(2026, 11, 23))
                .withMinConfidence(no.datakart.patterns.Confidence.MEDIUM);
        return Evaluation.run(docs, new DetectorSet(settings));
    }

    private static void atLeast(Evaluation e, String type, double precision, double recall) {
        Evaluation.Tally t = e.byType.get(type);
        assertTrue(t.precision() >= precision && t.recall() >= recall, type + "\n" + e.table());
    }

    @Test
    void theCorpusIsMeasured() throws IOException {
        Evaluation e = measure(CORPUS, 50);
        Evaluation.Tally family = e.byType.get(Evaluation.FAMILY);
        assertTrue(family.tp + family.fn >= 150, "labels of the family: " + (family.tp + family.fn));
        // issue 3's targets where the detectors exist; the rest is in the README's table, measured
        atLeast(e, Evaluation.FAMILY, 0.99, 0.99);
        for (String type : List.of("KONTONUMMER", "IBAN", "ORGANISASJONSNUMMER", "BETALINGSKORT")) atLeast(e, type, 0.95, 0);
        assertTrue(e.categoriesAgree >= 0.8 * e.documents, e.table());
        String printed = Run.of("evaluate", CORPUS.toString()).out();
        assertTrue(printed.startsWith("| type | labels |"), printed);
        assertTrue(printed.contains("| fødselsnummer family | 177 |"), printed);
    }

    /**
     * The held-out corpus, written without sight of the detectors; its misses were read once and the
     * general ones fixed (see the README), so its figures are floors against regressions now.
     */
    @Test
    void theHeldOutCorpusIsMeasured() throws IOException {
        Evaluation e = measure(CORPUS.resolveSibling("heldout"), 30);
        atLeast(e, Evaluation.FAMILY, 0.99, 0.99);
        for (String type : List.of("KONTONUMMER", "TELEFON", "EPOST")) atLeast(e, type, 0.95, 0.95);
        atLeast(e, "ADRESSE", 0.95, 0.90);
        assertTrue(e.categoriesAgree >= 0.85 * e.documents, e.table());
    }

    /** The second held-out corpus, measured blind and not read since: its first figures as floors. */
    @Test
    void theSecondHeldOutCorpusIsMeasured() throws IOException {
        Evaluation e = measure(CORPUS.resolveSibling("heldout2"), 30);
        atLeast(e, Evaluation.FAMILY, 0.99, 0.99);
        for (String type : List.of("TELEFON", "EPOST", "ADRESSE")) atLeast(e, type, 0.95, 0.95);
        atLeast(e, "KONTONUMMER", 0.95, 0.85);
        assertTrue(e.categoriesAgree >= 0.75 * e.documents, e.table());
    }
}
