package no.datakart.core.report.cleanup;

import static no.datakart.core.report.cleanup.ListFixture.DOCX_TYPE;
import static no.datakart.core.report.cleanup.ListFixture.XLSX_TYPE;
import static no.datakart.core.report.cleanup.ListFixture.csv;
import static no.datakart.core.report.cleanup.ListFixture.failed;
import static no.datakart.core.report.cleanup.ListFixture.hash;
import static no.datakart.core.report.cleanup.ListFixture.headings;
import static no.datakart.core.report.cleanup.ListFixture.item;
import static no.datakart.core.report.cleanup.ListFixture.oslo;
import static no.datakart.core.report.cleanup.ListFixture.part;
import static no.datakart.core.report.cleanup.ListFixture.sheet;
import static no.datakart.core.report.cleanup.ListFixture.workbook;
import static no.datakart.patterns.IdentifierType.ADRESSE;
import static no.datakart.patterns.IdentifierType.EPOST;
import static no.datakart.patterns.IdentifierType.FODSELSNUMMER;
import static no.datakart.patterns.IdentifierType.ORGANISASJONSNUMMER;
import static no.datakart.patterns.IdentifierType.TELEFON;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.ItemStatus;
import no.datakart.core.report.Labels;
import no.datakart.core.report.Language;
import no.datakart.core.report.ReportContext;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/** Cleanup lists written from a real index on disk and read back: XLSX with POI, CSV with Commons CSV. */
class CleanupListsTest {
    static final Tenant NORDBY = new Tenant("nordby");
    static final Tenant SOLVIK = new Tenant("solvik");
    static final String SHARE = "fs:/srv/felles";
    static final String HOME = "fs:/srv/hjemme";
    static final String HELSE = "Helse og omsorg";
    static final String OPPVEKST = "Oppvekst";
    static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    static final Map<String, Integer> LATEST = Map.of(SHARE, 3, HOME, 2);

    static final Labels NB = Labels.of("cleanup", Language.NB);
    static final Labels COMMON = Labels.of("common", Language.NB);

    @TempDir
    Path tmp;

    static Instant at(String t) {
        return Instant.parse(t);
    }

    /** Items in two departments and none, from two sources; expected actions beside them. */
    static final Map<String, SuggestedAction> ACTIONS = Map.of(
            "helse/journal.docx", SuggestedAction.ARCHIVE,
            "helse/gammel-liste.txt", SuggestedAction.DELETE,
            "helse/2024.zip", SuggestedAction.ARCHIVE,
            "oppvekst/elevliste.xlsx", SuggestedAction.MINIMISE,
            "oppvekst/register.txt", SuggestedAction.MINIMISE,
            "oppvekst/leverandører.txt", SuggestedAction.REVIEW,
            "felles/møtenotat.docx", SuggestedAction.REVIEW);

