package no.datakart.core.report.datamap;

import static no.datakart.core.report.datamap.TestShare.NORDBY;
import static no.datakart.core.report.datamap.TestShare.NOW;
import static no.datakart.core.report.datamap.TestShare.SHARE;
import static no.datakart.core.report.datamap.TestShare.daysAgo;
import static no.datakart.core.report.datamap.TestShare.part;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.report.Language;
import no.datakart.patterns.category.Category;

/** The DPO's file: made, edited as Excel would, merged again; nothing the DPO wrote is lost. */
class PurposesFileTest {
    static final String LEGAL_BASIS = "GDPR art. 6(1)(e) og art. 9(2)(h), helse- og omsorgstjenesteloven § 5-10";

    @TempDir
    Path tmp;
    private Path file;

    @BeforeEach
    void paths() {
        file = tmp.resolve("reports").resolve(PurposesFile.fileName(NORDBY));
    }

    private static RowKey key(DataCategory c, String department, String topFolder) {
        return new RowKey(c, SHARE, department, topFolder);
    }

    private static TestShare share(Path dir) throws Exception {
        return new TestShare(dir).file(NORDBY, "helse/journal.docx", "helse", daysAgo(3), part().persons("a").words(Category.HELSE))
                .file(NORDBY, "oppvekst/elever.xlsx", "oppvekst", daysAgo(3), part().persons("b", "c"))
                .file(NORDBY, "les-meg.txt", "", daysAgo(3), part().persons("d"));
    }

