package no.datakart.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.Tenant;
import no.datakart.core.TestDocuments;
import no.datakart.core.extract.Extractor;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.set.DetectorSet;

/** Real folders scanned through every stage — source, extract, detect, index — into a Lucene index on disk. */
class FindingsIndexTest {
    static final Tenant NORDBY = new Tenant("nordby");
    static final Tenant SOLVIK = new Tenant("solvik");

    @TempDir
    Path tmp;

    private final DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)));
    private final Extractor extractor = new Extractor(Extractor.Limits.DEFAULT);

    /** Scans every item of the tree into the index for the tenant, in this process. */
    private void scan(Path tree, Tenant tenant, FindingsIndex index, TenantKeyStore keys) throws IOException {
        new Scan(index, ItemReaders.inProcess(detectors, extractor, keys), Scan.Options.of(2))
                .run(tenant, new LocalTreeSource(tree, List.of()));
    }

    /** The same with worker processes, their temporary files in the data directory: as a real scan runs. */
    private void scanInWorkers(Path tree, Tenant tenant, FindingsIndex index, TenantKeyStore keys, Path data) throws IOException {
        WorkerSettings workers = WorkerSettings.defaults(data.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23));
        new Scan(index, ItemReaders.workers(workers, keys), Scan.Options.of(2)).run(tenant, new LocalTreeSource(tree, List.of()));
    }

    @Test
    void aPersonIsFoundByTheKeyedHashInTheirTenantOnlyAndTheIndexHoldsNoNumberInClear() throws Exception {
        String fnr = new FnrGenerator(new Random(5)).nextString(FnrGenerator.allSpecs().get(0)); // generated
        byte[] melding = TestDocuments.docx("Bekymringsmelding om barnet, fnr " + fnr + ". Barnevernet vurderer fosterhjem.");
        Path nordby = Files.createDirectories(tmp.resolve("nordby/barnevern"));
        Files.write(nordby.resolve("2024.zip"), TestDocuments.zip("meldingar/melding.docx", melding, "låst.docx",
                TestDocuments.encrypted(TestDocuments.docx("Hemmeleg"))));
        Files.writeString(nordby.resolve("notat.txt"), "Ingen personopplysningar her.", StandardCharsets.UTF_8);
        Path solvik = Files.createDirectories(tmp.resolve("solvik/helse"));
        Files.write(solvik.resolve("journal.docx"), TestDocuments.docx("Journalnotat, fødselsnummer " + fnr));

        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            scanInWorkers(tmp.resolve("nordby"), NORDBY, index, keys, data);
            scanInWorkers(tmp.resolve("solvik"), SOLVIK, index, keys, data);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("index"))));

        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) { // reopened from disk
            assertEquals(5, index.parts(), "the zip, its two members, the note, the journal");
            String nordbyHash = new Pseudonymiser(keys, NORDBY).hash(fnr);
            String solvikHash = new Pseudonymiser(keys, SOLVIK).hash(fnr);
            assertEquals(List.of("barnevern/2024.zip!/meldingar/melding.docx"), index.locationsOf(NORDBY, nordbyHash));
            assertEquals(List.of("helse/journal.docx"), index.locationsOf(SOLVIK, solvikHash));
            assertEquals(List.of(), index.locationsOf(SOLVIK, nordbyHash), "one tenant's hash finds nothing of another's");
            assertEquals(List.of(), index.locationsOf(NORDBY, solvikHash));

            String source = "fs:" + tmp.resolve("nordby").toAbsolutePath().normalize();
            Document melding1 = index.part(NORDBY, source, "barnevern/2024.zip!/meldingar/melding.docx");
            assertEquals("1", melding1.get(FindingsIndex.COUNT + "FODSELSNUMMER"));
            assertEquals("BARNEVERN", melding1.get(FindingsIndex.CATEGORY));
            assertEquals("SCANNED", melding1.get(FindingsIndex.STATUS));
            assertTrue(melding1.get(FindingsIndex.MASKED).endsWith("*****"), "a masked example");
            Document locked = index.part(NORDBY, source, "barnevern/2024.zip!/låst.docx");
            assertEquals("FAILED", locked.get(FindingsIndex.STATUS));
            assertEquals("ENCRYPTED", locked.get(FindingsIndex.FAILURE));
            assertNull(index.part(SOLVIK, source, "barnevern/2024.zip!/låst.docx"), "another tenant's part");
        }
        // nothing under the data directory holds the number in clear text, in any common encoding
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(fnr), f + " holds the number");
                assertFalse(bytes.contains(new String(fnr.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)), f.toString());
            }
        }
    }

    @Test
    void aPartScannedAgainReplacesWhatWasThere() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("share"));
        Path file = tree.resolve("liste.txt");
        Files.writeString(file, "Kontonr: 8601.11.17947");
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            scan(tree, NORDBY, index, keys);
            Files.writeString(file, "Kontoen er sletta.");
            scan(tree, NORDBY, index, keys);
            assertEquals(1, index.parts());
            String source = "fs:" + tree.toAbsolutePath().normalize();
            assertNull(index.part(NORDBY, source, "liste.txt").get(FindingsIndex.COUNT + "KONTONUMMER"), "resolved");
            assertEquals(List.of(), index.locationsOf(NORDBY, new Pseudonymiser(keys, NORDBY).hash("86011117947")));
        }
    }
}
