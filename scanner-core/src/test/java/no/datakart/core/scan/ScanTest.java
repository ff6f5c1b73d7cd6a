package no.datakart.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.TestDocuments;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.RunCounts;
import no.datakart.core.index.RunRecord;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

class ScanTest {
    static final Tenant NORDBY = new Tenant("nordby");

    @TempDir
    Path tmp;

    private static final DetectorSet DETECTORS = new DetectorSet(DetectorSettings.defaults()
            .withReferenceDate(LocalDate.of(2026, 11, 23)).withMinConfidence(Confidence.MEDIUM));

    private static Scan scan(FindingsIndex index, TenantKeyStore keys, Scan.Options options) {
        return new Scan(index, ItemReaders.inProcess(DETECTORS, new Extractor(Extractor.Limits.DEFAULT), keys), options);
    }

    @Test
    void eachRunCountsWhatItAddedChangedResolvedAndRemoved() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share/helse"));
        Files.write(share.resolve("a.docx"), TestDocuments.docx("Kontonr: 8601.11.17947"));
        Files.writeString(share.resolve("b.txt"), "Ingenting her.");
        Files.writeString(share.resolve("c.txt"), "Blir sletta.");
        Files.write(share.resolve("pakke.zip"), TestDocuments.zip("x.txt", "Tlf. 22 33 44 55".getBytes(), "låst.docx",
                TestDocuments.encrypted(TestDocuments.docx("Hemmeleg"))));
        Files.createSymbolicLink(share.resolve("lenkje"), share.resolve("b.txt"));
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        LocalTreeSource source = new LocalTreeSource(tmp.resolve("share"), List.of());
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            Scan scan = scan(index, keys, Scan.Options.of(3));

            RunRecord first = scan.run(NORDBY, source);
            assertEquals(1, first.number());
            assertEquals(new RunCounts(5, 5, 0, 5, 0, 0, 2, 0, 0,
                    Map.of(FailureReason.ENCRYPTED, 1, FailureReason.UNSUPPORTED, 1)), first.counts(),
                    "four files and the link; the docx and the zip hold findings");
            int parts = index.parts();
            assertEquals(5 + 2, parts, "four files, the zip's two members, the link's failure");

            RunRecord again = scan.run(NORDBY, source);
            assertEquals(new RunCounts(5, 0, 5, 0, 0, 0, 0, 0, 0, Map.of()), again.counts());
            assertEquals(parts, index.parts());

