package no.datakart.core.report;

import static no.datakart.core.report.ReportFixture.NORDBY;
import static no.datakart.core.report.ReportFixture.SOLVIK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.datakart.core.FailureReason;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.report.hotspot.FolderStats;
import no.datakart.core.report.hotspot.HotspotReport;
import no.datakart.core.report.hotspot.RunTrend;
import no.datakart.patterns.IdentifierType;

class TenantReportsTest {
    @TempDir
    Path tmp;

    @Test
    void theHotspotReportCountsWhatTheIndexHoldsOfOneTenantOnly() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            f.scanSolvik(index);
            Path out = tmp.resolve("reports/nordby");
            HotspotReport r = TenantReports.write(index, f.context(index, NORDBY, Language.NB), out).hotspots();

            List<IndexedPart> parts = new java.util.ArrayList<>();
            index.forEachPart(NORDBY, parts::add);
            assertEquals(parts.size(), r.totals().documents());
            assertEquals(8 + 2, r.totals().documents(), "eight files and the zip's two members");
            assertEquals(parts.stream().filter(p -> p.findings() > 0).count(), r.totals().withFindings());
            assertEquals(parts.stream().mapToLong(IndexedPart::findings).sum(), r.totals().findings());
            assertEquals(1, r.totals().childDocuments(), "the pupil list");
            assertEquals(3, r.totals().persons(), "the shared person, the adult in three places, the child");
            assertEquals(1, r.totals().children());
            assertEquals(1, r.totals().failed());
            assertEquals(FailureReason.ENCRYPTED, r.coverage().failures().get(0).reason());
            assertEquals("helse/låst.docx", r.coverage().failures().get(0).location());

            FolderStats helse = r.folders().stream().filter(x -> x.folder().equals("helse")).findFirst().orElseThrow();
            assertEquals(6, helse.documents(), "journal, låst, pakke and its two members, gamle/2012: rolled up");
            assertEquals(3, helse.withFindings(), "journal, 2012, the zip's notat; the zip itself holds none of its own");
            assertEquals(1, helse.failed());
            assertEquals("helse", r.topByFindings().get(0).folder(), "the most findings");
            assertTrue(r.topByFindings().stream().noneMatch(x -> x.depth() == 0), "a source's top is not a hotspot");

            Map<AgeBucket, Integer> ages = new HashMap<>();
            r.ages().forEach(a -> ages.put(a.bucket(), a.withFindings()));
            assertEquals(1, ages.get(AgeBucket.OVER_10), "gamle/2012.docx");
            assertEquals(1, ages.get(AgeBucket.Y3_5), "the pupil list, 4 years");
            assertEquals(0, ages.get(AgeBucket.Y5_10), "plan.txt is 6 years old but holds nothing");

            assertTrue(r.types().stream().anyMatch(t -> t.type() == IdentifierType.FODSELSNUMMER && t.findings() >= 5));
            assertTrue(r.categories().stream().anyMatch(c -> c.category() == no.datakart.patterns.category.Category.HELSE));

            JsonNode json = new ObjectMapper().readTree(out.resolve("nordby-hotspots.json").toFile());
            assertEquals("nordby", json.get("tenant").asText());
            assertEquals(r.totals().documents(), json.at("/totals/documents").asInt());
            assertEquals(r.folders().size(), json.get("folders").size());

