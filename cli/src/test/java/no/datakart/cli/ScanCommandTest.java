package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.patterns.fnr.FnrGenerator;

/** {@code datakart scan} and {@code status} on a real folder and data directory, as a user runs them. */
class ScanCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scanThenRescanThenStatusAndNoNumberInTheOutputOrTheDataDirectory() throws Exception {
        String fnr = new FnrGenerator(new Random(17)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        Path share = Files.createDirectories(tmp.resolve("share/barnevern"));
        Files.writeString(share.resolve("melding.txt"), "Bekymringsmelding. Fødselsnummer: " + fnr + "\n");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("2019/liste.csv"));
            z.write(("Navn;Kontonr\nKari;8601.11.17947\n").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(share.resolve("gamalt.zip"), zip.toByteArray());
        String data = tmp.resolve("data").toString();
        String tree = tmp.resolve("share").toString();

        Run first = Run.of("scan", "--tenant", "nordby", "--data", data, tree);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("(run 1): 2 items, 2 read (2 new, 0 changed), 0 unchanged, 0 removed"), first.out());
        assertTrue(first.err().contains("progress: 2/2 items read, 0 unchanged"), "a plain last line: " + first.err());
        Run again = Run.of("scan", "--tenant", "nordby", "--data", data, "--progress", "none", tree);
        assertTrue(again.out().contains("(run 2): 2 items, 0 read (0 new, 0 changed), 2 unchanged"), again.out());
        assertFalse(again.err().contains("progress"), again.err());

        Run status = Run.of("status", "--tenant", "nordby", "--data", data, "--json");
        assertEquals(0, status.exit(), status.err());
        JsonNode s = new ObjectMapper().readTree(status.out());
        assertEquals(3, s.get("parts").asInt(), "the text file, the zip, its member");
        assertEquals(2, s.get("items").asInt());
        assertEquals(2, s.get("itemsWithFindings").asInt());
        assertEquals(2, s.get("runs").size());
        assertEquals(2, s.get("runs").get(0).get("added").asInt());
        assertEquals(2, s.get("runs").get(1).get("unchanged").asInt());
        assertTrue(s.get("runs").get(1).get("finished").asText().startsWith("20"), s.toString());
        assertEquals(1, s.get("partsWith").get("FODSELSNUMMER").asInt());
        assertEquals(1, s.get("partsWith").get("KONTONUMMER").asInt(), "the member, under its column header");
        assertEquals(0, Run.of("status", "--tenant", "solvik", "--data", data, "--json").exit());

        for (Run r : new Run[] {first, again, status}) assertFalse((r.out() + r.err()).contains(fnr), "console output");
        try (var files = Files.walk(tmp.resolve("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(fnr), f.toString());
            }
        }
    }

    @Test
    void aConfigurationScansEachTenantsSourcesWithTheirDepartmentsAndSkipsAShareThatIsNotThere() throws Exception {
        Path nordby = Files.createDirectories(tmp.resolve("nordby/Helse/2024"));
        Files.writeString(nordby.resolve("journal.txt"), "Kontonr: 8601.11.17947");
        Files.createDirectories(tmp.resolve("nordby/Skule"));
        Files.writeString(tmp.resolve("nordby/Skule/elevar.txt"), "Elevliste utan nummer.");
        Files.writeString(tmp.resolve("nordby/Skule/~$elevar.txt"), "Ei låsefil frå Word.");
        Path config = tmp.resolve("datakart.yml");
        Files.writeString(config, String.join("\n",
                "data: data",
                "workers: 2",
                "exclude: ['**/~$*']",
                "tenants:",
                "  - id: nordby",
                "    sources:",
                "      - id: felles",
                "        path: nordby",
                "        departments:",
                "          helse: Helse og omsorg",
                "          '': Fellestenester",
                "  - id: solvik",
                "    sources:",
                "      - id: felles",
                "        path: solvik-ikkje-montert",
                ""));
        Run run = Run.of("scan", "--config", config.toString(), "--progress", "none");
        assertEquals(1, run.exit(), "one source could not be scanned");
        assertTrue(run.out().contains("for nordby (run 1): 2 items, 2 read"), run.out());
        assertTrue(run.err().contains("solvik/felles: no such folder (not mounted?)"), run.err());
        try (var index = new no.datakart.core.index.FindingsIndex(tmp.resolve("data/index"))) {
            String source = new no.datakart.core.source.LocalTreeSource(tmp.resolve("nordby"), java.util.List.of()).id();
            no.datakart.core.Tenant t = new no.datakart.core.Tenant("nordby");
            assertEquals("Helse og omsorg", index.part(t, source, "Helse/2024/journal.txt").get("department"), "case-insensitive prefix");
            assertEquals("Fellestenester", index.part(t, source, "Skule/elevar.txt").get("department"));
            assertEquals(null, index.part(t, source, "Skule/~$elevar.txt"), "excluded");
        }
        Run onlyNordby = Run.of("scan", "--config", config.toString(), "--tenant", "nordby", "--progress", "none");
        assertEquals(0, onlyNordby.exit(), onlyNordby.err());
        assertTrue(onlyNordby.out().contains("(run 2): 2 items, 0 read"), onlyNordby.out());
        Run bad = Run.of("scan", "--config", tmp.resolve("nordby/Skule/elevar.txt").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("elevar.txt:1:"), bad.err());
    }

    @Test
    void badUsageAndMissingPlacesGetClearErrors() {
        Run badTenant = Run.of("scan", "--tenant", "Nordby!", "--data", tmp.toString(), tmp.toString());
        assertEquals(2, badTenant.exit());
        assertTrue(badTenant.err().contains("tenant id"), badTenant.err());
        Run noFolder = Run.of("scan", "--tenant", "nordby", "--data", tmp.resolve("d").toString(), tmp.resolve("finst-ikkje").toString());
        assertEquals(1, noFolder.exit());
        assertTrue(noFolder.err().contains("no such folder"), noFolder.err());
        Run noIndex = Run.of("status", "--tenant", "nordby", "--data", tmp.resolve("tom").toString());
        assertEquals(1, noIndex.exit());
        assertTrue(noIndex.err().contains("run datakart scan first"), noIndex.err());
    }
}
