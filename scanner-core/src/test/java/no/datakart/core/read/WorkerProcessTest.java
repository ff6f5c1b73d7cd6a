package no.datakart.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.TestDocuments;
import no.datakart.core.index.PartRecord;
import no.datakart.core.source.Item;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.core.source.Source;
import no.datakart.patterns.IdentifierType;

/**
 * Real worker processes meeting parsers that hang, run out of memory, crash and overflow their stack (files a
 * test parser misbehaves on): each costs only its own item, which gets its reason, and the next item is read
 * by a new process.
 */
class WorkerProcessTest {
    @TempDir
    Path tmp;

    private WorkerSettings settings() {
        return WorkerSettings.defaults(tmp.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23))
                .withTimeout(Duration.ofSeconds(4)).withHeap(96L << 20);
    }

    private static List<PartRecord> read(ItemReader reader, Source source, String location) throws IOException {
        List<PartRecord> parts = new ArrayList<>();
        reader.read(source, new Item(location, 1, Instant.EPOCH, "x", ""), parts::add);
        return parts;
    }

    private static PartRecord own(List<PartRecord> parts) {
        assertEquals("", parts.get(parts.size() - 1).path(), "the item's own part comes last");
        assertEquals(1, parts.stream().filter(p -> p.path().isEmpty()).count(), "once");
        return parts.get(parts.size() - 1);
    }

    @Test
    void aHangCostsItsItemTheTimeLimitAndThePartsReadBeforeItAreKept() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.write(share.resolve("pakke.zip"), TestDocuments.zip("a.txt", "Kontonr: 8601.11.17947".getBytes(StandardCharsets.UTF_8),
                "b/vond.trouble", "hang".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(share.resolve("etter.txt"), "Kontonr: 8601.11.17947");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 1)) {
            ItemReader reader = worker.reader();
            assertNull(own(read(reader, source, "etter.txt")).failure(), "started and warm: the time below is the item's");
            long start = System.nanoTime();
            List<PartRecord> parts = read(reader, source, "pakke.zip");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds >= 4 && seconds < 20, "the time limit, no more: " + seconds + " s");
            assertEquals(List.of("/a.txt", "/b/vond.trouble", ""), parts.stream().map(PartRecord::path).toList());
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), parts.get(0).counts(), "read before the hang: kept");
            assertEquals(FailureReason.TIMEOUT, parts.get(1).failure());
            PartRecord item = own(parts);
            assertEquals(FailureReason.TIMEOUT, item.failure());
            assertEquals("took longer than 4 s (in /b/vond.trouble)", item.detail());

            List<PartRecord> next = read(reader, source, "etter.txt");
            assertNull(own(next).failure());
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), own(next).counts());
            assertEquals(2, worker.processesStarted(), "a new process for the item after the hang");
        }
    }

    @Test
    void runningOutOfMemoryCrashingAndOverflowingTheStackEachGetTheirReason() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.writeString(share.resolve("minne.trouble"), "oom");
        Files.writeString(share.resolve("krasj.trouble"), "halt");
        Files.writeString(share.resolve("djup.trouble"), "deep");
        Files.writeString(share.resolve("grei.trouble"), "Tlf. 22 33 44 55");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 1)) {
            ItemReader reader = worker.reader();
            PartRecord oom = own(read(reader, source, "minne.trouble"));
            assertEquals(FailureReason.OUT_OF_MEMORY, oom.failure());
            assertEquals("needed more than the worker's 96 MiB heap", oom.detail());
            PartRecord crash = own(read(reader, source, "krasj.trouble"));
            assertEquals(FailureReason.PARSER_CRASH, crash.failure());
            assertEquals("the worker process ended with exit code 134", crash.detail());
            PartRecord deep = own(read(reader, source, "djup.trouble"));
            assertEquals(FailureReason.PARSER_CRASH, deep.failure());
            assertEquals("StackOverflowError", deep.detail());
            PartRecord fine = own(read(reader, source, "grei.trouble"));
            assertNull(fine.failure());
            assertEquals(Map.of(IdentifierType.TELEFON, 1), fine.counts(), "read by the test parser as text");
            assertEquals(6, worker.processesStarted(), "out of memory and the crash each twice: again alone, to be sure");
        }
        try (var left = Files.list(tmp.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "every worker's temporary folder removed");
        }
    }

    /**
     * Two threads share one process. An item that hangs costs the process; the item read beside it, held up in
     * its parser until the first has ended, is read again by the next process and tells each of its parts once.
     */
    @Test
    void anItemReadBesideOneThatHangsIsReadAgainAndLosesNothing() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path go = tmp.resolve("go");
        Files.writeString(share.resolve("heng.trouble"), "hang");
        Files.write(share.resolve("ved.zip"), TestDocuments.zip("a.txt", "Kontonr: 8601.11.17947".getBytes(StandardCharsets.UTF_8),
                "b.trouble", ("wait " + go + " Tlf. 22 33 44 55").getBytes(StandardCharsets.UTF_8)));
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 2)) {
            ItemReader first = worker.reader();
            ItemReader second = worker.reader();
            CompletableFuture<List<PartRecord>> hanging = CompletableFuture.supplyAsync(() -> uncheckedRead(first, source, "heng.trouble"));
            while (worker.reading() < 1) Thread.sleep(20);
            Thread.sleep(500); // its time runs out well before the other's
            CompletableFuture<List<PartRecord>> beside = CompletableFuture.supplyAsync(() -> uncheckedRead(second, source, "ved.zip"));
            PartRecord hang = own(hanging.get(60, TimeUnit.SECONDS));
            assertEquals(FailureReason.TIMEOUT, hang.failure());
            Files.writeString(go, "");
            List<PartRecord> parts = beside.get(60, TimeUnit.SECONDS);
            assertEquals(List.of("/a.txt", "/b.trouble", ""), parts.stream().map(PartRecord::path).toList(), "each part once");
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), parts.get(0).counts());
            assertEquals(Map.of(IdentifierType.TELEFON, 1), parts.get(1).counts());
            assertNull(own(parts).failure());
            assertEquals(2, worker.processesStarted());
        }
    }

    /**
     * A process that runs out of memory names no item: each of the two it was reading is read again alone,
     * where the one to blame runs out again and the other is read whole.
     */
    @Test
    void whenAProcessRunsOutOfMemoryUnderTwoItemsEachIsReadAloneToFindTheOneToBlame() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path go = tmp.resolve("go");
        Files.writeString(share.resolve("minne.trouble"), "oom");
        Files.writeString(share.resolve("ved.trouble"), "wait " + go + " Kontonr: 8601.11.17947");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 2)) {
            ItemReader first = worker.reader();
            ItemReader second = worker.reader();
            CompletableFuture<List<PartRecord>> beside = CompletableFuture.supplyAsync(() -> uncheckedRead(second, source, "ved.trouble"));
            while (worker.reading() < 1) Thread.sleep(20); // the innocent one first, so that both are in flight
            CompletableFuture<List<PartRecord>> oom = CompletableFuture.supplyAsync(() -> uncheckedRead(first, source, "minne.trouble"));
            while (worker.processesStarted() < 2) Thread.sleep(20); // the first process ran out under both
            Files.writeString(go, "");
            PartRecord blamed = own(oom.get(60, TimeUnit.SECONDS));
            assertEquals(FailureReason.OUT_OF_MEMORY, blamed.failure());
            assertEquals("needed more than the worker's 96 MiB heap", blamed.detail());
            List<PartRecord> parts = beside.get(60, TimeUnit.SECONDS);
            assertEquals(1, parts.size(), "told once");
            assertNull(own(parts).failure());
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), own(parts).counts());
        }
    }

    /** A worker that reports a fatal error names the item; the one beside it is read again at once, not alone. */
    @Test
    void aStackOverflowBesideAnotherItemIsBlamedOnItsOwnItem() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path go = tmp.resolve("go");
        Files.writeString(share.resolve("djup.trouble"), "deep");
        Files.writeString(share.resolve("ved.trouble"), "wait " + go + " Kontonr: 8601.11.17947");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 2)) {
            ItemReader first = worker.reader();
            ItemReader second = worker.reader();
            CompletableFuture<List<PartRecord>> beside = CompletableFuture.supplyAsync(() -> uncheckedRead(second, source, "ved.trouble"));
            while (worker.reading() < 1) Thread.sleep(20);
            PartRecord deep = own(read(first, source, "djup.trouble"));
            assertEquals(FailureReason.PARSER_CRASH, deep.failure());
            assertEquals("StackOverflowError", deep.detail());
            Files.writeString(go, "");
            PartRecord fine = own(beside.get(60, TimeUnit.SECONDS));
            assertNull(fine.failure());
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), fine.counts());
            assertEquals(2, worker.processesStarted(), "the innocent one read again by the next process, no third");
        }
    }

    private static List<PartRecord> uncheckedRead(ItemReader reader, Source source, String location) {
        try {
            return read(reader, source, location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aNewWorkerTakesOverAfterItsShareOfItems() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.writeString(share.resolve("a.txt"), "Kontonr: 8601.11.17947");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 1, 2)) {
            ItemReader reader = worker.reader();
            for (int i = 0; i < 5; i++) assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), own(read(reader, source, "a.txt")).counts());
            assertEquals(3, worker.processesStarted(), "items 1-2, 3-4, 5");
        }
    }

    @Test
    void anItemFromAStoreWithNoLocalFileIsReadFromATemporaryCopyThatIsRemoved() throws Exception {
        byte[] docx = TestDocuments.docx("Kontonr: 8601.11.17947");
        Source remote = new Source() {
            @Override
            public String id() {
                return "remote:test";
            }

            @Override
            public void walk(Visitor visitor) {
            }

            @Override
            public InputStream open(Item item) {
                return new ByteArrayInputStream(docx);
            }
        };
        try (WorkerProcess worker = new WorkerProcess(settings(), new byte[32], 1)) {
            ItemReader reader = worker.reader();
            PartRecord item = own(read(reader, remote, "brev.docx"));
            assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), item.counts());
            assertTrue(item.contentType().contains("wordprocessingml"), item.contentType());
            assertEquals(Optional.empty(), remote.file(null));
        }
        try (var left = Files.list(tmp.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "the copy removed");
        }
    }

    /**
     * The JVM's messages about its class archive (here: it cannot make one from a class path of folders, as
     * the tests have; from the jars of a real install it does) go to standard error, never into the frames.
     */
    @Test
    void aClassArchiveTheJvmComplainsAboutDoesNotDisturbTheWorker() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.writeString(share.resolve("a.txt"), "Kontonr: 8601.11.17947");
        Path archive = tmp.resolve("cds/worker.jsa");
        Files.createDirectories(archive.getParent());
        WorkerSettings withArchive = settings().withClassArchive(archive);
        for (int round = 0; round < 2; round++) {
            try (WorkerProcess worker = new WorkerProcess(withArchive, new byte[32], 1)) {
                ItemReader reader = worker.reader();
                PartRecord item = own(read(reader, new LocalTreeSource(share, List.of()), "a.txt"));
                assertEquals(Map.of(IdentifierType.KONTONUMMER, 1), item.counts(), "round " + round);
            }
        }
    }

    @Test
    void aWorkerThatCannotStartIsAClearErrorNotAFailedItem() {
        WorkerSettings broken = new WorkerSettings(tmp.resolve("no-java-here"), System.getProperty("java.class.path"),
                96L << 20, Duration.ofSeconds(4), tmp.resolve("tmp"), LocalDate.of(2026, 11, 23),
                no.datakart.patterns.Confidence.MEDIUM, no.datakart.core.extract.Extractor.Limits.DEFAULT, null);
        try (WorkerProcess worker = new WorkerProcess(broken, new byte[32], 1)) {
            ItemReader reader = worker.reader();
            IOException e = assertThrows(IOException.class, () -> read(reader, new LocalTreeSource(tmp, List.of()), "x.txt"));
            assertTrue(e.getMessage().contains("no-java-here"), e.getMessage());
        }
    }
}
