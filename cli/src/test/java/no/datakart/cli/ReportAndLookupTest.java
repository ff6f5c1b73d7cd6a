package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.datakart.cli.sample.SampleShare;
import no.datakart.patterns.fnr.FnrGenerator;

/**
 * The "done when", end to end through the command line: the sample share with one person's
 * generated number planted in three more places (one inside an archive) is scanned by worker processes,
 * {@code report} writes the tenant's reports, {@code lookup} finds exactly the three places and audits
 * itself without the number; another tenant holding the same person finds only its own; a rescan after
 * deletions shows them gone in the trend.
 */
class ReportAndLookupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void reportsAndALookUpOnTheSampleShareKeepTenantsApartAndFollowDeletions() throws Exception {
        String person = new FnrGenerator(new Random(77)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        Path share = tmp.resolve("share");
        SampleShare.generate(share, SampleShare.DEFAULT_SEED, SampleShare.DEFAULT_FILES);
        Files.writeString(share.resolve("NAV/Sosialhjelp/søknad-planta.txt"), "Søknad om sosialhjelp. Fødselsnummer: " + person);
        Files.write(share.resolve("Helse og omsorg/journal-planta.docx"), docx("Journal for pasient med fnr. " + person));
        Files.write(share.resolve("Arkiv/eldre-planta.zip"), zip("2015/vedtak.txt", "Vedtak. Fødselsnummer " + person));
        Path other = Files.createDirectories(tmp.resolve("solvik/Barnevern"));
        Files.writeString(other.resolve("melding.txt"), "Bekymringsmelding. Fødselsnummer " + person);
        Path data = tmp.resolve("data");

        Run scan = Run.of("scan", "--tenant", "eksempel", "--data", data.toString(), "--progress", "none", "--workers", "2",
                "--department=Helse og omsorg=Helse og omsorg", "--department=NAV=NAV", "--department=Arkiv=Dokumentsenteret",
                share.toString());
        assertEquals(0, scan.exit(), scan.err());
        Run solvik = Run.of("scan", "--tenant", "solvik", "--data", data.toString(), "--progress", "none", "--workers", "1",
                tmp.resolve("solvik").toString());
        assertEquals(0, solvik.exit(), solvik.err());

        Run report = Run.of("report", "--tenant", "eksempel", "--data", data.toString());
        assertEquals(0, report.exit(), report.err());
        Path reports = data.resolve("reports/eksempel");
        JsonNode hotspots = JSON.readTree(reports.resolve("eksempel-hotspots.json").toFile());
        assertEquals(303, hotspots.at("/totals/items").asInt(), "the 300 files and the three planted");
        assertFalse(Files.readString(reports.resolve("eksempel-hotspots.json")).contains("solvik") || Files.readString(reports.resolve("eksempel-hotspots.html")).contains("solvik"), "nothing of the other tenant");

        assertTrue(listed(reports.resolve("cleanup/nav.csv")).contains("NAV/Sosialhjelp/søknad-planta.txt"));
        assertTrue(listed(reports.resolve("cleanup/dokumentsenteret.csv")).contains("Arkiv/eldre-planta.zip"));
        assertFalse(listed(reports.resolve("cleanup/nav.csv")).stream().anyMatch(l -> !l.startsWith("NAV/")),
                "NAV's list holds only NAV's items");

        Run lookup = lookup(data, "eksempel", "120478 33270\n" + person.substring(0, 6) + " " + person.substring(6) + "\n");
        assertEquals(0, lookup.exit(), lookup.err());
        List<String> places = lookup.out().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertEquals(3, places.size(), lookup.out());
        assertTrue(places.get(0).startsWith("fs:" + share + "/Arkiv/eldre-planta.zip  inni: "), places.get(0));
        assertTrue(places.get(0).contains("vedtak.txt"), places.get(0));
        assertTrue(places.get(0).contains("avdeling Dokumentsenteret"), places.get(0));
        assertTrue(places.get(1).startsWith("fs:" + share + "/Helse og omsorg/journal-planta.docx  [application/vnd.openxmlformats"), places.get(1));
        assertTrue(places.get(2).startsWith("fs:" + share + "/NAV/Sosialhjelp/søknad-planta.txt  [text/plain"), places.get(2));
        assertTrue(lookup.out().contains("nummer 1 (120478 *****, linje 1): 0 steder"), lookup.out());
        assertTrue(lookup(data, "eksempel", person + "\n", "--lang", "en").out().contains("number 1 (")
                && lookup(data, "eksempel", person + "\n", "--lang", "en").out().contains("department Dokumentsenteret"),
                "English by option");
        assertFalse(lookup.out().contains(person), "the number is never printed");

        Run inSolvik = lookup(data, "solvik", person + "\n");
        assertEquals(0, inSolvik.exit(), inSolvik.err());
        List<String> solvikPlaces = inSolvik.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertEquals(1, solvikPlaces.size(), inSolvik.out());
        assertTrue(solvikPlaces.get(0).contains("Barnevern/melding.txt"), "only Solvik's own place");

        Run invalid = lookup(data, "eksempel", person.substring(0, 10) + "9\nabc\n");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().contains("line 1: not a valid fødselsnummer or D-nummer"), invalid.err());
        assertTrue(invalid.err().contains("line 2: not a number"), invalid.err());
        assertTrue(invalid.err().contains("nothing was looked up"), invalid.err());
        assertFalse(invalid.err().contains(person.substring(0, 10)), "the bad line is not echoed");

