package no.datakart.core.report.datamap;

import static no.datakart.core.report.datamap.TestShare.NORDBY;
import static no.datakart.core.report.datamap.TestShare.SHARE;
import static no.datakart.core.report.datamap.TestShare.SOLVIK;
import static no.datakart.core.report.datamap.TestShare.daysAgo;
import static no.datakart.core.report.datamap.TestShare.part;
import static no.datakart.core.report.datamap.TestShare.yearsAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.report.AgeBucket;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/** The data map counted from a real index on disk. */
class DataMapTest {
    @TempDir
    Path tmp;

    private static RowKey key(DataCategory c, String department, String topFolder) {
        return new RowKey(c, SHARE, department, topFolder);
    }

    @Test
    void aDocumentIsInEveryCategoryItHoldsByItsTypesItsWordsAndItsChildren() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.file(NORDBY, "helse/2024/journal.docx", "helse", daysAgo(10), part().persons("anna", "bo")
                            .found(IdentifierType.TELEFON, 3).found(IdentifierType.ORGANISASJONSNUMMER, 5)
                            .found(IdentifierType.SYNTHETIC, 4).words(Category.HELSE, Category.STRAFF).children(1))
                    .file(NORDBY, "helse/testdata.txt", "helse", daysAgo(10),
                            part().found(IdentifierType.SYNTHETIC, 7).found(IdentifierType.ORGANISASJONSNUMMER, 1))
                    .file(NORDBY, "teknisk/bil.xlsx", "teknisk", daysAgo(10), part().found(IdentifierType.KJENNEMERKE, 2)
                            .found(IdentifierType.IBAN, 1).found(IdentifierType.EPOST, 1).found(IdentifierType.PASS_MRZ, 1));
            DataMap map = share.map(NORDBY);

            Map<RowKey, Volume> rows = map.rows().stream().collect(Collectors.toMap(DataMapRow::key, DataMapRow::volume));
            assertEquals(Set.of(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse"), key(DataCategory.CONTACT, "helse", "helse"),
                    key(DataCategory.CHILDREN, "helse", "helse"), key(DataCategory.HEALTH, "helse", "helse"),
                    key(DataCategory.CRIMINAL, "helse", "helse"), key(DataCategory.VEHICLE, "teknisk", "teknisk"),
                    key(DataCategory.FINANCIAL, "teknisk", "teknisk"), key(DataCategory.CONTACT, "teknisk", "teknisk"),
                    key(DataCategory.IDENTITY_NUMBERS, "teknisk", "teknisk")), rows.keySet(),
                    "synthetic numbers and organisation numbers are no one's personal data");
            // a type's category counts its own findings; children and words count the document's person findings
            assertEquals(2, rows.get(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse")).findings());
            assertEquals(3, rows.get(key(DataCategory.CONTACT, "helse", "helse")).findings());
            assertEquals(5, rows.get(key(DataCategory.CHILDREN, "helse", "helse")).findings());
            assertEquals(5, rows.get(key(DataCategory.HEALTH, "helse", "helse")).findings());
            assertEquals(1, rows.get(key(DataCategory.CHILDREN, "helse", "helse")).documentsWithChildren());
            assertEquals(2, rows.get(key(DataCategory.CONTACT, "helse", "helse")).persons(),
                    "persons are those identified by a number in the documents of the row");
            assertEquals(0, rows.get(key(DataCategory.VEHICLE, "teknisk", "teknisk")).persons());
            assertEquals(1, rows.get(key(DataCategory.IDENTITY_NUMBERS, "teknisk", "teknisk")).findings(), "a passport");
            assertEquals(new Coverage(3, 2, 0), map.coverage());
            assertEquals(Volume.NONE, map.totals().get(DataCategory.RELIGION), "every category has its total");
            assertEquals(10, map.overall().findings(), "2 numbers and 3 phones; 2 plates, an IBAN, an e-mail, a passport");
        }
    }

    @Test
    void aPersonCountsOncePerRowAndOnceInTheTenantsTotal() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.file(NORDBY, "oppvekst/elevliste.xlsx", "oppvekst", daysAgo(5), part().persons("anna", "bo"))
                    .file(NORDBY, "oppvekst/klasse/2b.docx", "oppvekst", daysAgo(5), part().persons("anna", "cecilie"))
                    .file(NORDBY, "helse/vedtak.pdf", "helse", daysAgo(5), part().persons("anna"));
            DataMap map = share.map(NORDBY);

            Volume oppvekst = map.row(key(DataCategory.IDENTITY_NUMBERS, "oppvekst", "oppvekst"));
            assertEquals(2, oppvekst.documents());
            assertEquals(4, oppvekst.findings());
            assertEquals(3, oppvekst.persons(), "anna in two documents counts once");
            assertEquals(1, map.row(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse")).persons());
            Volume total = map.totals().get(DataCategory.IDENTITY_NUMBERS);
            assertEquals(3, total.documents());
            assertEquals(3, total.persons(), "anna in two departments counts once in the tenant");
            assertEquals(3, map.overall().persons());
            assertFalse(total.personsAtLeast());
        }
    }

