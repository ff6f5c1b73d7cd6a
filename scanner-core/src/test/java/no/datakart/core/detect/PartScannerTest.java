package no.datakart.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.datakart.core.FailureReason;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.extract.Extractor;
import no.datakart.core.TestDocuments;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.set.DetectorSet;

/** An archive of real documents, extracted and scanned part by part: each finding in the part it is in. */
class PartScannerTest {
    static final Pseudonymiser HASHES = new Pseudonymiser(new byte[32]);

    @Test
    void eachPartOfAnItemHasItsOwnFindingsAndCategories() throws Exception {
        String fnr = new FnrGenerator(new Random(11)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        byte[] letter = TestDocuments.docx("Bekymringsmelding til barnevernet om barnet, fnr " + fnr
                + ". Barnevernstjenesten vurderer omsorgsovertakelse og fosterhjem.");
        byte[] payroll = TestDocuments.xlsx("Kontonr", "8601.11.17947");
        byte[] locked = TestDocuments.encrypted(TestDocuments.docx("Hemmeleg"));
        byte[] archive = TestDocuments.zip("barnevern/melding.docx", letter, "lønn.xlsx", payroll, "låst.docx", locked);

        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)));
        List<PartRecord> records = new ArrayList<>();
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(archive), "mappe.zip",
                new PartScanner(detectors, HASHES, records::add));

        Map<String, PartRecord> parts = records.stream().collect(Collectors.toMap(PartRecord::path, p -> p));
        assertEquals(List.of("", "/barnevern/melding.docx", "/låst.docx", "/lønn.xlsx"), parts.keySet().stream().sorted().toList());
        PartRecord melding = parts.get("/barnevern/melding.docx");
        assertEquals(Map.of(IdentifierType.FODSELSNUMMER, 1), melding.counts());
        assertEquals(List.of(HASHES.hash(fnr)), melding.idHashes(), "kept as its keyed hash");
        assertEquals(List.of(fnr.substring(0, 6) + " *****"), melding.masked());
        assertTrue(melding.categories().contains(Category.BARNEVERN), melding.categories()::toString);
        assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), parts.get("/lønn.xlsx").counts());
        assertEquals(FailureReason.ENCRYPTED, parts.get("/låst.docx").failure());
        assertEquals(0, parts.get("").findings(), "the archive's own text: its members' names");
        assertEquals("", records.get(records.size() - 1).path(), "the archive ends after its members");
    }

    @Test
    void aSpreadsheetsColumnHeaderNamesTheNumbersUnderIt() throws Exception {
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))
                .withMinConfidence(no.datakart.patterns.Confidence.MEDIUM)); // as a scan reports
        List<PartRecord> withHeader = new ArrayList<>();
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(
                TestDocuments.xlsxRows(new String[] {"Navn", "Kontonr"}, new String[] {"Kari", "86011117947"})), "l.xlsx",
                new PartScanner(detectors, HASHES, withHeader::add));
        assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), withHeader.get(0).counts(), "eleven bare digits, named by their column");
        List<PartRecord> noHeader = new ArrayList<>();
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(
                TestDocuments.xlsxRows(new String[] {"Kari", "86011117947"})), "l.xlsx", new PartScanner(detectors, HASHES, noHeader::add));
        assertEquals(0, noHeader.get(0).findings(), "without it: below the reporting floor");
    }

    @Test
    void aPartWithMoreIdentifiersThanKeptCountsThemAllAndSaysSo() throws Exception {
        FnrGenerator numbers = new FnrGenerator(new Random(3));
        StringBuilder register = new StringBuilder("Fnr\n");
        int rows = PartRecord.MAX_HASHES + 500;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        while (distinct.size() < rows) {
            String n = numbers.nextString(FnrGenerator.allSpecs().get(0));
            if (distinct.add(n)) register.append(n).append('\n');
        }
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)),
                java.util.EnumSet.of(IdentifierType.FODSELSNUMMER), false);
        List<PartRecord> records = new ArrayList<>();
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(register.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "register.txt", new PartScanner(detectors, HASHES, records::add));
        PartRecord r = records.get(0);
        assertEquals(rows, r.counts().get(IdentifierType.FODSELSNUMMER));
        assertEquals(PartRecord.MAX_HASHES, r.idHashes().size());
        assertTrue(r.hashesCut());
        assertEquals(PartRecord.EXAMPLES, r.masked().size());
    }
}