        List<String> audit = Files.readAllLines(data.resolve("audit/lookups.jsonl"));
        assertEquals(4, audit.size(), "four look-ups done (two in English); the refused one is not one");
        JsonNode first = JSON.readTree(audit.get(0));
        assertEquals("eksempel", first.get("tenant").asText());
        assertEquals("innsynskrav sak 2026/17", first.get("purpose").asText());
        assertEquals(2, first.get("numbers").asInt());
        assertEquals(3, first.get("hits").asInt());
        assertEquals(System.getProperty("user.name"), first.get("user").asText());
        assertFalse(String.join("\n", audit).contains(person) || String.join("\n", audit).contains(person.substring(0, 6)),
                "the audit log never holds the number");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("audit/lookups.jsonl"))));

        Run noPurpose = Run.withInput(new ByteArrayInputStream(person.getBytes()), "lookup", "--tenant", "eksempel",
                "--data", data.toString());
        assertEquals(2, noPurpose.exit(), "a look-up must say why");

        Files.delete(share.resolve("NAV/Sosialhjelp/søknad-planta.txt"));
        Files.delete(share.resolve("Arkiv/eldre-planta.zip"));
        Run rescan = Run.of("scan", "--tenant", "eksempel", "--data", data.toString(), "--progress", "none", "--workers", "2",
                "--department=Helse og omsorg=Helse og omsorg", "--department=NAV=NAV", "--department=Arkiv=Dokumentsenteret",
                share.toString());
        assertEquals(0, rescan.exit(), rescan.err());
        assertEquals(0, Run.of("report", "--tenant", "eksempel", "--data", data.toString(), "--lang", "en").exit());
        JsonNode trend = JSON.readTree(reports.resolve("eksempel-hotspots.json").toFile()).get("trend");
        assertEquals(2, trend.size());
        assertEquals(2, trend.get(1).get("removed").asInt(), "the two deleted files held findings");
        assertEquals(trend.get(0).get("withFindings").asInt() - 2, trend.get(1).get("withFindings").asInt());
        assertFalse(listed(reports.resolve("cleanup/nav.csv")).contains("NAV/Sosialhjelp/søknad-planta.txt"), "gone from the list");
        assertFalse(listed(reports.resolve("cleanup/dokumentsenteret.csv")).contains("Arkiv/eldre-planta.zip"));
        assertTrue(listed(reports.resolve("cleanup/helse-og-omsorg.csv")).contains("Helse og omsorg/journal-planta.docx"));
        Run after = lookup(data, "eksempel", person + "\n");
        assertEquals(1, after.out().lines().filter(l -> l.startsWith("  ")).count(), "only the journal is left: " + after.out());
    }

    @Test
    void aPurposesFileTheReportCannotReadIsNamedWithItsLineAndLeftAsItWas() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share/Helse"));
        Files.writeString(share.resolve("liste.txt"), "Fødselsnummer: " + new FnrGenerator(new Random(3))
                .nextString(FnrGenerator.allSpecs().get(0)));
        Path data = tmp.resolve("data");
        assertEquals(0, Run.of("scan", "--tenant", "nordby", "--data", data.toString(), "--progress", "none",
                "--department=Helse=Helse og omsorg", tmp.resolve("share").toString()).exit());
        assertEquals(0, Run.of("report", "--tenant", "nordby", "--data", data.toString()).exit());
        Path purposes = data.resolve("reports/nordby/nordby-datamap-purposes.csv");
        String broken = Files.readString(purposes) + "IDENTITY_NUMBERS;\"an unclosed quote;x\r\n";
        Files.writeString(purposes, broken);

        Run report = Run.of("report", "--tenant", "nordby", "--data", data.toString());
        assertEquals(1, report.exit());
        assertTrue(report.err().contains("nordby-datamap-purposes.csv"), report.err());
        assertTrue(report.err().contains("line"), report.err());
        assertEquals(broken, Files.readString(purposes), "the DPO's file as it was");
        assertTrue(Files.exists(data.resolve("reports/nordby/nordby-hotspots.html")), "the other reports are written");
    }

    @Test
    void aConfigurationsTenantsAreReportedEachApartWithTheirNamesAndDepartments() throws Exception {
        String person = new FnrGenerator(new Random(4)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        Files.createDirectories(tmp.resolve("nordby/helse"));
        Files.createDirectories(tmp.resolve("solvik/skule"));
        Files.writeString(tmp.resolve("nordby/helse/journal.txt"), "Journal. Fødselsnummer " + person);
        Files.writeString(tmp.resolve("solvik/skule/elevar.txt"), "Elev med fødselsnummer " + person);
        Path config = tmp.resolve("datakart.yml");
        Files.writeString(config, """
                data: data
                tenants:
                  - id: nordby
                    name: Nordby kommune
                    sources:
                      - id: felles
                        path: nordby
                        departments:
                          helse: Helse og omsorg
                          teknisk: Teknisk
                  - id: solvik
                    name: Solvik kommune
                    sources:
                      - id: felles
                        path: solvik
                        departments:
                          skule: Oppvekst
                """);
        assertEquals(0, Run.of("scan", "--config", config.toString(), "--progress", "none").exit());
        Run report = Run.of("report", "--config", config.toString());
        assertEquals(0, report.exit(), report.err());
        Path reports = tmp.resolve("data/reports");
        assertTrue(Files.readString(reports.resolve("nordby/nordby-hotspots.html")).contains("Nordby kommune"));
        assertTrue(Files.readString(reports.resolve("solvik/solvik-hotspots.html")).contains("Solvik kommune"));
        assertEquals(List.of("helse/journal.txt"), listed(reports.resolve("nordby/cleanup/helse-og-omsorg.csv")));
        assertEquals(List.of(), listed(reports.resolve("nordby/cleanup/teknisk.csv")), "a configured department with nothing");
        assertEquals(List.of("skule/elevar.txt"), listed(reports.resolve("solvik/cleanup/oppvekst.csv")));
        assertFalse(Files.exists(reports.resolve("solvik/cleanup/helse-og-omsorg.csv")), "no list of another tenant's");
        try (var files = Files.walk(reports.resolve("solvik"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".xlsx")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("helse") || text.contains("Nordby"), "nothing of Nordby in " + f);
            }
        }
        assertEquals(2, Run.of("report").exit(), "a tenant or a configuration is needed");
    }

    /** The locations a cleanup list's CSV holds (its first column), read as Excel would: BOM, ';'. */
    private static List<String> listed(Path csv) throws Exception {
        String text = Files.readString(csv);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        try (var parser = org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text.substring(1)))) {
            return parser.stream().map(r -> r.get(0)).toList();
        }
    }

    private static Run lookup(Path data, String tenant, String stdin, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("lookup", "--tenant", tenant, "--data", data.toString(),
                "--purpose", "innsynskrav sak 2026/17"));
        args.addAll(List.of(more));
        return Run.withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args.toArray(String[]::new));
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(text);
            d.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

}