            String html = Files.readString(out.resolve("nordby-hotspots.html"));
            String all = html + Files.readString(out.resolve("nordby-hotspots.json"));
            assertFalse(all.contains("solvik-barnevern"), "nothing of the other tenant");
            assertFalse(all.contains(f.shared) || all.contains(f.nordbyOnly) || all.contains(f.child), "no number in clear");
            assertTrue(html.contains("&lt;img src=x onerror=console.error(7)&gt;"), "a file name is text, not markup");
            assertFalse(html.contains("<img"), "no markup from the index");
            assertTrue(html.contains("lang=\"nb\"") && html.contains("Hvor gamle"), "bokmål by default");
            assertFalse(html.contains("http://") || html.contains("https://"), "self-contained: nothing fetched");
        }
    }

    @Test
    void theDataMapCountsEachTenantsPersonsAndKeepsWhatTheDpoWrote() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            f.scanSolvik(index);
            Path nordby = tmp.resolve("reports/nordby");
            Path solvik = tmp.resolve("reports/solvik");
            TenantReports.write(index, f.context(index, NORDBY, Language.NB), nordby);
            TenantReports.write(index, f.context(index, SOLVIK, Language.NB), solvik);
            ObjectMapper json = new ObjectMapper();
            JsonNode map = json.readTree(nordby.resolve("nordby-datamap.json").toFile());
            assertEquals(3, map.at("/overall/persons").asInt(), "the shared person, the adult in three places, the child");
            for (JsonNode c : map.get("categories")) {
                if (c.get("category").asText().equals("CHILDREN")) assertEquals(1, c.at("/total/persons").asInt(), "one child");
            }
            assertEquals(1, json.readTree(solvik.resolve("solvik-datamap.json").toFile()).at("/overall/persons").asInt(),
                    "Solvik holds the shared person only");
            JsonNode helse = null;
            for (JsonNode row : map.get("rows")) {
                if (row.get("category").asText().equals("IDENTITY_NUMBERS") && row.get("topFolder").asText().equals("helse")) helse = row;
            }
            assertEquals(2, helse.at("/counts/persons").asInt(), "journal's person; the adult in 2012.docx and the zip, once");
            assertEquals("Helse og omsorg", helse.get("department").asText());
            String solvikFiles = Files.readString(solvik.resolve("solvik-datamap.json")) + Files.readString(solvik.resolve("solvik-datamap.csv"));
            assertFalse(solvikFiles.contains("helse") || solvikFiles.contains("Helse og omsorg"), "nothing of Nordby");

            // the DPO fills in a purpose; the next report keeps it
            Path purposes = nordby.resolve("nordby-datamap-purposes.csv");
            String filled = Files.readString(purposes).replaceFirst(
                    "(IDENTITY_NUMBERS;[^;]*;[^;]*;[^;]*;Helse og omsorg;helse;)", "$1Pasientjournal;GDPR art. 9(2)(h), pasientjournalloven");
            Files.writeString(purposes, filled);
            TenantReports.write(index, f.context(index, NORDBY, Language.NB), nordby);
            assertTrue(Files.readString(nordby.resolve("nordby-datamap.csv")).contains("Pasientjournal;GDPR art. 9(2)(h), pasientjournalloven"));
            assertTrue(Files.readString(purposes).contains("Pasientjournal"), "the DPO's file keeps it");
        }
    }

    private static HotspotReport.DepartmentList helse(HotspotReport r) {
        return r.departments().stream().filter(d -> d.department().equals("Helse og omsorg")).findFirst().orElseThrow();
    }

    @Test
    void aLookUpOfOnePersonFindsEveryPlaceInTheTenantAndNothingOfAnother() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            f.scanSolvik(index);
            String nordbyHash = new Pseudonymiser(f.keys, NORDBY).hash(f.nordbyOnly);
            assertEquals(List.of("helse/gamle/2012.docx", "helse/pakke.zip!/notat.txt", "okonomi/bilag.txt"),
                    index.partsHolding(NORDBY, nordbyHash).stream().map(IndexedPart::location).toList());
            IndexedPart inZip = index.partsHolding(NORDBY, nordbyHash).get(1);
            assertEquals("helse/pakke.zip", inZip.item());
            assertFalse(inZip.isItem(), "found inside the archive: " + inZip.path());
            assertEquals("Helse og omsorg", inZip.department());

            String inNordby = new Pseudonymiser(f.keys, NORDBY).hash(f.shared);
            String inSolvik = new Pseudonymiser(f.keys, SOLVIK).hash(f.shared);
            assertEquals(List.of("helse/journal.docx"), index.partsHolding(NORDBY, inNordby).stream().map(IndexedPart::location).toList());
            assertEquals(List.of("solvik-barnevern/melding.docx"),
                    index.partsHolding(SOLVIK, inSolvik).stream().map(IndexedPart::location).toList());
            assertEquals(List.of(), index.partsHolding(SOLVIK, inNordby), "Nordby's hash of the person finds nothing in Solvik");
            assertEquals(List.of(), index.partsHolding(NORDBY, inSolvik));
        }
    }

    @Test
    void aDepartmentNoLongerThereLosesItsOldListAndEveryDepartmentKnownGetsOne() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            Path dir = tmp.resolve("r");
            TenantReports.write(index, f.context(index, NORDBY, Language.NB), dir, java.util.Set.of("Teknisk"));
            assertTrue(Files.exists(dir.resolve("cleanup/oppvekst.csv")));
            assertTrue(Files.exists(dir.resolve("cleanup/teknisk.csv")), "a configured department with nothing: an empty list");
            assertTrue(Files.exists(dir.resolve("cleanup/uten-avdeling.csv")), "the items no rule covers");
            // the school folder gets another department: Oppvekst is gone from the index and the configuration
            no.datakart.core.scan.Scan moving = new no.datakart.core.scan.Scan(index, no.datakart.core.read.ItemReaders.inProcess(
                    new no.datakart.patterns.set.DetectorSet(no.datakart.patterns.DetectorSettings.defaults()),
                    new no.datakart.core.extract.Extractor(no.datakart.core.extract.Extractor.Limits.DEFAULT), f.keys),
                    new no.datakart.core.scan.Scan.Options(1, Long.MAX_VALUE,
                            l -> l.startsWith("skole/") ? "Skole" : ReportFixture.NORDBY_DEPARTMENTS.apply(l)));
            moving.run(NORDBY, f.nordbySource());
            HotspotReport moved = TenantReports.write(index, f.context(index, NORDBY, Language.NB), dir).hotspots();
            HotspotReport.DepartmentList oppvekst = moved.departments().stream()
                    .filter(d -> d.department().equals("Oppvekst")).findFirst().orElseThrow();
            assertEquals(0, oppvekst.items(), "once more, empty: its file left its list");
            assertEquals(1, oppvekst.before());
            assertFalse(Files.exists(dir.resolve("cleanup/teknisk.csv")), "no longer configured, nothing in the index");
            assertTrue(Files.exists(dir.resolve("cleanup/skole.xlsx")));
            assertEquals(1, moved.departments().stream().filter(d -> d.department().equals("Skole")).findFirst()
                    .orElseThrow().items());

            // every file of Helse og omsorg deleted: its list is there once more, empty, showing the change
            for (String gone : List.of("helse/journal.docx", "helse/gamle/2012.docx", "helse/pakke.zip", "helse/låst.docx")) {
                Files.delete(f.nordbyShare.resolve(gone));
            }
            moving.run(NORDBY, f.nordbySource());
            HotspotReport cleaned = TenantReports.write(index, f.context(index, NORDBY, Language.NB), dir).hotspots();
            HotspotReport.DepartmentList helse = helse(cleaned);
            assertEquals(0, helse.items());
            assertEquals(3, helse.before());
            assertTrue(Files.exists(dir.resolve("cleanup/helse-og-omsorg.csv")));
            assertFalse(Files.exists(dir.resolve("cleanup/oppvekst.csv")), "shown empty once, then gone: no stale list");
            assertFalse(Files.exists(dir.resolve("cleanup/oppvekst.xlsx")));
        }
    }

    @Test
    void aReportReadsTheLastCommitWhileTheIndexIsOpenForWriting() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex writing = f.index()) {
            f.scanNordby(writing); // committed at its end; the writer stays open, as a running scan's does
            try (FindingsIndex reading = FindingsIndex.readOnly(f.data.resolve("index"))) {
                HotspotReport r = TenantReports.write(reading, f.context(reading, NORDBY, Language.NB), tmp.resolve("r")).hotspots();
                assertEquals(10, r.totals().documents());
                assertEquals(1, r.trend().size());
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, reading::commit, "read only");
            }
        }
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> FindingsIndex.readOnly(tmp.resolve("nowhere")));
    }

    @Test
    void aRescanAfterDeletionsShowsThemResolvedAndRemovedInTheTrend() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            HotspotReport before = TenantReports.write(index, f.context(index, NORDBY, Language.EN), tmp.resolve("r")).hotspots();
            assertEquals(null, before.comparedWith(), "the first report has nothing to compare with");
            assertEquals(3, helse(before).items(), "journal, 2012.docx, pakke.zip");
            Files.delete(f.nordbyShare.resolve("helse/gamle/2012.docx"));
            Files.delete(f.nordbyShare.resolve("helse/pakke.zip"));
            Files.writeString(f.nordbyShare.resolve("okonomi/bilag.txt"), "Bilaget er anonymisert.");
            f.scanNordby(index);
            HotspotReport r = TenantReports.write(index, f.context(index, NORDBY, Language.EN), tmp.resolve("r")).hotspots();
            assertEquals(1, helse(r).items(), "the list shrank to the journal");
            assertEquals(3, helse(r).before(), "from three at the scan before");
            assertTrue(Files.readString(tmp.resolve("r/nordby-hotspots.html")).contains("−2"), "shown as a change");
            TenantReports.write(index, f.context(index, NORDBY, Language.EN), tmp.resolve("r")); // no scan since
            assertEquals(2, Files.readAllLines(tmp.resolve("r/nordby-history.jsonl")).size(), "one line per scan state");
            assertEquals(3, helse(TenantReports.write(index, f.context(index, NORDBY, Language.EN), tmp.resolve("r"))
                    .hotspots()).before(), "still compared with the scan before, not with itself");
            assertEquals(2, r.trend().size());
            RunTrend first = r.trend().get(0);
            RunTrend second = r.trend().get(1);
            assertEquals(6, first.withFindings(), "journal, 2012, pakke, elevliste, bilag, the phone number's file");
            assertEquals(2, second.removed(), "2012.docx and pakke.zip");
            assertEquals(1, second.resolved(), "bilag.txt");
            assertEquals(3, second.withFindings());
            assertTrue(Files.readString(tmp.resolve("r/nordby-hotspots.html")).contains("lang=\"en\""));
        }
    }
}
