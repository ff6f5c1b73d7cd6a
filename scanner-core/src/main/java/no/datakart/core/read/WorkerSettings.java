package no.datakart.core.read;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import no.datakart.core.extract.Extractor;
import no.datakart.patterns.Confidence;

/**
 * How worker processes are started and what they are told.
 *
 * @param java          the {@code java} launcher (of a JDK 21 or newer)
 * @param classPath     the class path, as this process has it
 * @param heapBytes     a worker's heap for each of its reading threads ({@code -Xmx} is this times the threads): a
 *                      parser that needs more costs only its item
 * @param timeout       time an item may take; past it, the worker is killed and the item is a {@code TIMEOUT}
 * @param tempDir       where workers keep their temporary files (a folder each, removed when it stops)
 * @param referenceDate "today" for ages (children's data)
 * @param minConfidence the lowest level of finding kept
 * @param limits        text and embedded documents read per item
 * @param classArchive  where the workers keep the class archive they make at their first exit and start
 *                      from after, or null for none: the file's name gets a fingerprint of what the archive is
 *                      only good for (the JDK, the class path's jars, the collector), so a stale one is never
 *                      tried. On JDK 25 and newer it is an AOT cache ({@code -XX:AOTCacheOutput}: classes
 *                      loaded and linked, and method profiles, so the JIT starts from the last run's), before
 *                      a class data archive ({@code -XX:+AutoCreateSharedArchive}: classes loaded)
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

    /** The class archive of a worker of {@code threads} threads, its name fingerprinted (see {@link #classArchive}). */
    Path archiveFile(int threads) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder what = new StringBuilder(ownJava() ? Runtime.version().toString() : java.toString());
        what.append('|').append(gc(threads));
        for (String entry : classPath.split(File.pathSeparator)) {
            File f = new File(entry);
            what.append('|').append(entry).append(':').append(f.length()).append(':').append(f.lastModified());
        }
        String print = HexFormat.of().formatHex(digest.digest(what.toString().getBytes(StandardCharsets.UTF_8)), 0, 6);
        return classArchive.resolveSibling(archiveStem() + "-" + print + (aotCache() ? ".aot" : ".jsa"));
    }

    /** The archive's name without its ending: {@code worker-1} of {@code worker-1.jsa}. */
    private String archiveStem() {
        return classArchive.getFileName().toString().replaceFirst("\\.(jsa|aot)$", "");
    }

    /** Removes the archives of other JDKs and class paths beside this one: each is tens of MB no worker will use. */
    void removeStaleArchives(int threads) {
        if (classArchive == null) return;
        Path current = archiveFile(threads);
        Pattern ours = Pattern.compile(Pattern.quote(archiveStem()) + "-[0-9a-f]{12}\\.(jsa|aot|aot\\.config)");
        try (var files = Files.list(current.getParent())) {
            for (Path f : files.filter(f -> ours.matcher(f.getFileName().toString()).matches() && !f.equals(current)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // tried again at the next start
        }
    }

    /** Whether the workers' JVM keeps an AOT cache: JDK 25 and newer (JEP 514, 515); only this JVM's version is known. */
    private boolean aotCache() {
        return ownJava() && Runtime.version().feature() >= 25;
    }

    private boolean ownJava() {
        return java.equals(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static String gc(int threads) {
        return threads == 1 ? "-XX:+UseSerialGC" : "-XX:+UseParallelGC"; // one thread of parsing needs no GC threads beside it
    }

    /** The command line of a worker of {@code threads} reading threads; its temporary files go to {@code tmp}. Nothing secret is on it. */
    List<String> command(Path tmp, int threads) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.add("-Xmx" + (heapBytes * threads >> 20) + "m");
        c.add("-XX:+ExitOnOutOfMemoryError"); // exit code 3: the scan tells an OOM from a crash by it
        c.add(gc(threads));
        c.add("-Xss4m");                      // deeply nested documents recurse in the parsers
        c.add("-Xlog:disable");               // the JVM's own warnings go to standard error, never into the frames
        c.add("-Xlog:all=warning:stderr");
        if (classArchive != null) {
            Path file = archiveFile(threads);
            if (!aotCache()) {
                c.add("-XX:+AutoCreateSharedArchive");
                c.add("-XX:SharedArchiveFile=" + file);
            } else {
                c.add((Files.isRegularFile(file) ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + file);
            }
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
