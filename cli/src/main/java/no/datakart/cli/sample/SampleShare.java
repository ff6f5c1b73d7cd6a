package no.datakart.cli.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A realistic file share of a made-up municipality, generated: department folders, every common format,
 * documents with and without personal data, archives in archives, e-mails with attachments, and the files
 * that cannot be read (locked, cut off, empty, misnamed). The same seed writes the same bytes. What was
 * planted where is returned as a {@link Manifest}, never written into the share.
 */
public final class SampleShare {
    public static final int DEFAULT_FILES = 300;
    public static final long DEFAULT_SEED = 1;

    private SampleShare() {
    }

    /** One file to make, from its own source of chance. */
    private interface Job {
        FileMaker.Made make(FileMaker maker, Fakes x) throws IOException;
    }

    /** The files every share has whatever its size: one of each format and of each failure. */
    private static final List<Job> FIXED = List.of(
            (m, x) -> m.make(x, Kind.LONNSLISTE, Format.XLSX),       // fifty rows
            (m, x) -> m.make(x, Kind.ELEVLISTE, Format.CSV),
            (m, x) -> m.make(x, Kind.UTBETALINGER, Format.CSV_WINDOWS_1252),
            (m, x) -> m.make(x, Kind.VENTELISTE, Format.XLS),
            (m, x) -> m.make(x, Kind.TELEFONLISTE, Format.ODS),
            (m, x) -> m.make(x, Kind.TELEFONLISTE, Format.HTML),
            (m, x) -> m.make(x, Kind.BEKYMRINGSMELDING, Format.ODT),
            (m, x) -> m.make(x, Kind.VEDTAK_SOSIALHJELP, Format.RTF),
            (m, x) -> m.make(x, Kind.VEDTAK_SOSIALHJELP, Format.TXT_WINDOWS_1252),
            (m, x) -> m.make(x, Kind.VEDTAK_HJEMMESYKEPLEIE, Format.PDF),
            (m, x) -> m.make(x, Kind.ARBEIDSAVTALE, Format.DOCX),
            (m, x) -> m.make(x, Kind.MOTEREFERAT, Format.TXT),        // no personal data
            (m, x) -> m.make(x, Kind.MAL, Format.DOCX),               // no personal data
            (m, x) -> m.make(x, Kind.PROSJEKTSTATUS, Format.PPTX),
            (m, x) -> m.email(x, Kind.VEDTAK_SOSIALHJELP, Format.DOCX),
            (m, x) -> m.email(x, Kind.BYGGESOKNAD, Format.PDF),
            FileMaker::exportZip,
            FileMaker::nestedZip,
            FileMaker::tarGz,
            FileMaker::sevenZ,
            FileMaker::encryptedDocx,
            FileMaker::encryptedPdf,
            FileMaker::truncatedDocx,
            FileMaker::truncatedPdf,
            (m, x) -> m.empty(x),
            FileMaker::misnamed);

    /** Files made at once before they are saved in order: enough to keep the cores busy, few in memory. */
    private static final int BATCH = 64;

    /** The fewest files a share can have: those it always has. */
    public static int minimumFiles() {
        return FIXED.size();
    }

    /**
     * Writes a share of {@code files} files into {@code dir}, which must be new or empty.
     *
     * @throws DirectoryNotEmptyException if {@code dir} holds anything
     * @throws IllegalArgumentException   if {@code files} is below {@link #minimumFiles()}
     */
    public static Manifest generate(Path dir, long seed, int files) throws IOException {
        if (files < minimumFiles()) {
            throw new IllegalArgumentException("a sample share has at least " + minimumFiles() + " files");
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new NotDirectoryException(dir.toString());
            try (Stream<Path> in = Files.list(dir)) {
                if (in.findAny().isPresent()) throw new DirectoryNotEmptyException(dir.toString());
            }
        }
        Files.createDirectories(dir);
        Fakes root = new Fakes(seed);
        FileMaker maker = new FileMaker(Town.of(root));
        ShareFolder folder = new ShareFolder(dir);
        // each file's source of chance is drawn in order, so the share does not depend on which is made first
        for (int from = 0; from < files; from += BATCH) {
            List<Planned> batch = IntStream.range(from, Math.min(files, from + BATCH))
                    .mapToObj(i -> new Planned(i < FIXED.size() ? FIXED.get(i) : FileMaker::ordinary, root.split()))
                    .toList();
            List<FileMaker.Made> made;
            try {
                made = batch.parallelStream().map(p -> p.make(maker)).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (FileMaker.Made m : made) folder.save(m);
        }
        return new Manifest(seed, folder.entries());
    }

    private record Planned(Job job, Fakes x) {
        FileMaker.Made make(FileMaker maker) {
            try {
                return job.make(maker, x);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
