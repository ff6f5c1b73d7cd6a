package no.datakart.core.report.datamap;

import static no.datakart.core.report.datamap.TestShare.NORDBY;
import static no.datakart.core.report.datamap.TestShare.NOW;
import static no.datakart.core.report.datamap.TestShare.SHARE;
import static no.datakart.core.report.datamap.TestShare.SOLVIK;
import static no.datakart.core.report.datamap.TestShare.daysAgo;
import static no.datakart.core.report.datamap.TestShare.part;
import static no.datakart.core.report.datamap.TestShare.yearsAgo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.datakart.core.FailureReason;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.Language;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/** The data map's JSON and CSV, read back and held against what the index holds, counted again plainly here. */
class DataMapWritersTest {
    @TempDir
    Path tmp;

    /** A share of every kind of place: departments, the root, archives, old files, children, another tenant. */
    private static TestShare share(Path dir) throws Exception {
        return new TestShare(dir)
                .file(NORDBY, "helse/2024/journal.docx", "helse og omsorg", daysAgo(20),
                        part().persons("a", "b").found(IdentifierType.TELEFON, 2).words(Category.HELSE))
                .file(NORDBY, "helse/gammel/journal.doc", "helse og omsorg", yearsAgo(11, 0), part().persons("a").words(Category.HELSE))
                .archive(NORDBY, "oppvekst/2019.zip", "oppvekst", yearsAgo(6, 0), Map.of(
                        "/elever.xlsx", part().persons("c", "d", "e").children(3).words(Category.OPPLAERING),
                        "/foreldre.xlsx", part().persons("f").found(IdentifierType.EPOST, 1).found(IdentifierType.ADRESSE, 1),
                        "/kryptert.docx", part().failed(FailureReason.ENCRYPTED)))
                .file(NORDBY, "oppvekst/konto.xlsx", "oppvekst", yearsAgo(2, 0), part().found(IdentifierType.KONTONUMMER, 4).persons("c"))
                .file(NORDBY, "innkjøp.txt", "", daysAgo(2), part().found(IdentifierType.ORGANISASJONSNUMMER, 9))
                .file(NORDBY, "rot.txt", "", daysAgo(2), part().found(IdentifierType.KJENNEMERKE, 1))
                .file(SOLVIK, "helse/journal.docx", "helse", daysAgo(2), part().persons("a", "z").words(Category.HELSE));
    }

    /** What a row should hold, counted from the index's parts with plain collections. */
    private record Expected(int documents, int findings, Set<Long> persons, int children) {
    }

    private static Map<RowKey, Expected> expected(TestShare share) throws Exception {
        List<IndexedPart> parts = new ArrayList<>();
        share.index.forEachPart(NORDBY, parts::add);
        Map<RowKey, Expected> out = new HashMap<>();
        for (IndexedPart p : parts) {
            for (DataCategory c : DataCategory.values()) {
                if (!c.holds(p)) continue;
                int findings = 0;
                for (var e : p.counts().entrySet()) {
                    if (c.types().isEmpty() ? e.getKey().isPerson() : c.types().contains(e.getKey())) findings += e.getValue();
                }
                int slash = p.item().indexOf('/');
                RowKey k = new RowKey(c, p.source(), p.department(), slash < 0 ? "" : p.item().substring(0, slash));
                Expected was = out.getOrDefault(k, new Expected(0, 0, Set.of(), 0));
                Set<Long> persons = new HashSet<>(was.persons());
                for (long h : p.personHashes()) persons.add(h);
                out.put(k, new Expected(was.documents() + 1, was.findings() + findings, persons,
                        was.children() + (p.children() > 0 ? 1 : 0)));
            }
        }
        return out;
    }

    @Test
    void theJsonHoldsWhatTheIndexHoldsWithTheDposColumns() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            Path purposesFile = tmp.resolve("nordby-datamap-purposes.csv");
            PurposesFile.merge(purposesFile, map);
            Sheets sheet = Sheets.read(purposesFile);
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Formål", "Helsehjelp");
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Behandlingsgrunnlag", "GDPR art. 9(2)(h)");
            sheet.rows.add(new ArrayList<>(List.of("RELIGION", "", "", SHARE, "kultur", "kultur", "Trossamfunn", "", "", "",
                    "", "", "", "", "2025-01-01", "2025-06-01", "")));  // a key no longer found
            sheet.addColumn("Ansvarlig");
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Ansvarlig", "Kommuneoverlegen");
            sheet.saveAsExcel(purposesFile);
            Purposes purposes = PurposesFile.merge(purposesFile, map);
            Path file = tmp.resolve("out/nordby-datamap.json");
            DataMapJson.write(file, map, purposes);

            JsonNode json = new ObjectMapper().readTree(file.toFile());
            assertEquals("nordby", json.get("tenant").asText());
            assertEquals(NOW.toString(), json.get("generated").asText());
            assertEquals("nb", json.get("language").asText());
            assertTrue(json.get("notes").get("persons").asText().contains("anslag"));
            assertEquals(9, json.get("coverage").get("documents").asLong(), "nordby's 6 files, the zip's 3 members");
            assertEquals(1, json.get("coverage").get("unreadable").asLong());