    @Test
    void eachTenantsMapHoldsOnlyItsOwnPartsEvenWhenTheySharePersons() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.file(NORDBY, "helse/a.docx", "helse", daysAgo(1), part().persons("anna", "bo").words(Category.HELSE))
                    .file(SOLVIK, "helse/a.docx", "helse", daysAgo(1), part().persons("anna"))
                    .file(SOLVIK, "nav/b.docx", "nav", daysAgo(1), part().persons("bo", "david").words(Category.SOSIAL));
            DataMap nordby = share.map(NORDBY);
            DataMap solvik = share.map(SOLVIK);

            assertEquals(List.of(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse"), key(DataCategory.HEALTH, "helse", "helse")),
                    nordby.rows().stream().map(DataMapRow::key).toList());
            assertEquals(2, nordby.overall().persons());
            assertEquals(1, nordby.coverage().documents());
            assertEquals(List.of(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse"), key(DataCategory.IDENTITY_NUMBERS, "nav", "nav"),
                    key(DataCategory.SOCIAL, "nav", "nav")), solvik.rows().stream().map(DataMapRow::key).toList());
            assertEquals(1, solvik.row(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse")).persons());
            assertEquals(3, solvik.overall().persons(), "anna, bo, david: nordby's persons are not solvik's");
            assertEquals(Volume.NONE, solvik.totals().get(DataCategory.HEALTH));
        }
    }

    @Test
    void documentsInsideArchivesCountWhereTheirFileLiesAndUnreadOnesWithNothingFoundDoNot() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.archive(NORDBY, "barnevern/2019/saker.zip", "barnevern", daysAgo(30), Map.of(
                            "/melding.docx", part().persons("erik").children(1).words(Category.BARNEVERN),
                            "/notat.docx", part().persons("erik", "frida"),
                            "/låst.docx", part().failed(FailureReason.ENCRYPTED),
                            "/halv.pdf", part().persons("gunn").failed(FailureReason.TIMEOUT)))
                    .file(NORDBY, "rot.txt", "", daysAgo(30), part().found(IdentifierType.EPOST, 1));
            DataMap map = share.map(NORDBY);

            Volume ids = map.row(key(DataCategory.IDENTITY_NUMBERS, "barnevern", "barnevern"));
            assertEquals(3, ids.documents(), "the two members and the half-read one; not the zip, not the locked one");
            assertEquals(4, ids.findings());
            assertEquals(3, ids.persons());
            assertEquals(1, ids.documentsWithChildren());
            assertEquals(1, map.row(key(DataCategory.CHILD_WELFARE, "barnevern", "barnevern")).documents());
            assertEquals(1, map.row(key(DataCategory.CHILDREN, "barnevern", "barnevern")).persons());
            assertEquals(1, map.row(key(DataCategory.CONTACT, "", "")).documents(), "a file at the root, no department");
            assertEquals(new Coverage(6, 4, 2), map.coverage());
        }
    }

    @Test
    void documentsAreCountedByAgeAndTheRowKeepsTheOldestAndNewestModification() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.file(NORDBY, "arkiv/a.txt", "", daysAgo(100), part().persons("a"))
                    .file(NORDBY, "arkiv/b.txt", "", yearsAgo(1, 0), part().persons("b"))   // one year exactly: 1-3
                    .file(NORDBY, "arkiv/c.txt", "", yearsAgo(3, 1), part().persons("c"))   // a day short of 3
                    .file(NORDBY, "arkiv/d.txt", "", yearsAgo(7, 0), part().persons("d"))
                    .file(NORDBY, "arkiv/e.txt", "", yearsAgo(12, 0), part().persons("e"))
                    .file(NORDBY, "arkiv/f.txt", "", yearsAgo(10, 0), part().persons("f"));
            Volume v = share.map(NORDBY).row(key(DataCategory.IDENTITY_NUMBERS, "", "arkiv"));

            assertEquals(Map.of(AgeBucket.UNDER_1, 1L, AgeBucket.Y1_3, 2L, AgeBucket.Y3_5, 0L, AgeBucket.Y5_10, 1L,
                    AgeBucket.OVER_10, 2L), v.byAge());
            assertEquals(yearsAgo(12, 0), v.oldest());
            assertEquals(daysAgo(100), v.newest());
        }
    }

    @Test
    void aDocumentWithMoreNumbersThanTheIndexKeepsMakesTheEstimateAMinimum() throws Exception {
        try (TestShare share = new TestShare(tmp)) {
            share.file(NORDBY, "nav/register.csv", "nav", daysAgo(1), part().persons("a", "b").cut())
                    .file(NORDBY, "helse/a.txt", "helse", daysAgo(1), part().persons("c"));
            DataMap map = share.map(NORDBY);

            assertTrue(map.row(key(DataCategory.IDENTITY_NUMBERS, "nav", "nav")).personsAtLeast());
            assertFalse(map.row(key(DataCategory.IDENTITY_NUMBERS, "helse", "helse")).personsAtLeast());
            assertTrue(map.totals().get(DataCategory.IDENTITY_NUMBERS).personsAtLeast());
            assertNull(map.row(key(DataCategory.HEALTH, "helse", "helse")));
        }
    }

    @Test
    void theTopFolderIsTheFirstFolderOfTheItemsLocation() {
        assertEquals("helse", RowKey.topFolder("helse/2024/a.docx"));
        assertEquals("helse", RowKey.topFolder("helse/a.zip"));
        assertEquals("", RowKey.topFolder("a.docx"));
    }
}
