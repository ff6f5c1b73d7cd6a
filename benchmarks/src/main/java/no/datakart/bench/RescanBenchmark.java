package no.datakart.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.index.RunCounts;
import no.datakart.core.index.RunRecord;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/**
 * Issue 4's rescan target: a tree of {@code files} small files, scanned once in the setup, then scanned
 * again unchanged — the walk, the fingerprints the index has, and nothing read. Target: 100 000 files in
 * under 15 s. Run: {@code ./bench RescanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class RescanBenchmark {
    @Param({"100000"})
    public int files;

    private Path dir;
    private Path share;
    private FindingsIndex index;
    private TenantKeyStore keys;
    private Scan scan;
    private final Tenant tenant = new Tenant("bench");

    @Setup(Level.Trial)
    public void setup() throws IOException {
        dir = Files.createTempDirectory("datakart-rescan-bench");
        share = Files.createDirectories(dir.resolve("share"));
        for (int i = 0; i < files; i++) {
            Path folder = share.resolve("avd" + i % 50).resolve("aar" + i % 7);
            if (i < 350) Files.createDirectories(folder);
            Files.writeString(folder.resolve("notat" + i + ".txt"), "Notat " + i, StandardCharsets.UTF_8);
        }
        index = new FindingsIndex(dir.resolve("data/index"));
        keys = new TenantKeyStore(dir.resolve("data/keys"));
        int threads = Runtime.getRuntime().availableProcessors();
        // the first scan in this process, for time; the rescans measured as a real scan runs, with worker processes
        // (started only when an item is to be read: none here)
        RunRecord first = new Scan(index, ItemReaders.inProcess(new DetectorSet(DetectorSettings.defaults()
                .withReferenceDate(LocalDate.of(2026, 11, 23)).withMinConfidence(Confidence.MEDIUM)),
                new Extractor(Extractor.Limits.DEFAULT), keys), Scan.Options.of(threads))
                .run(tenant, new LocalTreeSource(share, List.of()));
        if (first.counts().read() != files) throw new IllegalStateException("the first scan read " + first.counts().read());
        scan = new Scan(index, ItemReaders.workers(WorkerSettings.defaults(dir.resolve("data/tmp")), keys), Scan.Options.of(threads));
    }

    @Benchmark
    public int rescanUnchanged() throws IOException {
        RunCounts s = scan.run(tenant, new LocalTreeSource(share, List.of())).counts();
        if (s.read() != 0 || s.unchanged() != files) throw new IllegalStateException("not unchanged: " + s);
        return s.unchanged();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
