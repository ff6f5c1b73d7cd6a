package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class DetectCommandTest {
    static final String FNR = "12047833270"; // generated test number (see samples/README.md)

    static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsStandardInputWithDashOrNothing() {
        for (String[] args : List.of(new String[] {"detect", "-"}, new String[] {"detect"})) {
            Run run = Run.withInput(utf8("Fnr: " + FNR + "\n"), args);
            assertEquals(0, run.exit(), run.err());
            List<JsonNode> f = run.lines();
            assertEquals(1, f.size());
            assertEquals("FODSELSNUMMER", f.get(0).get("type").asText());
            assertEquals("HIGH", f.get(0).get("confidence").asText());
            assertEquals(5, f.get(0).get("start").asInt());
            assertEquals(16, f.get(0).get("end").asInt());
            assertEquals(0.95, f.get(0).get("score").asDouble());
        }
    }

    @Test
    void offsetsAreUtf16CodeUnits() {
        // æ is one UTF-16 unit and two UTF-8 bytes; the emoji two units and four bytes
        String text = "Søknad fra 😀 fnr " + FNR;
        Run run = Run.withInput(utf8(text), "detect");
        assertEquals(text.indexOf(FNR), run.lines().get(0).get("start").asInt());
    }

    @Test
    void aDocumentIsReadThroughItsParserPartByPart(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("2019/gamal.txt")); // an old share's Windows-1252 text
            z.write(("Søknad om støtte. Fødselsnummer: " + FNR + "\n").getBytes("windows-1252"));
            z.putNextEntry(new java.util.zip.ZipEntry("side.html"));
            z.write("<html><body><p>Kontonr: 8601.11.17947</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("arkiv.zip");
        Files.write(file, zip.toByteArray());
        Run run = Run.of("detect", file.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = run.lines();
        JsonNode fnr = lines.stream().filter(l -> "FODSELSNUMMER".equals(l.path("type").asText())).findFirst().orElseThrow();
        assertEquals("/2019/gamal.txt", fnr.get("part").asText());
        JsonNode konto = lines.stream().filter(l -> "KONTONUMMER".equals(l.path("type").asText())).findFirst().orElseThrow();
        assertEquals("/side.html", konto.get("part").asText());
        JsonNode last = run.summary();
        assertEquals("document", last.get("summary").asText(), "the archive's own part ends last");
        assertEquals("application/zip", last.get("contentType").asText());
        assertEquals(2, run.all().stream().filter(l -> "part".equals(l.path("summary").asText())).count());
        assertTrue(!run.out().contains(FNR), "masked only");
    }

    @Test
    void missingFileGetsAClearErrorAndExitOne(@TempDir Path dir) {
        Run run = Run.of("detect", dir.resolve("nope.txt").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such file: " + dir.resolve("nope.txt")), run.err());
        assertEquals("", run.out());
        Run directory = Run.of("detect", dir.toString());
        assertEquals(1, directory.exit());
        assertTrue(directory.err().contains("is a directory"), directory.err());
    }

    @Test
    void unreadableFile(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), "fnr " + FNR);
        assertTrue(f.toFile().setReadable(false, false));
        try {
            if (Files.isReadable(f)) return; // root reads anything: nothing to test here
            Run run = Run.of("detect", f.toString());
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("permission denied"), run.err());
        } finally {
            f.toFile().setReadable(true, false);
        }
    }

    @Test
    void invalidUtf8IsReadWithReplacementsAndAWarning() {
        byte[] head = "fnr ".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head);
        b.write(0xF8);                         // never valid in UTF-8
        b.writeBytes((" " + FNR + " \u00e6").getBytes(StandardCharsets.UTF_8));
        b.write(0xC3);                         // a sequence cut off at the end
        Run run = Run.withInput(new ByteArrayInputStream(b.toByteArray()), "detect");
        assertEquals(0, run.exit());
        assertEquals(6, run.lines().get(0).get("start").asInt(), "the bad byte counts as one char");
        assertTrue(run.err().contains("not valid UTF-8: 2 byte sequence(s)"), run.err());
        assertTrue(run.err().contains("the first at byte 4"), run.err());
    }

    @Test
    void minConfidenceFiltersAndBadValuesAreUsageErrors() {
        // the account passes the fødselsnummer checks too: as a fødselsnummer it is LOW (its label says account)
        String text = "Kontonr: 27078123740. Fnr: " + FNR;
        String fnr = "--types=FODSELSNUMMER,D_NUMMER";
        assertEquals(2, Run.withInput(utf8(text), "detect", fnr, "--min-confidence", "LOW").lines().size());
        assertEquals(1, Run.withInput(utf8(text), "detect", fnr).lines().size());
        assertEquals(1, Run.withInput(utf8(text), "detect", fnr, "--min-confidence", "high").lines().size());
        List<JsonNode> all = Run.withInput(utf8(text), "detect").lines();
        assertEquals(List.of("KONTONUMMER", "FODSELSNUMMER"), all.stream().map(f -> f.get("type").asText()).toList());
        assertEquals(2, Run.withInput(utf8(text), "detect", "--types", "NONSENSE").exit());
        Run bad = Run.withInput(utf8(text), "detect", "--min-confidence", "SOMETIMES");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("expected one of [LOW, MEDIUM, HIGH]"), bad.err());
        assertEquals(2, Run.of().exit(), "no command");
    }

    @Test
    void emptyInputPrintsOnlyAnEmptySummary() {
        Run run = Run.withInput(utf8(""), "detect");
        assertEquals(0, run.exit());
        assertEquals(List.of(), run.lines());
        assertEquals(0, run.summary().get("words").asInt());
        assertEquals(0, run.summary().get("categories").size());
    }

    @Test
    void aNewerPostalRegisterFromBringInWindows1252(@TempDir Path dir) throws IOException {
        Path bring = dir.resolve("Postnummerregister-ansi.txt");
        Files.write(bring, "9991\tNYSTAD ØST\t5001\tTRONDHEIM\tG\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        String text = "Bor i Elvegata 3, 9991 Nystad Øst.";
        assertEquals(List.of(), Run.withInput(utf8(text), "detect").lines(), "the shipped snapshot has no 9991");
        List<JsonNode> found = Run.withInput(utf8(text), "detect", "--postnummer", bring.toString()).lines();
        assertEquals("ADRESSE", found.get(0).get("type").asText());
        assertEquals("*** 9991 NYSTAD ØST", found.get(0).get("masked").asText());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "postnummer\tpoststed\n12\tX\n", StandardCharsets.UTF_8);
        Run run = Run.withInput(utf8(text), "detect", "--postnummer", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.txt:2: expected a four-digit postnummer"), run.err());
    }

    @Test
    void theSummaryLineNamesTheCategoriesAndTheMarking() {
        String text = "Unntatt offentlighet, jf. offl. § 13\nSakkyndig vurdering frå PPT: eleven treng "
                      + "spesialundervisning og ein individuell opplæringsplan.";
        JsonNode summary = Run.withInput(utf8(text), "detect").summary();
        assertEquals("opplæring", summary.get("categories").get(0).asText(), summary::toString);
        assertTrue(summary.get("unntattOffentlighet").asBoolean());
        assertTrue(summary.get("categoryTerms").get("opplæring").get("hits").asInt() >= 3, summary::toString);
    }

    @Test
    void streamsALargeInput() {
        // 8 MB through the 64 KB decoding buffer: numbers straddle every buffer edge somewhere
        StringBuilder t = new StringBuilder();
        int n = 0;
        while (t.length() < 8_000_000) {
            t.append("Søknad nr. ").append(n).append(" fra fnr ").append(FNR).append(" æøå.\n");
            n++;
        }
        Run run = Run.withInput(utf8(t.toString()), "detect");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> found = run.lines();
        assertEquals(n, found.size());
        assertEquals(t.lastIndexOf(FNR), found.get(n - 1).get("start").asLong());
    }
}