            Map<RowKey, Expected> expected = expected(share);
            assertEquals(expected.size(), json.get("rows").size());
            for (JsonNode r : json.get("rows")) {
                RowKey k = new RowKey(DataCategory.valueOf(r.get("category").asText()), r.get("source").asText(),
                        r.get("department").asText(), r.get("topFolder").asText());
                Expected e = expected.get(k);
                assertEquals(e.documents(), r.get("counts").get("documents").asInt(), k.toString());
                assertEquals(e.findings(), r.get("counts").get("findings").asInt(), k.toString());
                assertEquals(e.persons().size(), r.get("counts").get("persons").asInt(), k.toString());
                assertEquals(e.children(), r.get("counts").get("documentsWithChildren").asInt(), k.toString());
                long byAge = 0;
                for (AgeBucket b : AgeBucket.values()) byAge += r.get("counts").get("byAge").get(b.name()).asLong();
                assertEquals(e.documents(), byAge, k.toString());
            }
            JsonNode health = find(json.get("rows"), "HEALTH");
            assertEquals("Helseopplysninger", health.get("label").asText());
            assertEquals("SPECIAL", health.get("protection").asText());
            assertEquals("Helsehjelp", health.get("processing").get("purpose").asText());
            assertEquals("GDPR art. 9(2)(h)", health.get("processing").get("legalBasis").asText());
            assertEquals("2026-11-23", health.get("lastFound").asText());
            assertEquals(yearsAgo(11, 0).toString(), health.get("counts").get("oldest").asText());
            assertEquals(1, health.get("counts").get("byAge").get("OVER_10").asInt());

            assertEquals("Ansvarlig", json.get("extraColumns").get(0).asText());
            assertEquals("Kommuneoverlegen", health.get("extra").get(0).asText());
            assertEquals("", find(json.get("rows"), "CHILDREN").get("extra").get(0).asText());

            Path csv = tmp.resolve("out/nordby-datamap.csv");
            DataMapCsv.write(csv, map, purposes);
            Sheets table = Sheets.read(csv);
            List<String> healthRow = table.row("Nivå", "Sted", "Kategorinøkkel", "HEALTH");
            assertEquals("Helsehjelp", table.get(healthRow, "Formål"));
            assertEquals("Kommuneoverlegen", table.get(healthRow, "Ansvarlig"));
            for (List<String> r : table.rows) assertEquals(table.header().size(), r.size(), r.toString());

            JsonNode gone = json.get("notFound");
            assertEquals(1, gone.size());
            assertEquals("RELIGION", gone.get(0).get("category").asText());
            assertEquals("Trossamfunn", gone.get(0).get("processing").get("purpose").asText());
            assertEquals("2025-06-01", gone.get(0).get("lastFound").asText());
            assertTrue(gone.get(0).get("counts").isNull());

