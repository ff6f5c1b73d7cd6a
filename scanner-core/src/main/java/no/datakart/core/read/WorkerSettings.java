package no.datakart.core.read;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.datakart.core.extract.Extractor;
import no.datakart.patterns.Confidence;

/**
 * How worker processes are started and what they are told.
 *
 * @param java          the {@code java} launcher (of a JDK 21 or newer)
 * @param classPath     the class path, as this process has it
 * @param heapBytes     each worker's heap ({@code -Xmx}): a parser that needs more costs only its item
 * @param timeout       time an item may take; past it, the worker is killed and the item is a {@code TIMEOUT}
 * @param tempDir       where workers keep their temporary files (a folder each, removed when it stops)
 * @param referenceDate "today" for ages (children's data)
 * @param minConfidence the lowest level of finding kept
 * @param limits        text and embedded documents read per item
 * @param classArchive  a class data archive the workers make at their first exit and start from after
 *                      (the JVM's {@code -XX:+AutoCreateSharedArchive}: a worker starts in about half the time),
 *                      or null for none
 */
public record WorkerSettings(Path java, String classPath, long heapBytes, Duration timeout, Path tempDir,
                             LocalDate referenceDate, Confidence minConfidence, Extractor.Limits limits,
                             Path classArchive) {
    /** Time a worker may take to start and say it is ready. */
    static final Duration STARTUP = Duration.ofSeconds(120);

    public WorkerSettings {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tempDir, "tempDir");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(minConfidence, "minConfidence");
        Objects.requireNonNull(limits, "limits");
        if (heapBytes < 64L << 20) throw new IllegalArgumentException("a worker needs a heap of at least 64 MiB");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("timeout under a second");
    }

    /** Workers of this JVM's own {@code java} and class path, 512 MiB each, 5 minutes an item, today, MEDIUM and up. */
    public static WorkerSettings defaults(Path tempDir) {
        return new WorkerSettings(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), 512L << 20, Duration.ofMinutes(5), tempDir, LocalDate.now(),
                Confidence.MEDIUM, Extractor.Limits.DEFAULT, null);
    }

    public WorkerSettings withTimeout(Duration t) {
        return new WorkerSettings(java, classPath, heapBytes, t, tempDir, referenceDate, minConfidence, limits, classArchive);
    }

    public WorkerSettings withHeap(long bytes) {
        return new WorkerSettings(java, classPath, bytes, timeout, tempDir, referenceDate, minConfidence, limits, classArchive);
    }

    public WorkerSettings withReferenceDate(LocalDate date) {
        return new WorkerSettings(java, classPath, heapBytes, timeout, tempDir, date, minConfidence, limits, classArchive);
    }

    public WorkerSettings withLimits(Extractor.Limits l) {
        return new WorkerSettings(java, classPath, heapBytes, timeout, tempDir, referenceDate, minConfidence, l, classArchive);
    }

    public WorkerSettings withClassArchive(Path archive) {
        return new WorkerSettings(java, classPath, heapBytes, timeout, tempDir, referenceDate, minConfidence, limits, archive);
    }

    /** The worker's command line; its temporary files go to {@code tmp}. Nothing secret is on it. */
    List<String> command(Path tmp) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.add("-Xmx" + (heapBytes >> 20) + "m");
        c.add("-XX:+ExitOnOutOfMemoryError"); // exit code 3: the scan tells an OOM from a crash by it
        c.add("-XX:+UseSerialGC");            // a worker is one thread of parsing: no GC threads beside it
        c.add("-Xss4m");                      // deeply nested documents recurse in the parsers
        c.add("-Xlog:disable");               // the JVM's own warnings go to standard error, never into the frames
        c.add("-Xlog:all=warning:stderr");
        if (classArchive != null) { // the JVM checks it against its version and class path, and remakes it if stale
            c.add("-XX:+AutoCreateSharedArchive");
            c.add("-XX:SharedArchiveFile=" + classArchive);
        }
        c.add("--add-modules=jdk.incubator.vector");
        c.add("-Djava.awt.headless=true");
        c.add("-Djava.io.tmpdir=" + tmp);
        c.add("-cp");
        c.add(classPath);
        c.add(WorkerMain.class.getName());
        return c;
    }
}