            Files.write(share.resolve("a.docx"), TestDocuments.docx("Kontoen er avslutta, nummeret sletta."));
            Files.writeString(share.resolve("b.txt"), "Endra innhald, lengre enn før: tlf. 22 33 44 55.");
            Files.delete(share.resolve("c.txt"));
            Files.writeString(share.resolve("d.txt"), "Ny fil.");
            Files.delete(share.resolve("pakke.zip"));
            RunRecord third = scan.run(NORDBY, source);
            assertEquals(new RunCounts(4, 3, 1, 1, 2, 2, 1, 1, 1, Map.of()), third.counts(),
                    "d added; a (resolved) and b (now with findings) changed; c and the zip (with findings) removed");
            assertEquals(4, index.parts(), "the zip's members went with it");
            assertEquals(List.of(1, 2, 3), index.runs(NORDBY).stream().map(RunRecord::number).toList());
            assertTrue(index.runs(NORDBY).stream().allMatch(RunRecord::complete));
            String src = source.id();
            assertEquals("1", index.part(NORDBY, src, "helse/b.txt").get("firstRun"), "first read by run 1");
            assertEquals("3", index.part(NORDBY, src, "helse/b.txt").get("run"), "last read by run 3");
            assertEquals("3", index.part(NORDBY, src, "helse/d.txt").get("firstRun"));
        }
    }

    @Test
    void departmentsComeFromTheRulesAndANewRuleMovesItemsToIt() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.createDirectories(share.resolve("helse/2024"));
        Files.createDirectories(share.resolve("skule"));
        Files.writeString(share.resolve("helse/2024/journal.txt"), "Journal.");
        Files.writeString(share.resolve("skule/elevar.txt"), "Elevar.");
        Files.write(share.resolve("helse/pakke.zip"), TestDocuments.zip("a.txt", "a".getBytes()));
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            Function<String, String> helse = l -> l.startsWith("helse/") ? "Helse og omsorg" : "";
            scan(index, keys, new Scan.Options(2, Long.MAX_VALUE, helse)).run(NORDBY, source);
            assertEquals("Helse og omsorg", index.part(NORDBY, source.id(), "helse/2024/journal.txt").get("department"));
            assertEquals("Helse og omsorg", index.part(NORDBY, source.id(), "helse/pakke.zip!/a.txt").get("department"));
            assertEquals("", index.part(NORDBY, source.id(), "skule/elevar.txt").get("department"));

            Function<String, String> both = l -> l.startsWith("skule/") ? "Oppvekst" : helse.apply(l);
            RunRecord second = scan(index, keys, new Scan.Options(2, Long.MAX_VALUE, both)).run(NORDBY, source);
            assertEquals(1, second.counts().read(), "only the item whose department changed is read again");
            assertEquals("Oppvekst", index.part(NORDBY, source.id(), "skule/elevar.txt").get("department"));
        }
    }

    @Test
    void aWindows1252TextFileOfAnOldShareIsReadInItsCharset() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        String fnr = new no.datakart.patterns.fnr.FnrGenerator(new java.util.Random(8))
                .nextString(no.datakart.patterns.fnr.FnrGenerator.allSpecs().get(0)); // generated
        Files.write(share.resolve("gamal.txt"), ("Søknad om økonomisk sosialhjelp frå søkjar.\r\nFødselsnummer: " + fnr
                + "\r\nSøkjaren bur på Øvre Årstad.\r\n").getBytes("windows-1252"));
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            LocalTreeSource source = new LocalTreeSource(share, List.of());
            scan(index, keys, Scan.Options.of(1)).run(NORDBY, source);
            var part = index.part(NORDBY, source.id(), "gamal.txt");
            assertEquals("1", part.get("count.FODSELSNUMMER"), "the label Fødselsnummer read as such");
            assertTrue(part.get("contentType").startsWith("text/plain; charset="), part.get("contentType"));
            assertTrue(!part.get("contentType").contains("UTF-8"), part.get("contentType"));
        }
    }

    @Test
    void anItemOverTheSizeLimitIsNotReadAndSaysWhy() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.writeString(share.resolve("liten.txt"), "Kort.");
        Files.writeString(share.resolve("stor.txt"), "Kontonr 8601.11.17947 ".repeat(100));
        Path data = tmp.resolve("data");
        TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            LocalTreeSource source = new LocalTreeSource(share, List.of());
            RunRecord run = scan(index, keys, new Scan.Options(1, 1000, l -> "")).run(NORDBY, source);
            assertEquals(Map.of(FailureReason.TOO_LARGE, 1), run.counts().failures());
            assertEquals("TOO_LARGE", index.part(NORDBY, source.id(), "stor.txt").get("failure"));
            assertNull(index.part(NORDBY, source.id(), "stor.txt").get("count.KONTONUMMER"), "not read");
        }
    }

    @Test
    void readersInWorkerProcessesWriteWhatReadersInThisProcessWrite() throws Exception {
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
        List<List<String>> dumps = new java.util.ArrayList<>();
        for (int workers : new int[] {1, 3}) {
            Path data = tmp.resolve("data" + workers);
            TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
            try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
                ItemReaders readers = workers == 1
                        ? ItemReaders.inProcess(DETECTORS, new Extractor(Extractor.Limits.DEFAULT), keys)
                        : ItemReaders.workers(WorkerSettings.defaults(data.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23)), keys);
                new Scan(index, readers, Scan.Options.of(workers)).run(NORDBY, new LocalTreeSource(share, List.of()));
                dumps.add(index.dump(NORDBY));
            }
        }
        assertEquals(120 + 12 * 2 + 1, dumps.get(0).size(), "every file and member, and the run");
        assertEquals(dumps.get(0), dumps.get(1));
    }
}