            JsonNode ids = find(json.get("categories"), "IDENTITY_NUMBERS");
            assertEquals(6, ids.get("total").get("persons").asInt(), "a b c d e f, each once across places; not solvik's z");
            assertEquals(5, ids.get("total").get("documents").asInt());
            assertFalse(ids.get("special").asBoolean());
            assertTrue(find(json.get("categories"), "CRIMINAL").get("special").asBoolean());
            assertEquals(DataCategory.values().length, json.get("categories").size());
            assertEquals(6, json.get("overall").get("persons").asInt());
            assertEquals(6, json.get("overall").get("documents").asInt(), "not the zip itself, the locked one, the organisation numbers'");
        }
    }

    private static JsonNode find(JsonNode array, String category) {
        for (JsonNode n : array) if (n.get("category").asText().equals(category)) return n;
        throw new AssertionError("no " + category);
    }

    @Test
    void theCsvHoldsWhatTheIndexHoldsAsExcelOpensIt() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            Path file = tmp.resolve("nordby-datamap.csv");
            DataMapCsv.write(file, map, Purposes.NONE);

            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFNivå;Kategorinøkkel;Kategori;Vern;Kilde;Avdeling;Toppmappe;Dokumenter;Funn;"
                                       + "Personer (anslag);Anslaget er et minimum;Dokumenter med barns identitetsnummer;"
                                       + "Sist endret: Under 1 år;Sist endret: 1–3 år;"), text);
            assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF only");

            Sheets sheet = Sheets.read(file);
            Map<RowKey, Expected> expected = expected(share);
            List<List<String>> places = sheet.where("Nivå", "Sted");
            assertEquals(expected.size(), places.size());
            for (List<String> r : places) {
                String department = sheet.get(r, "Avdeling");
                String folder = sheet.get(r, "Toppmappe");
                RowKey k = new RowKey(DataCategory.valueOf(sheet.get(r, "Kategorinøkkel")), sheet.get(r, "Kilde"),
                        department.equals("(ingen avdeling)") ? "" : department, folder.equals("(rot)") ? "" : folder);
                Expected e = expected.get(k);
                assertEquals(Integer.toString(e.documents()), sheet.get(r, "Dokumenter"), k.toString());
                assertEquals(Integer.toString(e.findings()), sheet.get(r, "Funn"), k.toString());
                assertEquals(Integer.toString(e.persons().size()), sheet.get(r, "Personer (anslag)"), k.toString());
                assertEquals(Integer.toString(e.children()), sheet.get(r, "Dokumenter med barns identitetsnummer"), k.toString());
            }
            List<String> vehicle = sheet.row("Nivå", "Sted", "Kategorinøkkel", "VEHICLE");
            assertEquals("(ingen avdeling)", sheet.get(vehicle, "Avdeling"));
            assertEquals("(rot)", sheet.get(vehicle, "Toppmappe"));
            assertEquals(LocalDate.ofInstant(daysAgo(2), ZoneOffset.UTC).toString(), sheet.get(vehicle, "Nyeste endring"));

            List<String> ids = sheet.row("Nivå", "Kategorien i alt", "Kategorinøkkel", "IDENTITY_NUMBERS");
            assertEquals("6", sheet.get(ids, "Personer (anslag)"), "distinct across places");
            assertEquals("(alle steder)", sheet.get(ids, "Kilde"));
            assertEquals("1", sheet.get(ids, "Sist endret: Over 10 år"));
            assertEquals("0", sheet.get(sheet.row("Nivå", "Kategorien i alt", "Kategorinøkkel", "RELIGION"), "Dokumenter"));
            assertEquals("6", sheet.get(sheet.row("Nivå", "Alle personopplysninger"), "Personer (anslag)"));
            assertEquals(1 + DataCategory.values().length + places.size() + 1, sheet.rows.size(), "heading, totals, places, all");
            for (List<String> r : sheet.rows) assertEquals(sheet.header().size(), r.size(), r.toString());
        }
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaStartsWithAnApostrophe() throws Exception {
        try (TestShare share = new TestShare(tmp.resolve("index"))) {
            share.file(NORDBY, "=HYPERLINK(\"x\")/a.txt", "+47", daysAgo(1), part().persons("a"))
                    .file(NORDBY, "@sum/b.txt", "-", daysAgo(1), part().persons("b"));
            Path file = tmp.resolve("map.csv");
            DataMapCsv.write(file, share.map(NORDBY), Purposes.NONE);

            Sheets sheet = Sheets.read(file);
            assertEquals("'+47", sheet.get(sheet.row("Toppmappe", "'=HYPERLINK(\"x\")"), "Avdeling"));
            assertEquals("'-", sheet.get(sheet.row("Toppmappe", "'@sum"), "Avdeling"));
            for (List<String> r : sheet.rows) for (String cell : r) {
                assertFalse(cell.matches("^[=+\\-@\t\r].*"), cell);
            }
        }
    }

    @Test
    void inEnglishTheLabelsAreEnglishAndTheKeysTheSame() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = DataMap.of(share.index, TestShare.context(NORDBY, NOW, Language.EN));
            Path csv = tmp.resolve("map.csv");
            Path json = tmp.resolve("map.json");
            DataMapCsv.write(csv, map, Purposes.NONE);
            DataMapJson.write(json, map, Purposes.NONE);

            Sheets sheet = Sheets.read(csv);
            List<String> vehicle = sheet.row("Level", "Place", "Category key", "VEHICLE");
            assertEquals("Vehicles (registration plates)", sheet.get(vehicle, "Category"));
            assertEquals("(root)", sheet.get(vehicle, "Top folder"));
            assertEquals("1", sheet.get(vehicle, "Last modified: Under 1 year"));
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            assertEquals("en", root.get("language").asText());
            assertEquals("Criminal convictions and offences (art. 10)",
                    find(root.get("categories"), "CRIMINAL").get("protectionLabel").asText());
        }
    }

    @Test
    void theReportWritesItsThreeFilesAndNoneWhenTheDposFileCannotBeRead() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            Path dir = tmp.resolve("reports");
            DataMapReport.Written files = DataMapReport.write(share.index, TestShare.context(NORDBY), dir);
            assertEquals(dir.resolve("nordby-datamap.json"), files.json());
            assertEquals(dir.resolve("nordby-datamap.csv"), files.csv());
            assertEquals(dir.resolve("nordby-datamap-purposes.csv"), files.purposes());
            DataMapReport.write(share.index, TestShare.context(NORDBY), dir);
            Path backup = dir.resolve("nordby-datamap-purposes.csv.bak");
            assertArrayEquals(Files.readAllBytes(files.purposes()), Files.readAllBytes(backup), "the same map twice");
            try (var list = Files.list(dir)) {
                assertEquals(4, list.count(), "three files and the backup, no temporary one");
            }

            byte[] backedUp = Files.readAllBytes(backup);
            Files.writeString(files.purposes(), "Kategorinøkkel;Kilde\r\n\"HEALTH;x\r\n");
            Files.delete(files.json());
            assertThrows(PurposesFileException.class, () -> DataMapReport.write(share.index, TestShare.context(NORDBY), dir));
            assertFalse(Files.exists(files.json()), "no map without the DPO's words");
            assertArrayEquals(backedUp, Files.readAllBytes(backup), "the backup is not overwritten by the broken file");
        }
    }
}
