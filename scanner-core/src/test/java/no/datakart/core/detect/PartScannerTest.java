package no.datakart.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.datakart.core.FailureReason;
import no.datakart.core.extract.Extractor;
import no.datakart.core.TestDocuments;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.set.DetectorSet;

/** An archive of real documents, extracted and scanned part by part: each finding in the part it is in. */
class PartScannerTest {

    @Test
    void eachPartOfAnItemHasItsOwnFindingsAndCategories() throws Exception {
        String fnr = new FnrGenerator(new Random(11)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        byte[] letter = TestDocuments.docx("Bekymringsmelding til barnevernet om barnet, fnr " + fnr
                + ". Barnevernstjenesten vurderer omsorgsovertakelse og fosterhjem.");
        byte[] payroll = TestDocuments.xlsx("Kontonr", "8601.11.17947");
        byte[] locked = TestDocuments.encrypted(TestDocuments.docx("Hemmeleg"));
        byte[] archive = TestDocuments.zip("barnevern/melding.docx", letter, "lønn.xlsx", payroll, "låst.docx", locked);

        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)));
        PartScanner scanner = new PartScanner(detectors);
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(archive), "mappe.zip", scanner);

        Map<String, PartScanner.PartResult> parts = scanner.results().stream()
                .collect(Collectors.toMap(PartScanner.PartResult::path, p -> p));
        assertEquals(List.of("", "/barnevern/melding.docx", "/låst.docx", "/lønn.xlsx"), parts.keySet().stream().sorted().toList());
        PartScanner.PartResult melding = parts.get("/barnevern/melding.docx");
        assertEquals(List.of(IdentifierType.FODSELSNUMMER), melding.findings().stream().map(Finding::type).toList());
        assertEquals(fnr, melding.findings().get(0).value());
        assertTrue(melding.categories().present().contains(Category.BARNEVERN), melding.categories()::toString);
        assertEquals(List.of(IdentifierType.KONTONUMMER), parts.get("/lønn.xlsx").findings().stream().map(Finding::type).toList());
        assertEquals(FailureReason.ENCRYPTED, parts.get("/låst.docx").failure());
        assertTrue(parts.get("").findings().isEmpty(), "the archive's own text: its members' names");
        assertEquals("", scanner.results().get(scanner.results().size() - 1).path(), "the archive ends after its members");
    }

    @Test
    void aSpreadsheetsColumnHeaderNamesTheNumbersUnderIt() throws Exception {
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))
                .withMinConfidence(no.datakart.patterns.Confidence.MEDIUM)); // as a scan reports
        PartScanner withHeader = new PartScanner(detectors);
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(
                TestDocuments.xlsxRows(new String[] {"Navn", "Kontonr"}, new String[] {"Kari", "86011117947"})), "l.xlsx", withHeader);
        Finding account = withHeader.results().get(0).findings().get(0);
        assertEquals(IdentifierType.KONTONUMMER, account.type());
        assertEquals(no.datakart.patterns.Confidence.HIGH, account.confidence(), "eleven bare digits, named by their column");
        PartScanner noHeader = new PartScanner(detectors);
        new Extractor(Extractor.Limits.DEFAULT).extract(new ByteArrayInputStream(
                TestDocuments.xlsxRows(new String[] {"Kari", "86011117947"})), "l.xlsx", noHeader);
        assertTrue(noHeader.results().get(0).findings().isEmpty(), "without it: below the reporting floor");
    }
}
