package no.datakart.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.extract.PartSink;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/**
 * Issue 4's first target, side by side in one run: a whole scan of a generated share (extraction,
 * detection, the index on disk) against bare Tika extraction of the same files with the same number of
 * threads. The share: {@code files} municipal documents from {@link MunicipalCorpus} as plain text, Word
 * files and zip archives of two Word files each, written once by another JVM and kept in the temporary
 * folder. Each operation is one pass over the whole share; the scan writes a fresh index each time, with a
 * fresh worker process (its start and JIT warm-up are in its time, as in every run of {@code datakart scan};
 * it starts from the class archive or AOT cache an earlier scan made, as a nightly scan's does). Warm JVMs
 * favour bare Tika, whose JVM the iterations keep warm; cold against cold, as a user meets both:
 * {@code ./bench ScanBenchmark -f 3 -wi 0 -i 1 [-p files=20000]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class ScanBenchmark {
    @Param({"600"})
    public int files;

    @Param({"2"})
    public int threads;

    /** {@code workers} as {@code datakart scan} reads, {@code inProcess} to tell the cost of the isolation. */
    @Param({"workers"})
    public String reading;

    private Path dir;
    private Path share;
    private List<Path> paths;
    private int round;

    @Setup(Level.Trial)
    public void setup() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("datakart-scan-bench");
        share = Path.of(System.getProperty("java.io.tmpdir"), "datakart-bench-share", "v1-files-" + files);
        Path made = share.resolveSibling(share.getFileName() + ".done");
        if (!Files.exists(made)) {
            // written by another JVM: making 600 Word files here would leave this one's JIT compiling POI
            // while the benchmark runs, a tax on the scan and a warm-up for bare Tika
            Process maker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ScanBenchmark.class.getName(), share.toString(), Integer.toString(files))
                    .inheritIO().start();
            if (maker.waitFor() != 0) throw new IOException("the share was not made");
            Files.createFile(made);
        }
        try (var walk = Files.walk(share)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (paths.size() != files) throw new IOException(share + " holds " + paths.size() + " files, not " + files);
    }

    /** Writes the share: {@code DIR FILES}. */
    public static void main(String[] args) throws IOException {
        Path share = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        if (Files.exists(share)) delete(share);
        List<String> docs = MunicipalCorpus.labelled(20261123L, files * 6000).stream()
                .map(d -> d.replaceAll("\\[\\[[A-Z_0-9]+\\|([^\\]]*)]]", "$1")).toList();
        for (int i = 0; i < files; i++) {
            String text = docs.get(i % docs.size());
            Path folder = Files.createDirectories(share.resolve("enhet" + i % 12));
            switch (i % 4) {
                case 0, 1 -> Files.writeString(folder.resolve("notat" + i + ".txt"), text, StandardCharsets.UTF_8);
                case 2 -> Files.write(folder.resolve("dokument" + i + ".docx"), docx(text));
                default -> {
                    try (OutputStream out = Files.newOutputStream(folder.resolve("arkiv" + i + ".zip"));
                         ZipOutputStream z = new ZipOutputStream(out)) {
                        for (int k = 0; k < 2; k++) {
                            z.putNextEntry(new ZipEntry("del" + k + ".docx"));
                            z.write(docx(docs.get((i + k + 1) % docs.size())));
                            z.closeEntry();
                        }
                    }
                }
            }
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) d.createParagraph().createRun().setText(line);
            d.write(out);
            return out.toByteArray();
        }
    }

    /** Bare extraction: every file and every document inside one, its text read and dropped. */
    @Benchmark
    public long bareTika() throws Exception {
        Extractor extractor = new Extractor(Extractor.Limits.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (Path f : paths) {
                done.add(pool.submit(() -> {
                    long[] chars = {0};
                    // from the file, as the scan's workers read it
                    extractor.extract(f, f.getFileName().toString(), new PartSink() {
                        @Override
                        public void start(String path) {
                        }

                        @Override
                        public void text(char[] c, int off, int len) {
                            chars[0] += len;
                        }

                        @Override
                        public void end(String contentType, FailureReason failure, String detail) {
                        }
                    });
                    return chars[0];
                }));
            }
            long total = 0;
            for (Future<Long> d : done) total += d.get();
            return total;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The whole scan into a fresh index as {@code datakart scan} runs it: walk, then in worker processes (started
     * by the scan, so their start is in the time) extract, detect and hash, then write and commit.
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-XX:TieredStopAtLevel=1"}) // as the datakart launcher runs a scan's own process; its worker has all tiers
    public int scan() throws Exception {
        Path data = dir.resolve("data" + round++);
        Path archive = Path.of(System.getProperty("java.io.tmpdir"), "datakart-bench-cds", "worker.jsa");
        Files.createDirectories(archive.getParent());
        WorkerSettings workers = WorkerSettings.defaults(data.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23))
                .withClassArchive(archive);
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            TenantKeyStore keys = new TenantKeyStore(data.resolve("keys"));
            ItemReaders readers = reading.equals("workers") ? ItemReaders.workers(workers, keys)
                    : ItemReaders.inProcess(new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))
                            .withMinConfidence(Confidence.MEDIUM)), new Extractor(Extractor.Limits.DEFAULT), keys);
            return new Scan(index, readers, Scan.Options.of(threads))
                    .run(new Tenant("bench"), new LocalTreeSource(share, List.of())).counts().read();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(dir); // the share stays for the next fork
    }

    private static void delete(Path tree) throws IOException {
        try (var paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
