package no.datakart.cli.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;
import no.datakart.core.detect.PartScanner;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.extract.Extractor;
import no.datakart.core.extract.PartSink;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;
import no.datakart.patterns.set.DetectorSet;

/**
 * The sample share read back as {@code datakart scan} reads it — Tika's extraction, every detector at
 * MEDIUM — holds, part by part, exactly what the manifest says was planted.
 */
class SampleShareTest {
    static final int FILES = 80;

    /** A day on which the children's numbers (born 2014-2024) are under 18 and the adults' are not. */
    static final LocalDate SCAN_DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    static Path tmp;
    static Path share;
    static Manifest manifest;

    private static final Pseudonymiser HASHES = new Pseudonymiser(new byte[32]);
    private static final Extractor EXTRACTOR = new Extractor(Extractor.Limits.DEFAULT);
    private static final DetectorSet DETECTORS = new DetectorSet(
            DetectorSettings.defaults().withMinConfidence(Confidence.MEDIUM).withReferenceDate(SCAN_DAY)); // as scan

    @BeforeAll
    static void generate() throws IOException {
        share = tmp.resolve("nordby");
        manifest = SampleShare.generate(share, 1, FILES);
    }

    /** The parts of one file, as the scan reads them. */
    static List<PartRecord> scan(Path file) {
        List<PartRecord> parts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            EXTRACTOR.extract(in, file.getFileName().toString(), new PartScanner(DETECTORS, HASHES, parts::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    @Test
    void everyPartHoldsWhatWasPlantedAndNothingElse() {
        List<String> wrong = manifest.files().parallelStream()
                .flatMap(f -> compare(f, scan(share.resolve(f.path()))).stream())
                .sorted().toList();
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " parts differ:\n" + String.join("\n", wrong));
        long parts = manifest.files().stream().mapToLong(f -> f.parts().size()).sum();
        assertTrue(parts > FILES + 20, "archives and mails add parts: " + parts);
    }

    /**
     * What differs in one file, in counts only. A readable part must show every planted identifier by type,
     * the children among them, and the categories its text was written to show, no more; a part that
     * cannot be read, its reason. A part the manifest does not name (a picture in a slide deck) must hold
     * nothing.
     */
    private static List<String> compare(Manifest.FileEntry file, List<PartRecord> results) {
        List<String> wrong = new ArrayList<>();
        Map<String, PartRecord> byPath = new TreeMap<>();
        for (PartRecord r : results) byPath.put(r.path(), r);
        for (Manifest.Part p : file.parts()) {
            String where = file.path() + " :: '" + p.path() + "' (" + file.format() + ")";
            PartRecord r = byPath.remove(p.path());
            if (r == null) {
                wrong.add(where + ": not read as a part; the scan has " + byPath.keySet());
                continue;
            }
            if (r.failure() != p.failure()) {
                wrong.add(where + ": failure " + r.failure() + " (" + r.detail() + "), expected " + p.failure());
            } else if (p.failure() == null) {
                Map<IdentifierType, Integer> found = r.counts();
                if (!found.equals(p.planted())) wrong.add(where + ": found " + found + ", planted " + p.planted());
                if (r.children() != p.children()) wrong.add(where + ": " + r.children() + " children, planted " + p.children());
                Set<Category> categories = EnumSet.noneOf(Category.class);
                categories.addAll(r.categories());
                if (!categories.equals(p.categories())) {
                    wrong.add(where + ": categories " + categories + ", written to show " + p.categories());
                }
            } else if (r.findings() > 0) {
                wrong.add(where + ": failed for " + r.failure() + " yet found " + r.counts());
            }
        }
        byPath.values().stream().filter(r -> r.findings() > 0 || r.failure() != null)
                .forEach(r -> wrong.add(file.path() + " :: '" + r.path() + "': not in the manifest, yet "
                                        + r.counts() + " " + r.failure()));
        return wrong;
    }

    @Test
    void theShareHasEveryFormatAndWhatARealShareHas() throws IOException {
        assertEquals(FILES, manifest.files().size());
        assertEquals(EnumSet.allOf(Format.class), manifest.formats().keySet());
        for (Manifest.FileEntry f : manifest.files()) assertEquals(f.bytes(), Files.size(share.resolve(f.path())), f.path());
        try (Stream<Path> all = Files.walk(share)) {
            assertEquals(FILES, all.filter(Files::isRegularFile).count(), "nothing but the files: no manifest in the share");
        }
        List<Manifest.Part> parts = manifest.files().stream().flatMap(f -> f.parts().stream()).toList();
        assertEquals(2, parts.stream().filter(p -> p.failure() == FailureReason.ENCRYPTED).count());
        assertEquals(2, parts.stream().filter(p -> p.failure() == FailureReason.CORRUPT).count());
        assertTrue(parts.stream().anyMatch(p -> p.planted(IdentifierType.FODSELSNUMMER) + p.planted(IdentifierType.D_NUMMER) >= 50),
                "a salary list of fifty rows");
        assertTrue(parts.stream().mapToInt(Manifest.Part::children).sum() > 20, "children's numbers");
        assertTrue(manifest.files().stream().filter(f -> f.parts().stream().allMatch(p -> p.planted().isEmpty())).count() > 10,
                "files with no personal data at all");
        Set<Category> shown = parts.stream().flatMap(p -> p.categories().stream()).collect(Collectors.toSet());
        assertTrue(shown.containsAll(Set.of(Category.HELSE, Category.BARNEVERN, Category.SOSIAL, Category.OPPLAERING)), shown::toString);
        assertTrue(manifest.files().stream().anyMatch(f -> f.format() == Format.ZIP
                        && f.parts().stream().anyMatch(p -> p.path().split("\\.zip/", -1).length == 3)),
                "a zip in a zip in a zip");
        assertTrue(manifest.files().stream().anyMatch(f -> f.path().endsWith(".docx") && f.format() == Format.PDF),
                "a file whose name belies its format");
    }

    @Test
    void aWindows1252TextIsReadWithItsLetters() throws IOException {
        Manifest.FileEntry old = manifest.files().stream().filter(f -> f.format() == Format.TXT_WINDOWS_1252)
                .findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(share.resolve(old.path()));
        String written = new String(bytes, TextWriters.WINDOWS_1252);
        assertTrue(written.matches("(?s).*[æøå].*") && !new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .matches("(?s).*[æøå].*"), "æøå as single bytes, not UTF-8");
        StringBuilder read = new StringBuilder();
        EXTRACTOR.extract(new java.io.ByteArrayInputStream(bytes), Path.of(old.path()).getFileName().toString(), new PartSink() {
            @Override
            public void start(String path) {
            }

            @Override
            public void text(char[] chars, int offset, int length) {
                read.append(chars, offset, length);
            }

            @Override
            public void end(String contentType, FailureReason failure, String detail) {
            }
        });
        assertEquals(words(written), words(read.toString()));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    @Test
    void theSameSeedWritesTheSameBytesAnotherSeedOthers() throws IOException {
        int files = SampleShare.minimumFiles() + 6;
        Manifest a = SampleShare.generate(tmp.resolve("a"), 7, files);
        Manifest b = SampleShare.generate(tmp.resolve("b"), 7, files);
        SampleShare.generate(tmp.resolve("c"), 8, files);
        assertEquals(a, b);
        Map<String, String> first = digests(tmp.resolve("a"));
        assertEquals(first, digests(tmp.resolve("b")));
        assertEquals(files, first.size());
        Map<String, String> other = digests(tmp.resolve("c"));
        assertNotEquals(first, other);
        assertFalse(other.entrySet().stream().anyMatch(e -> e.getValue().equals(first.get(e.getKey()))
                                                        && !e.getKey().endsWith("Nytt tekstdokument.txt")),
                "no file but the empty one is the same under another seed");
    }

    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> d = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                d.put(root.relativize(f).toString(), HexFormat.of().formatHex(hash));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return d;
    }

    @Test
    void refusesAFolderThatHoldsAnything() throws IOException {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notat.txt"), "Ikkje rør");
        assertThrows(DirectoryNotEmptyException.class, () -> SampleShare.generate(used, 1, FILES));
        try (Stream<Path> in = Files.list(used)) {
            assertEquals(List.of(used.resolve("notat.txt")), in.toList(), "left as it was");
        }
        assertThrows(IllegalArgumentException.class, () -> SampleShare.generate(tmp.resolve("liten"), 1, 3));
    }

    @Test
    void theManifestCountsAndNeverQuotes() {
        String all = manifest.toString();
        assertFalse(all.matches("(?s).*\\d{8,}.*"), "no number of eight digits or more");
        assertFalse(all.contains("@"), "no e-mail address");
        int planted = manifest.planted().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(planted > 500, "planted: " + planted);
        assertTrue(manifest.files().stream().allMatch(f -> f.parts().get(0).path().isEmpty()), "each file's own part first");
    }
}
