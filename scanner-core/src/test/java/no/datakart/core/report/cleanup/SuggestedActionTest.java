package no.datakart.core.report.cleanup;

import static no.datakart.patterns.IdentifierType.EPOST;
import static no.datakart.patterns.IdentifierType.FODSELSNUMMER;
import static no.datakart.patterns.IdentifierType.ORGANISASJONSNUMMER;
import static no.datakart.patterns.IdentifierType.SYNTHETIC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.category.Category;

/** The suggested action's rule, branch by branch and at its edges. */
class SuggestedActionTest {
    static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    static final Instant RECENT = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant OLD = Instant.parse("2019-01-01T00:00:00Z");

    static ActionReason decide(Set<Category> categories, Map<no.datakart.patterns.IdentifierType, Integer> counts,
                               int sheetFindings, Instant modified) {
        int findings = counts.values().stream().mapToInt(Integer::intValue).sum();
        return SuggestedAction.decide(categories, counts, findings, sheetFindings, modified, NOW);
    }

    @Test
    void aCaseDocumentGoesToTheArchiveHoweverOldOrLong() {
        assertEquals(ActionReason.CASE_DOCUMENT, decide(Set.of(Category.BARNEVERN), Map.of(FODSELSNUMMER, 1), 0, OLD));
        assertEquals(ActionReason.CASE_DOCUMENT, decide(Set.of(Category.HELSE), Map.of(FODSELSNUMMER, 500), 500, RECENT));
        assertEquals(SuggestedAction.ARCHIVE, ActionReason.CASE_DOCUMENT.action());
    }

    @Test
    void onlyOrganisationOrTestNumbersAreReviewedNotDeleted() {
        assertEquals(ActionReason.NO_PERSON, decide(Set.of(), Map.of(ORGANISASJONSNUMMER, 40, SYNTHETIC, 2), 0, OLD));
        assertEquals(ActionReason.OLD, decide(Set.of(), Map.of(ORGANISASJONSNUMMER, 40, EPOST, 1), 0, OLD));
        assertEquals(SuggestedAction.REVIEW, ActionReason.NO_PERSON.action());
    }

    @Test
    void fiveYearsOrMoreSinceTheLastChangeIsADeletion() {
        Instant fiveYears = Instant.parse("2021-11-23T11:00:00Z");
        assertEquals(ActionReason.OLD, decide(Set.of(), Map.of(EPOST, 1), 0, fiveYears));
        assertEquals(ActionReason.FEW, decide(Set.of(), Map.of(EPOST, 1), 0, fiveYears.plusSeconds(1)));
        assertEquals(ActionReason.OLD, decide(Set.of(), Map.of(FODSELSNUMMER, 300), 300, OLD), "before a register");
        assertEquals(SuggestedAction.DELETE, ActionReason.OLD.action());
    }

    @Test
    void aListOrRegisterIsMinimised() {
        assertEquals(ActionReason.REGISTER, decide(Set.of(), Map.of(FODSELSNUMMER, 20), 0, RECENT));
        assertEquals(ActionReason.FEW, decide(Set.of(), Map.of(FODSELSNUMMER, 19), 0, RECENT));
        assertEquals(ActionReason.SHEET, decide(Set.of(), Map.of(FODSELSNUMMER, 5), 5, RECENT));
        assertEquals(ActionReason.FEW, decide(Set.of(), Map.of(FODSELSNUMMER, 5), 4, RECENT));
        assertEquals(SuggestedAction.MINIMISE, ActionReason.REGISTER.action());
        assertEquals(SuggestedAction.MINIMISE, ActionReason.SHEET.action());
        assertEquals(SuggestedAction.REVIEW, ActionReason.FEW.action());
    }

    @Test
    void spreadsheetsAndCsvAreToldByTheirContentType() {
        for (String t : new String[] {"text/csv", "text/csv; charset=UTF-8", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.ms-excel.sheet.macroenabled.12",
            "text/tab-separated-values"}) {
            assertEquals(true, ItemTally.isSheet(t), t);
        }
        for (String t : new String[] {"", "text/plain", "application/pdf", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}) {
            assertEquals(false, ItemTally.isSheet(t), t);
        }
    }
}
