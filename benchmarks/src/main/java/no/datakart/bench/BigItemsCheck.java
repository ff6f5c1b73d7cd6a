package no.datakart.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.RunRecord;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;

/**
 * The memory check of issue 4, a benchmark command: a share holding a 1 GB text file of municipal text, an
 * archive nested 40 deep and an archive of 20 000 members, scanned as {@code datakart scan} scans it, by a
 * scanning process run with {@code -Xmx512m} and the worker process at 512 MiB a thread. Prints each item's status,
 * the time, and the scanning process's peak heap. Run with {@code ./bench BigItems [DIR] [MB]}.
 */
public final class BigItemsCheck {
    private BigItemsCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/big-items");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        Path share = Files.createDirectories(dir.resolve("share"));
        long t0 = System.nanoTime();
        long bytes = writeBigText(share.resolve("stor.txt"), megabytes);
        Files.write(share.resolve("djup.zip"), nested(40));
        Files.write(share.resolve("brei.zip"), wide(20_000));
        System.out.printf("share written: %d MB text, nested and wide archives, %.1f s%n", bytes >> 20, (System.nanoTime() - t0) / 1e9);

        Path data = dir.resolve("data");
        deleteTree(data);
        WorkerSettings workers = WorkerSettings.defaults(data.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23));
        Tenant tenant = new Tenant("bench");
        long t1 = System.nanoTime();
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            RunRecord run = new Scan(index, ItemReaders.workers(workers, new TenantKeyStore(data.resolve("keys"))),
                    Scan.Options.of(Runtime.getRuntime().availableProcessors())).run(tenant, new LocalTreeSource(share, List.of()));
            double seconds = (System.nanoTime() - t1) / 1e9;
            String source = new LocalTreeSource(share, List.of()).id();
            for (String item : List.of("stor.txt", "djup.zip", "brei.zip")) {
                var d = index.part(tenant, source, item);
                System.out.printf("%-9s %s %s findings=%s itemFindings=%s%n", item, d.get("status"),
                        d.get("failure") == null ? "" : d.get("failure") + " (" + d.get("detail") + ")",
                        d.get("findings"), d.get("itemFindings"));
            }
            System.out.printf("run: %s%nscan: %.1f s (%.1f MB/s for the text file's bytes); parts %d%n", run.counts(), seconds,
                    bytes / 1e6 / seconds, index.parts());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("scanning process: max heap %d MiB, peak heap used %d MiB (sum of pool peaks); worker: %d MiB heap a thread%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, workers.heapBytes() >> 20);
    }

    /** Municipal text, 8 different 4 MiB stretches over and over, to the size asked. */
    private static long writeBigText(Path file, int megabytes) throws IOException {
        long target = (long) megabytes << 20;
        if (Files.exists(file) && Files.size(file) >= target) return Files.size(file);
        String[] chunks = new String[8];
        for (int i = 0; i < chunks.length; i++) chunks[i] = MunicipalCorpus.generate(1000 + i, 4 << 20);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; written < target; i++) {
                String c = chunks[i % chunks.length];
                w.write(c);
                written += c.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return Files.size(file);
    }

    /** A zip in a zip ... {@code depth} deep, a short text at the bottom. */
    private static byte[] nested(int depth) throws IOException {
        byte[] inner = "Kontonr: 8601.11.17947".getBytes(StandardCharsets.UTF_8);
        String name = "bunn.txt";
        for (int i = 0; i < depth; i++) {
            inner = zip(name, inner);
            name = "nivaa" + (depth - i) + ".zip";
        }
        return inner;
    }

    private static byte[] wide(int members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < members; i++) {
                z.putNextEntry(new ZipEntry("notat" + i + ".txt"));
                z.write(("Notat " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
        }
        return out.toByteArray();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