    private static void fill(FindingsIndex index, Tenant tenant) throws IOException {
        item(index, tenant, SHARE, "helse/journal.docx", HELSE, at("2026-01-10T08:15:00Z"), "kari", 3, 3,
                part("", DOCX_TYPE, Map.of(FODSELSNUMMER, 2, TELEFON, 1), Set.of(Category.HELSE), 0, 100));
        item(index, tenant, SHARE, "helse/gammel-liste.txt", HELSE, at("2018-05-01T10:00:00Z"), "ola", 1, 1,
                part("", "text/plain", Map.of(FODSELSNUMMER, 3)));
        item(index, tenant, SHARE, "helse/2024.zip", HELSE, at("2025-06-01T12:30:00Z"), "kari", 1, 3,
                part("", "application/zip", Map.of()),
                part("/a/liste.xlsx", XLSX_TYPE, Map.of(FODSELSNUMMER, 6), Set.of(), 2, 200),
                part("/b.docx", DOCX_TYPE, Map.of(EPOST, 1), Set.of(Category.BARNEVERN), 0, 300),
                part("/c.txt", "text/plain", Map.of()),
                failed("/låst.docx", FailureReason.ENCRYPTED, "password protected"));
        item(index, tenant, SHARE, "helse/kryptert.docx", HELSE, at("2024-02-02T09:00:00Z"), "ola", 2, 2,
                failed("", FailureReason.ENCRYPTED, "password protected"));
        item(index, tenant, SHARE, "oppvekst/elevliste.xlsx", OPPVEKST, at("2025-08-01T07:00:00Z"), "per", 2, 2,
                part("", XLSX_TYPE, Map.of(FODSELSNUMMER, 5, ADRESSE, 5), Set.of(), 5, 400));
        item(index, tenant, HOME, "oppvekst/register.txt", OPPVEKST, at("2026-03-03T13:00:00Z"), "per", 2, 2,
                part("", "text/plain", Map.of(TELEFON, 25)));
        item(index, tenant, SHARE, "oppvekst/leverandører.txt", OPPVEKST, at("2020-01-01T00:00:00Z"), "", 1, 1,
                part("", "text/plain", Map.of(ORGANISASJONSNUMMER, 3)));
        item(index, tenant, SHARE, "felles/møtenotat.docx", "", at("2026-10-01T10:00:00Z"), "anne", 3, 3,
                part("", DOCX_TYPE, Map.of(EPOST, 1)));
        item(index, tenant, SHARE, "felles/tom.txt", "", at("2026-10-01T10:00:00Z"), "anne", 3, 3,
                part("", "text/plain", Map.of()));
    }

    private static ReportContext context(Tenant tenant, Language language) {
        return new ReportContext(tenant, "Nordby kommune", NOW, language, LATEST);
    }

    private static CleanupLists lists(FindingsIndex index, Tenant tenant, Language language) throws IOException {
        CleanupLists lists = new CleanupLists(context(tenant, language));
        index.forEachPart(tenant, lists);
        return lists;
    }

    // ---- what the index holds, added up here independently of CleanupLists ----

    record Expected(String source, String location, String owner, Instant modified, long size, int findings,
                    Map<IdentifierType, Integer> counts, Set<Category> categories, boolean children, int inside,
                    int unread, ItemStatus status) {
    }

