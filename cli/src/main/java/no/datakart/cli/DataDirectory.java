package no.datakart.cli;

import java.io.IOException;
import java.nio.file.Path;

import no.datakart.core.OwnerOnly;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;

/**
 * The data directory's layout: {@code keys/}, {@code index/} and {@code tmp/} (worker processes' temporary files),
 * the directory itself readable by its owner only.
 */
final class DataDirectory {
    private DataDirectory() {
    }

    /** The data directory given, or the default {@code ~/.datakart} when none was (by option or configuration). */
    static Path orDefault(Path data) {
        return data != null ? data : Path.of(System.getProperty("user.home"), ".datakart");
    }

    static FindingsIndex index(Path data) throws IOException {
        ensure(data);
        return new FindingsIndex(data.resolve("index"));
    }

    /** The index as its last commit left it, to read only: a report, look-up or status runs while a scan writes. */
    static FindingsIndex readIndex(Path data) throws IOException {
        return FindingsIndex.readOnly(data.resolve("index"));
    }

    static TenantKeyStore keys(Path data) throws IOException {
        ensure(data);
        return new TenantKeyStore(data.resolve("keys"));
    }

    /**
     * The folder for worker processes' temporary files, emptied first: what a killed scan's workers left
     * (copies of members of archives) goes before the next scan. Only one scan at a time holds the index.
     */
    static Path workerTemp(Path data) throws IOException {
        ensure(data);
        Path tmp = data.resolve("tmp");
        if (java.nio.file.Files.isDirectory(tmp)) {
            try (var files = java.nio.file.Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
            }
        }
        OwnerOnly.directory(tmp);
        return tmp;
    }

    /** Where the worker process keeps the class archive it starts from (named by JDK and jars: see WorkerSettings). */
    static Path classArchive(Path data) throws IOException {
        ensure(data);
        Path dir = data.resolve("cds");
        OwnerOnly.directory(dir);
        return dir.resolve("worker.jsa");
    }

    private static void ensure(Path data) throws IOException {
        OwnerOnly.directory(data);
    }
}