    @Test
    void theFirstReportWritesAFileExcelOpensWithARowPerKeyAndTheDposColumnsBlank() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            Purposes purposes = PurposesFile.merge(file, map);

            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFKategorinøkkel;Kategori;Vern;Kilde;Avdeling;Toppmappe;Formål;Behandlingsgrunnlag;"
                                       + "Kategorier av registrerte;Mottakere;Lagringstid og sletting;Merknad;Dokumenter;"
                                       + "Personer (anslag);Først funnet;Sist funnet;Finnes ikke lenger\r\n"), text);
            assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF only");
            assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "nothing to keep yet");

            Sheets sheet = Sheets.read(file);
            assertEquals(map.rows().size() + 1, sheet.rows.size());
            List<String> health = sheet.row("Kategorinøkkel", "HEALTH", "Avdeling", "helse", "Toppmappe", "helse");
            assertEquals("Helseopplysninger", sheet.get(health, "Kategori"));
            assertEquals("Særlig kategori (art. 9)", sheet.get(health, "Vern"));
            assertEquals(SHARE, sheet.get(health, "Kilde"));
            assertEquals("1", sheet.get(health, "Dokumenter"));
            assertEquals("2026-11-23", sheet.get(health, "Først funnet"));
            assertEquals("2026-11-23", sheet.get(health, "Sist funnet"));
            assertEquals("", sheet.get(health, "Formål"));
            sheet.row("Kategorinøkkel", "IDENTITY_NUMBERS", "Avdeling", "", "Toppmappe", ""); // the root: keys as they are

            assertEquals(map.rows().stream().map(DataMapRow::key).toList(),
                    purposes.entries().stream().map(ProcessingEntry::key).toList());
            assertTrue(purposes.entries().stream().allMatch(e -> e.processing().equals(Processing.BLANK) && !e.gone()));
            assertEquals(purposes.entries(), PurposesFile.read(file).entries(), "read back as written");
        }
    }

    @Test
    void whatTheDpoWroteSurvivesTheNextReportNewKeysAppearAndVanishedOnesAreKeptFlagged() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            PurposesFile.merge(file, share.map(NORDBY));

            // the DPO fills in two rows and adds a column of their own, in Excel
            Sheets sheet = Sheets.read(file);
            List<String> health = sheet.row("Kategorinøkkel", "HEALTH", "Avdeling", "helse");
            sheet.set(health, "Formål", "Journalføring av helsehjelp");
            sheet.set(health, "Behandlingsgrunnlag", LEGAL_BASIS);
            sheet.set(health, "Lagringstid og sletting", "Journal: 10 år etter siste innføring");
            sheet.addColumn("Ansvarlig");
            sheet.set(health, "Ansvarlig", "Kommuneoverlegen");
            List<String> pupils = sheet.row("Kategorinøkkel", "IDENTITY_NUMBERS", "Avdeling", "oppvekst");
            sheet.set(pupils, "Formål", "Elevadministrasjon");
            sheet.set(pupils, "Merknad", "Skal ligge i Visma, ikke på fellesområdet");
            sheet.saveAsExcel(file);
            byte[] edited = Files.readAllBytes(file);

            // a week later the pupils' list is gone and NAV has a new one
            share.index.deleteItem(NORDBY, SHARE, "oppvekst/elever.xlsx");
            share.file(NORDBY, "nav/søknader.pdf", "nav", daysAgo(1), part().persons("e"));
            DataMap later = DataMap.of(share.index, TestShare.context(NORDBY, NOW.plus(Duration.ofDays(7)), Language.NB));
            Purposes merged = PurposesFile.merge(file, later);

            assertArrayEquals(edited, Files.readAllBytes(file.resolveSibling(file.getFileName() + ".bak")),
                    "the version before the merge is kept");
            ProcessingEntry h = merged.entry(key(DataCategory.HEALTH, "helse", "helse"));
            assertEquals(new Processing("Journalføring av helsehjelp", LEGAL_BASIS, "", "", "Journal: 10 år etter siste innføring", ""),
                    h.processing());
            assertEquals(List.of("Ansvarlig"), merged.extraColumns());
            assertEquals(List.of("Kommuneoverlegen"), h.extra());
            assertEquals("2026-11-23", h.firstFound());
            assertEquals("2026-11-30", h.lastFound());
            assertFalse(h.gone());

            ProcessingEntry gone = merged.entry(key(DataCategory.IDENTITY_NUMBERS, "oppvekst", "oppvekst"));
            assertTrue(gone.gone(), "kept, flagged");
            assertEquals("Elevadministrasjon", gone.processing().purpose());
            assertEquals("Skal ligge i Visma, ikke på fellesområdet", gone.processing().note());
            assertEquals("2026-11-23", gone.lastFound(), "when it was last found");
            assertEquals(List.of(gone), merged.gone());

            ProcessingEntry added = merged.entry(key(DataCategory.IDENTITY_NUMBERS, "nav", "nav"));
            assertEquals(Processing.BLANK, added.processing());
            assertEquals("2026-11-30", added.firstFound());
            assertEquals(List.of(""), added.extra());

            // the file says the same, in Excel's format
            Sheets after = Sheets.read(file);
            assertEquals("Ansvarlig", after.header().getLast());
            List<String> goneRow = after.row("Kategorinøkkel", "IDENTITY_NUMBERS", "Avdeling", "oppvekst");
            assertEquals("Ja", after.get(goneRow, "Finnes ikke lenger"));
            assertEquals("0", after.get(goneRow, "Dokumenter"));
            assertEquals("Kommuneoverlegen", after.get(after.row("Kategorinøkkel", "HEALTH", "Avdeling", "helse"), "Ansvarlig"));
            assertEquals("", after.get(after.row("Kategorinøkkel", "IDENTITY_NUMBERS", "Avdeling", "nav"), "Finnes ikke lenger"));
            for (List<String> r : after.rows) assertEquals(after.header().size(), r.size(), r.toString());
            assertEquals(merged.entries(), PurposesFile.read(file).entries());

            // and a third report changes nothing the DPO wrote
            Purposes third = PurposesFile.merge(file, later);
            assertEquals(merged.entries(), third.entries());
        }
    }

    @Test
    void aFileSavedWithCommasWithoutAByteOrderMarkAndWithLfIsReadAndWrittenBackForExcel() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            PurposesFile.merge(file, map);
            Sheets sheet = Sheets.read(file);
            String purpose = "Oppfølging, med \"tiltak\"; over\nto linjer";
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Formål", purpose);
            sheet.addColumn("Risiko, vurdert");
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Risiko, vurdert", "Høy");
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Først funnet", "3.11.2026"); // Excel's way with a day
            sheet.rows.add(new java.util.ArrayList<>(java.util.Collections.nCopies(sheet.header().size(), ""))); // an emptied row
            sheet.save(file, ',', false, "\n", StandardCharsets.UTF_8);

            Purposes merged = PurposesFile.merge(file, map);
            ProcessingEntry h = merged.entry(key(DataCategory.HEALTH, "helse", "helse"));
            assertEquals(purpose, h.processing().purpose());
            assertEquals(List.of("Risiko, vurdert"), merged.extraColumns());
            assertEquals(List.of("Høy"), h.extra());
            assertEquals("2026-11-03", h.firstFound());
            assertEquals(map.rows().size(), merged.entries().size(), "no row lost, none made of the empty one");
            String text = Files.readString(file);
            assertTrue(text.startsWith("\uFEFFKategorinøkkel;"), "written back as Excel opens it");
            assertEquals(purpose, Sheets.read(file).get(Sheets.read(file).row("Kategorinøkkel", "HEALTH"), "Formål"));
        }
    }

    @Test
    void aFileExcelSavedInWindows1252IsRead() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            PurposesFile.merge(file, map);
            Sheets sheet = Sheets.read(file);
            sheet.set(sheet.row("Kategorinøkkel", "HEALTH"), "Formål", "Tilsyn på sjukeheimen, særlig ved ærend");
            sheet.save(file, ';', false, "\r\n", Charset.forName("windows-1252"));

            Purposes merged = PurposesFile.merge(file, map);
            assertEquals("Tilsyn på sjukeheimen, særlig ved ærend", merged.processing(key(DataCategory.HEALTH, "helse", "helse")).purpose());
        }
    }

    @Test
    void aFileWithEnglishHeadingsIsReadByAReportInBokmal() throws Exception {
        try (TestShare share = share(tmp.resolve("index"))) {
            PurposesFile.merge(file, DataMap.of(share.index, TestShare.context(NORDBY, NOW, Language.EN)));
            Sheets sheet = Sheets.read(file);
            assertEquals("Category key", sheet.header().getFirst());
            List<String> root = sheet.row("Category key", "IDENTITY_NUMBERS", "Department", "", "Top folder", "");
            sheet.set(root, "Legal basis", "GDPR art. 6(1)(c)");
            sheet.saveAsExcel(file);

            Purposes merged = PurposesFile.merge(file, share.map(NORDBY));
            assertEquals("GDPR art. 6(1)(c)", merged.processing(key(DataCategory.IDENTITY_NUMBERS, "", "")).legalBasis());
            assertTrue(merged.gone().isEmpty());
            assertEquals("Kategorinøkkel", Sheets.read(file).header().getFirst());
        }
    }

    @Test
    void keysAreMatchedExactlyWhereASpreadsheetWouldSeeAFormula() throws Exception {
        try (TestShare share = new TestShare(tmp.resolve("index"))) {
            share.file(NORDBY, "-arkiv/gammel.txt", "=Økonomi", daysAgo(3), part().persons("a"))
                    .file(NORDBY, "'sitert/x.txt", "@post", daysAgo(3), part().persons("b"));
            DataMap map = share.map(NORDBY);
            PurposesFile.merge(file, map);
            Sheets sheet = Sheets.read(file);
            List<String> row = sheet.row("Toppmappe", "'-arkiv");
            assertEquals("'=Økonomi", sheet.get(row, "Avdeling"), "no formula for Excel to run");
            sheet.set(row, "Formål", "-");
            sheet.set(sheet.row("Toppmappe", "''sitert"), "Formål", "'Sitert' mappe");
            sheet.saveAsExcel(file);

            Purposes merged = PurposesFile.merge(file, map);
            assertEquals("-", merged.processing(key(DataCategory.IDENTITY_NUMBERS, "=Økonomi", "-arkiv")).purpose());
            assertEquals("'Sitert' mappe", merged.processing(key(DataCategory.IDENTITY_NUMBERS, "@post", "'sitert")).purpose());
            assertTrue(merged.gone().isEmpty(), "both keys matched");
        }
    }

    @Test
    void aFileThatCannotBeReadRaisesAnErrorNamingItsLineAndIsLeftAsItWas() throws Exception {
        String header = "Kategorinøkkel;Kategori;Kilde;Avdeling;Toppmappe;Formål\r\n";
        String good = "HEALTH;Helse;" + SHARE + ";helse;helse;Journal\r\n";
        record Broken(String content, int line, String says) {
        }
        List<Broken> broken = List.of(
                new Broken(header + good + "HEALTH;Helse;" + SHARE + ";nav;nav;\"Oppfølging uten slutt\r\nIDENTITY_NUMBERS;x;y;z;w;\r\n", 3,
                        "broken quoting"),
                new Broken(header + good + "HEALTH;Helse;" + SHARE + ";nav;nav;\"Sitat\" og mer\r\n", 3, "broken quoting"),
                new Broken("Kategorinøkkel;Kategori;Avdeling;Toppmappe;Formål\r\nHEALTH;Helse;helse;helse;Journal\r\n", 1,
                        "missing Kilde / Source"),
                new Broken(header + good + "\r\nHELSE;Helse;" + SHARE + ";helse;helse;Journal\r\n", 4, "unknown category key \"HELSE\""),
                new Broken(header + good + good, 3, "the same key as line 2"),
                new Broken(header + ";Helse;" + SHARE + ";helse;helse;Journal\r\n", 2, "no category key"),
                new Broken(header + good + "HEALTH;Helse;" + SHARE + ";nav;nav;Journal;;Uten overskrift\r\n", 3,
                        "a value in column 8, which has no heading"),
                new Broken("\uFEFF\r\n", 1, "empty"),
                new Broken(header.replace("Formål", "Kilde"), 1, "the column \"Kilde\" is there twice"));

        try (TestShare share = share(tmp.resolve("index"))) {
            DataMap map = share.map(NORDBY);
            Files.createDirectories(file.getParent());
            for (Broken b : broken) {
                Files.writeString(file, b.content(), StandardCharsets.UTF_8);
                byte[] before = Files.readAllBytes(file);
                PurposesFileException e = assertThrows(PurposesFileException.class, () -> PurposesFile.merge(file, map), b.content());
                assertEquals(b.line(), e.line(), e.getMessage());
                assertTrue(e.getMessage().startsWith(file + ", line " + b.line() + ": "), e.getMessage());
                assertTrue(e.getMessage().contains(b.says()), e.getMessage());
                assertEquals(file, e.file());
                assertArrayEquals(before, Files.readAllBytes(file), "untouched");
                assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "no backup of it either");
                try (var left = Files.list(file.getParent())) {
                    assertEquals(List.of(file), left.toList(), "no temporary file left");
                }
            }
        }
    }
}
