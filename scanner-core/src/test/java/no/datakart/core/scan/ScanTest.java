package no.datakart.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.TestDocuments;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

class ScanTest {
    static final Tenant NORDBY = new Tenant("nordby");

    @TempDir
    Path tmp;

    @Test
    void aRescanReadsOnlyWhatChangedAndTakesOutWhatIsGone() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share/helse"));
        Files.write(share.resolve("a.docx"), TestDocuments.docx("Kontonr: 8601.11.17947"));
        Files.writeString(share.resolve("b.txt"), "Ingenting her.");
        Files.writeString(share.resolve("c.txt"), "Blir sletta.");
        Files.write(share.resolve("pakke.zip"), TestDocuments.zip("x.txt", "x".getBytes(), "låst.docx",
                TestDocuments.encrypted(TestDocuments.docx("Hemmeleg"))));
        Files.createSymbolicLink(share.resolve("lenkje"), share.resolve("b.txt"));
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        LocalTreeSource source = new LocalTreeSource(tmp.resolve("share"), List.of());
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)));
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            Scan scan = new Scan(index, detectors, new Extractor(Extractor.Limits.DEFAULT), 3);

            RunSummary first = scan.run(NORDBY, source, keys, "run-1");
            assertEquals(new RunSummary("run-1", 4, 4, 0, 0,
                    Map.of(FailureReason.ENCRYPTED, 1, FailureReason.UNSUPPORTED, 1)), first);
            int parts = index.parts();
            assertEquals(4 + 2 + 1, parts, "four files, the zip's two members, the link's failure");

            RunSummary again = scan.run(NORDBY, source, keys, "run-2");
            assertEquals(new RunSummary("run-2", 4, 0, 4, 0, Map.of(FailureReason.UNSUPPORTED, 1)), again);
            assertEquals(parts, index.parts());

            Files.writeString(share.resolve("b.txt"), "Endra innhald, lengre enn før.");
            Files.delete(share.resolve("c.txt"));
            Files.writeString(share.resolve("d.txt"), "Ny fil.");
            Files.delete(share.resolve("pakke.zip"));
            RunSummary third = scan.run(NORDBY, source, keys, "run-3");
            assertEquals(new RunSummary("run-3", 3, 2, 1, 2, Map.of(FailureReason.UNSUPPORTED, 1)), third);
            assertEquals(3 + 1, index.parts(), "the zip's members went with it");
        }
    }

    @Test
    void workersInParallelWriteWhatOneWorkerWrites() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        for (int i = 0; i < 120; i++) {
            Path dir = Files.createDirectories(share.resolve("m" + i % 7));
            if (i % 10 == 0) {
                Files.write(dir.resolve("p" + i + ".zip"), TestDocuments.zip("a.txt", ("Kontonr 8601.11.17947 " + i).getBytes(),
                        "b.docx", TestDocuments.docx("Dokument " + i)));
            } else {
                Files.writeString(dir.resolve("n" + i + ".txt"), "Notat " + i + (i % 3 == 0 ? " tlf. 22 33 44 55" : ""));
            }
        }
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23)));
        List<List<String>> dumps = new java.util.ArrayList<>();
        for (int workers : new int[] {1, 4}) {
            Path data = tmp.resolve("data" + workers);
            try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
                new Scan(index, detectors, new Extractor(Extractor.Limits.DEFAULT), workers)
                        .run(NORDBY, new LocalTreeSource(share, List.of()), new TenantKeyStore(data.resolve("keys")), "run");
                dumps.add(index.dump(NORDBY));
            }
        }
        assertEquals(120 + 12 * 2, dumps.get(0).size());
        assertEquals(dumps.get(0), dumps.get(1));
    }
}