    /** The rows a department's list must hold, by what {@code forEachPart} gives, in the list's order. */
    static Map<String, List<Expected>> expected(FindingsIndex index, Tenant tenant) throws IOException {
        List<IndexedPart> parts = new ArrayList<>();
        index.forEachPart(tenant, parts::add);
        Map<String, List<IndexedPart>> byItem = parts.stream()
                .collect(Collectors.groupingBy(p -> p.source() + "|" + p.item()));
        Map<String, List<Expected>> out = new TreeMap<>();
        for (List<IndexedPart> item : byItem.values()) {
            IndexedPart own = item.stream().filter(IndexedPart::isItem).findFirst().orElseThrow();
            if (own.itemFindings() <= 0) continue;
            Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
            Set<Category> categories = EnumSet.noneOf(Category.class);
            int children = 0;
            for (IndexedPart p : item) {
                p.counts().forEach((t, n) -> counts.merge(t, n, Integer::sum));
                categories.addAll(p.categories());
                children += p.children();
            }
            assertEquals(own.itemFindings(), counts.values().stream().mapToInt(Integer::intValue).sum());
            int inside = (int) item.stream().filter(p -> !p.isItem() && p.findings() > 0).count();
            int unread = (int) item.stream().filter(IndexedPart::failed).count();
            out.computeIfAbsent(own.department(), d -> new ArrayList<>()).add(new Expected(own.source(), own.item(),
                    own.owner(), own.modified(), own.size(), own.itemFindings(), counts, categories, children > 0,
                    inside, unread, ItemStatus.of(own.firstRun(), own.run(), LATEST.get(own.source()))));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Expected::findings).reversed()
                .thenComparing(Expected::location)));
        return out;
    }

    /** A row as the workbook must show it, cell by heading. */
    static Map<String, Object> cells(Expected e, List<IdentifierType> types) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("Plassering", e.location());
        c.put("Kilde", e.source());
        c.put("Eier", e.owner().isEmpty() ? null : e.owner());
        c.put("Sist endret", oslo(e.modified()));
        c.put("Størrelse (byte)", e.size());
        c.put("Funn i alt", (long) e.findings());
        for (IdentifierType t : types) c.put(COMMON.of(t), (long) e.counts().getOrDefault(t, 0));
        c.put("Kategorier", e.categories().isEmpty() ? null
                : e.categories().stream().map(COMMON::of).collect(Collectors.joining(", ")));
        c.put("Barn", e.children() ? "Ja" : "Nei");
        c.put("Dokumenter inni med funn", (long) e.inside());
        c.put("Deler som ikke kunne leses", (long) e.unread());
        c.put("Status", COMMON.of(e.status()));
        c.put("Foreslått tiltak", NB.of(ACTIONS.get(e.location())));
        return c;
    }

    /** The same row as the CSV must show it. */
    static Map<String, String> csvCells(Map<String, Object> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> out.put(k, v == null ? "" : v instanceof LocalDateTime t
                ? t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) : v.toString()));
        return out;
    }

    static List<IdentifierType> types(List<Expected> rows) {
        Set<IdentifierType> t = EnumSet.noneOf(IdentifierType.class);
        rows.forEach(r -> t.addAll(r.counts().keySet()));
        return List.copyOf(t);
    }

    static <V> Map<String, V> only(Map<String, V> row, Set<String> keys) {
        Map<String, V> out = new LinkedHashMap<>();
        for (String k : keys) out.put(k, row.get(k));
        return out;
    }

    @Test
    void everyRowOfEveryDepartmentsListIsWhatTheIndexHoldsForThatDepartment() throws Exception {
        Path out = tmp.resolve("lists");
        Map<String, List<Expected>> expected;
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            expected = expected(index, NORDBY);
            written = lists(index, NORDBY, Language.NB).write(out);
        }
        assertEquals(Set.of(HELSE, OPPVEKST, ""), expected.keySet());
        assertEquals(List.of("", HELSE, OPPVEKST), written.stream().map(ListFiles::department).toList());
        assertEquals(List.of("uten-avdeling", "helse-og-omsorg", "oppvekst"), written.stream().map(ListFiles::slug).toList());
        int listed = 0;
        for (ListFiles files : written) {
            List<Expected> rows = expected.get(files.department());
            List<IdentifierType> types = types(rows);
            assertEquals(rows.size(), files.rows());
            try (XSSFWorkbook wb = workbook(files.xlsx())) {
                List<Map<String, Object>> sheet = sheet(wb.getSheetAt(0));
                assertEquals(rows.size(), sheet.size(), files.department());
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> want = cells(rows.get(i), types);
                    assertEquals(want, only(sheet.get(i), want.keySet()), files.department() + " row " + i);
                }
                // one column per identifier type in this department's list, no more
                Set<String> typeHeadings = new TreeSet<>();
                for (IdentifierType t : IdentifierType.values()) typeHeadings.add(COMMON.of(t));
                assertEquals(types.stream().map(COMMON::of).toList(),
                        headings(wb.getSheetAt(0)).stream().filter(typeHeadings::contains).toList());
            }
            ListFixture.Csv csv = csv(files.csv());
            assertEquals(rows.size(), csv.rows().size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> want = csvCells(cells(rows.get(i), types));
                assertEquals(want, only(csv.rows().get(i), want.keySet()), files.department() + " csv row " + i);
            }
            listed += rows.size();
        }
        assertEquals(7, listed, "every item with findings, on one list: the failed and the empty one on none");
    }

    @Test
    void theWorkbookHasABoldFrozenFilteredHeaderRealDatesNumbersAndWhatCouldNotBeRead() throws Exception {
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            written = lists(index, NORDBY, Language.NB).write(tmp.resolve("lists"));
        }
        ListFiles helse = written.stream().filter(f -> f.department().equals(HELSE)).findFirst().orElseThrow();
        assertEquals(tmp.resolve("lists/helse-og-omsorg.xlsx"), helse.xlsx());
        try (XSSFWorkbook wb = workbook(helse.xlsx())) {
            assertEquals(List.of("Opprydding", "Ikke lest"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            assertEquals("Oppryddingsliste – Helse og omsorg – Nordby kommune",
                    wb.getProperties().getCoreProperties().getTitle());
            XSSFSheet list = wb.getSheetAt(0);
            var pane = list.getPaneInformation();
            assertNotNull(pane, "a frozen pane");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "the header row stays in view");
            assertEquals(0, pane.getVerticalSplitPosition());
            String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(headings(list).size() - 1);
            assertEquals("A1:" + lastColumn + "4", list.getCTWorksheet().getAutoFilter().getRef(), "header and 3 rows");
            for (var cell : list.getRow(0)) {
                Font font = wb.getFontAt(cell.getCellStyle().getFontIndex());
                assertTrue(font.getBold(), cell.getStringCellValue() + " is bold");
            }
            List<String> h = headings(list);
            var first = list.getRow(1);
            var modified = first.getCell(h.indexOf("Sist endret"));
            assertEquals(CellType.NUMERIC, modified.getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(modified), "an Excel date");
            assertEquals("yyyy-mm-dd hh:mm", modified.getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, first.getCell(h.indexOf("Størrelse (byte)")).getCellType());
            assertEquals(CellType.NUMERIC, first.getCell(h.indexOf("Fødselsnummer")).getCellType());
            for (int i = 0; i < h.size(); i++) {
                assertTrue(list.getColumnWidth(i) >= 8 * 256 && list.getColumnWidth(i) <= 60 * 256, h.get(i));
            }
            assertTrue(list.getColumnWidth(h.indexOf("Begrunnelse")) > list.getColumnWidth(h.indexOf("Barn")),
                    "widths follow the content");

            XSSFSheet unread = wb.getSheetAt(1);
            assertEquals(List.of("Plassering", "Kilde", "Eier", "Sist endret", "Størrelse (byte)", "Årsak", "Detaljer"),
                    headings(unread));
            assertEquals(1, unread.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:G3", unread.getCTWorksheet().getAutoFilter().getRef());
            List<Map<String, Object>> rows = sheet(unread);
            assertEquals(List.of("helse/2024.zip!/låst.docx", "helse/kryptert.docx"),
                    rows.stream().map(r -> r.get("Plassering")).toList());
            assertEquals("Kryptert", rows.get(1).get("Årsak"));
            assertEquals("password protected", rows.get(1).get("Detaljer"));
            assertEquals(oslo(at("2024-02-02T09:00:00Z")), rows.get(1).get("Sist endret"));
        }
        assertEquals(2, helse.unread());
        ListFixture.Csv unreadCsv = csv(helse.unreadCsv());
        assertEquals(tmp.resolve("lists/helse-og-omsorg.ikke-lest.csv"), helse.unreadCsv());
        assertEquals(List.of("helse/2024.zip!/låst.docx", "helse/kryptert.docx"),
                unreadCsv.rows().stream().map(r -> r.get("Plassering")).toList());
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkSemicolonsAndCrlf() throws Exception {
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            written = lists(index, NORDBY, Language.NB).write(tmp.resolve("lists"));
        }
        Path file = tmp.resolve("lists/uten-avdeling.csv");
        assertEquals(file, written.getFirst().csv());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertEquals(3, lines.length, "header, one row, and the CRLF that ends it");
        assertEquals("", lines[2]);
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertTrue(lines[0].startsWith("Plassering;Kilde;Eier;Sist endret;Alder;Størrelse (byte);Funn i alt;E-postadresse;"),
                lines[0]);
        assertTrue(lines[1].startsWith("felles/møtenotat.docx;fs:/srv/felles;anne;2026-10-01 12:00;Under 1 år;"),
                "æøå in UTF-8, the date in Norwegian summer time: " + lines[1]);
        // read back whole by Commons CSV: a sentence with commas and a colon in one field
        Map<String, String> row = csv(file).rows().getFirst();
        assertEquals("Få identifikatorer: vurder om filen trengs. Slett den om ikke, flytt den ellers dit den hører hjemme.",
                row.get("Begrunnelse"));
        assertEquals("Vurder", row.get("Foreslått tiltak"));
    }

    @Test
    void aZipIsOneRowThatNamesTheDocumentsInsideWithFindings() throws Exception {
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            item(index, NORDBY, SHARE, "oppvekst/arkiv.zip", OPPVEKST, at("2026-05-05T05:05:00Z"), "per", 3, 3,
                    part("", "application/zip", Map.of()),
                    part("/1.txt", "text/plain", Map.of(EPOST, 1), Set.of(), 0, 10),
                    part("/2.txt", "text/plain", Map.of(EPOST, 2), Set.of(), 0, 20),
                    part("/3.txt", "text/plain", Map.of(EPOST, 3), Set.of(), 0, 30),
                    part("/inner.zip!/4.docx", DOCX_TYPE, Map.of(TELEFON, 4), Set.of(), 0, 40),
                    part("/5.txt", "text/plain", Map.of(EPOST, 1), Set.of(), 0, 50),
                    part("/6.txt", "text/plain", Map.of(FODSELSNUMMER, 1), Set.of(Category.OPPLAERING), 1, 60),
                    part("/tom.txt", "text/plain", Map.of()),
                    failed("/ødelagt.docx", FailureReason.CORRUPT, "truncated zip entry"));
            CleanupLists lists = lists(index, NORDBY, Language.NB);
            List<CleanupRow> rows = lists.rows(OPPVEKST);
            assertEquals(1, rows.size(), "the zip is one row, its members are not rows");
            CleanupRow zip = rows.getFirst();
            assertEquals("oppvekst/arkiv.zip", zip.location());
            assertEquals(12, zip.findings());
            assertEquals(Map.of(EPOST, 7, TELEFON, 4, FODSELSNUMMER, 1), zip.counts());
            assertEquals(Set.of(Category.OPPLAERING), zip.categories());
            assertTrue(zip.childData());
            assertEquals(6, zip.innerWithFindings());
            assertEquals(List.of("/inner.zip!/4.docx", "/3.txt", "/2.txt", "/1.txt", "/5.txt"),
                    zip.innerExamples().stream().map(CleanupRow.InnerDocument::path).toList(),
                    "most findings first, then by path; five of six");
            assertEquals(1, zip.unreadParts());
            assertEquals(SuggestedAction.ARCHIVE, zip.action());
            written = lists.write(tmp.resolve("lists"));
        }
        try (XSSFWorkbook wb = workbook(written.getFirst().xlsx())) {
            Map<String, Object> row = sheet(wb.getSheetAt(0)).getFirst();
            assertEquals(6L, row.get("Dokumenter inni med funn"));
            assertEquals("/inner.zip!/4.docx (4) | /3.txt (3) | /2.txt (2) | /1.txt (1) | /5.txt (1) | og 1 til",
                    row.get("Dokumenter inni med flest funn (antall)"));
            assertEquals(1L, row.get("Deler som ikke kunne leses"));
            assertEquals("Opplysninger om Opplæring og spesialundervisning: saksdokumenter hører hjemme i sak/arkiv-systemet"
                         + " med tilgangsstyring, ikke på et filområde. Ikke slett før arkivplikten er avklart.",
                    row.get("Begrunnelse"));
            assertEquals(List.of("oppvekst/arkiv.zip!/ødelagt.docx"),
                    sheet(wb.getSheetAt(1)).stream().map(r -> r.get("Plassering")).toList());
        }
    }

    @Test
    void partsComingInAnyOrderGiveTheSameRows() throws Exception {
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            List<IndexedPart> parts = new ArrayList<>();
            index.forEachPart(NORDBY, parts::add);
            CleanupLists forwards = new CleanupLists(context(NORDBY, Language.NB));
            parts.forEach(forwards);
            CleanupLists backwards = new CleanupLists(context(NORDBY, Language.NB));
            parts.reversed().forEach(backwards);
            for (String d : List.of("", HELSE, OPPVEKST)) {
                assertEquals(forwards.rows(d), backwards.rows(d), d);
                assertEquals(forwards.unread(d), backwards.unread(d), d);
            }
            assertEquals(forwards.departments(), backwards.departments());
        }
    }

    @Test
    void eachTenantsListsHoldOnlyItsOwnItemsThoughTheHashesAreTheSame() throws Exception {
        Path nordbyOut = tmp.resolve("nordby");
        Path solvikOut = tmp.resolve("solvik");
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            // Solvik: the same hashes (part() numbers them alike) in items of its own, one at the same place
            item(index, SOLVIK, SHARE, "helse/journal.docx", HELSE, at("2026-01-10T08:15:00Z"), "siri", 1, 1,
                    part("", DOCX_TYPE, Map.of(FODSELSNUMMER, 2, TELEFON, 1), Set.of(Category.HELSE), 0, 100));
            item(index, SOLVIK, SHARE, "helse/solvik-only.txt", HELSE, at("2026-01-10T08:15:00Z"), "siri", 1, 1,
                    part("", "text/plain", Map.of(FODSELSNUMMER, 3)));
            assertEquals(List.of("helse/journal.docx"), index.locationsOf(SOLVIK, hash(100)), "the same hash");
            assertEquals(List.of("helse/journal.docx"), index.locationsOf(NORDBY, hash(100)), "in both tenants");
            lists(index, NORDBY, Language.NB).write(nordbyOut);
            lists(index, SOLVIK, Language.NB).write(solvikOut);
        }
        try (var files = Files.list(solvikOut)) {
            assertEquals(Set.of("helse-og-omsorg.xlsx", "helse-og-omsorg.csv", "helse-og-omsorg.ikke-lest.csv"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        try (XSSFWorkbook wb = workbook(solvikOut.resolve("helse-og-omsorg.xlsx"))) {
            List<Map<String, Object>> rows = sheet(wb.getSheetAt(0));
            assertEquals(List.of("helse/journal.docx", "helse/solvik-only.txt"), rows.stream().map(r -> r.get("Plassering")).toList());
            assertEquals("siri", rows.getFirst().get("Eier"));
            assertEquals(List.of(), sheet(wb.getSheetAt(1)), "Nordby's unread parts are not Solvik's");
        }
        List<String> nordbyHelse = csv(nordbyOut.resolve("helse-og-omsorg.csv")).rows().stream()
                .map(r -> r.get("Plassering")).toList();
        assertEquals(List.of("helse/2024.zip", "helse/gammel-liste.txt", "helse/journal.docx"), nordbyHelse);
        assertEquals("kari", csv(nordbyOut.resolve("helse-og-omsorg.csv")).rows().get(2).get("Eier"));
    }

    @Test
    void statusIsToldAgainstTheLatestRunOfTheItemsSource() throws Exception {
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            CleanupLists lists = lists(index, NORDBY, Language.NB);
            Map<String, ItemStatus> status = new TreeMap<>();
            for (String d : lists.departments()) lists.rows(d).forEach(r -> status.put(r.location(), r.status()));
            assertEquals(Map.of(
                    "helse/journal.docx", ItemStatus.NEW,              // first read by run 3, the latest
                    "helse/gammel-liste.txt", ItemStatus.STILL_THERE,  // read by run 1 only
                    "helse/2024.zip", ItemStatus.CHANGED,              // first run 1, read again by run 3
                    "oppvekst/elevliste.xlsx", ItemStatus.STILL_THERE, // run 2 of a source at run 3
                    "oppvekst/register.txt", ItemStatus.NEW,           // run 2 of the other source, at run 2
                    "oppvekst/leverandører.txt", ItemStatus.STILL_THERE,
                    "felles/møtenotat.docx", ItemStatus.NEW), status);
        }
    }

    @Test
    void rowsAreSortedByFindingsThenLocation() throws Exception {
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            for (String name : List.of("b.txt", "a.txt", "c.txt")) {
                item(index, NORDBY, SHARE, name, "", NOW, "", 3, 3, part("", "text/plain", Map.of(EPOST, 2)));
            }
            item(index, NORDBY, SHARE, "z.txt", "", NOW, "", 3, 3, part("", "text/plain", Map.of(EPOST, 9)));
            assertEquals(List.of("z.txt", "a.txt", "b.txt", "c.txt"),
                    lists(index, NORDBY, Language.NB).rows("").stream().map(CleanupRow::location).toList());
        }
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStartsWithAQuoteInTheCsvAndIsPlainTextInTheWorkbook() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://x\").txt", "+47.txt", "-minus.txt", "@sum.txt", "\ttab.txt",
                "\rcr.txt", "vanlig.txt", "semi;kolon \"sitat\".txt");
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            for (String name : names) {
                item(index, NORDBY, SHARE, name, "", NOW, "=owner", 3, 3, part("", "text/plain", Map.of(EPOST, 1)));
            }
            written = lists(index, NORDBY, Language.NB).write(tmp.resolve("lists"));
        }
        Map<String, String> csv = new TreeMap<>();
        for (var r : csv(written.getFirst().csv()).rows()) {
            csv.put(r.get("Plassering"), r.get("Eier"));
        }
        Map<String, String> want = new TreeMap<>();
        for (String n : names) want.put(n.startsWith("vanlig") || n.startsWith("semi") ? n : "'" + n, "'=owner");
        assertEquals(want, csv);
        try (XSSFWorkbook wb = workbook(written.getFirst().xlsx())) {
            Set<Object> cells = new TreeSet<>();
            for (var r : wb.getSheetAt(0)) {
                if (r.getRowNum() == 0) continue;
                assertEquals(CellType.STRING, r.getCell(0).getCellType(), "never a formula");
                cells.add(r.getCell(0).getStringCellValue());
            }
            assertEquals(new TreeSet<>(names), cells, "a string cell runs nothing: the name as it is");
        }
    }

    @Test
    void listsInEnglish() throws Exception {
        List<ListFiles> written;
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            written = lists(index, NORDBY, Language.EN).write(tmp.resolve("lists"));
        }
        assertEquals(List.of("no-department", "helse-og-omsorg", "oppvekst"), written.stream().map(ListFiles::slug).toList());
        assertEquals(tmp.resolve("lists/oppvekst.not-read.csv"), written.get(2).unreadCsv());
        try (XSSFWorkbook wb = workbook(written.get(1).xlsx())) {
            assertEquals(List.of("Cleanup", "Not read"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            List<String> h = headings(wb.getSheetAt(0));
            assertEquals(List.of("Location", "Source", "Owner", "Last modified", "Age", "Size (bytes)", "Findings in all",
                    "National identity number (fødselsnummer)", "Telephone number", "E-mail address", "Categories",
                    "Children", "Documents inside with findings", "Documents inside with most findings (count)",
                    "Parts that could not be read", "Status", "Suggested action", "Why"), h);
            Map<String, Object> zip = sheet(wb.getSheetAt(0)).getFirst();
            assertEquals("helse/2024.zip", zip.get("Location"));
            assertEquals("Yes", zip.get("Children"));
            assertEquals("Changed", zip.get("Status"));
            assertEquals("Move to the archive system", zip.get("Suggested action"));
            assertEquals("Child welfare", zip.get("Categories"));
            assertEquals("1–3 years", zip.get("Age"));
            assertEquals("Encrypted", sheet(wb.getSheetAt(1)).getFirst().get("Reason"));
        }
        Map<String, String> old = csv(written.get(1).csv()).rows().get(1);
        assertEquals("helse/gammel-liste.txt", old.get("Location"));
        assertEquals("No", old.get("Children"));
        assertEquals("Delete", old.get("Suggested action"));
        assertEquals("Not modified for 5 years or more: personal data must not be kept longer than needed.", old.get("Why"));
    }

    @Test
    void aDepartmentCleanedUpToNothingGetsItsListEmptiedNotLeftAsItWas() throws Exception {
        Path out = tmp.resolve("lists");
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            lists(index, NORDBY, Language.NB).write(out);
            assertEquals(4, csv(out.resolve("oppvekst.csv")).rows().size() + 1);
            // Oppvekst cleans up: its items read again with nothing in them, or gone
            for (String name : List.of("oppvekst/elevliste.xlsx", "oppvekst/leverandører.txt")) {
                item(index, NORDBY, SHARE, name, OPPVEKST, NOW, "per", 1, 3, part("", "text/plain", Map.of()));
            }
            index.deleteItem(NORDBY, HOME, "oppvekst/register.txt");
            CleanupLists lists = lists(index, NORDBY, Language.NB);
            assertFalse(lists.departments().contains(OPPVEKST));
            List<ListFiles> written = lists.write(out, List.of(OPPVEKST, "Teknisk", HELSE));
            assertEquals(List.of("", HELSE, OPPVEKST, "Teknisk"), written.stream().map(ListFiles::department).toList());
        }
        ListFixture.Csv csv = csv(out.resolve("oppvekst.csv"));
        assertEquals(List.of(), csv.rows(), "emptied, its header kept");
        assertEquals("Plassering", csv.header().getFirst());
        try (XSSFWorkbook wb = workbook(out.resolve("teknisk.xlsx"))) {
            XSSFSheet list = wb.getSheetAt(0);
            assertEquals(0, list.getLastRowNum(), "the header only");
            assertEquals("Plassering", list.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, list.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(list.getCTWorksheet().getAutoFilter());
        }
        try (var files = Files.list(out)) {
            assertEquals(12, files.filter(f -> !f.getFileName().toString().startsWith(".")).count(),
                    "four departments' three files");
        }
    }

    @Test
    void nothingIsLeftBesideTheListsAndNoHashIsInThem() throws Exception {
        Path out = tmp.resolve("lists");
        try (FindingsIndex index = new FindingsIndex(tmp.resolve("index"))) {
            fill(index, NORDBY);
            lists(index, NORDBY, Language.NB).write(out);
            lists(index, NORDBY, Language.NB).write(out); // replaced in place
        }
        List<String> names;
        try (var files = Files.list(out)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("helse-og-omsorg.csv", "helse-og-omsorg.ikke-lest.csv", "helse-og-omsorg.xlsx",
                "oppvekst.csv", "oppvekst.ikke-lest.csv", "oppvekst.xlsx",
                "uten-avdeling.csv", "uten-avdeling.ikke-lest.csv", "uten-avdeling.xlsx"), names,
                "no temporary file left");
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve("oppvekst.xlsx"))), "file names can be personal data");
        }
        StringBuilder all = new StringBuilder();
        for (String n : names) {
            if (n.endsWith(".csv")) all.append(Files.readString(out.resolve(n), StandardCharsets.UTF_8));
            else try (XSSFWorkbook wb = workbook(out.resolve(n))) {
                for (var sheet : wb) for (var row : sheet) for (var cell : row) all.append(cell).append('\n');
            }
        }
        for (int h = 0; h < 500; h++) assertFalse(all.toString().contains(hash(h).substring(48)), "a hash");
    }
}
