package no.datakart.cli.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The share's folder as files are saved into it, and the manifest's entry of each. */
final class ShareFolder {
    private final Path root;
    private final Set<String> taken = new HashSet<>();
    private final List<Manifest.FileEntry> entries = new ArrayList<>();

    ShareFolder(Path root) {
        this.root = root;
    }

    /**
     * Saved under its own name, or with a number as Windows adds one when the name is taken; dated its
     * moment, as if last changed then.
     */
    void save(FileMaker.Made m) throws IOException {
        String base = m.folder() + "/" + clean(m.name());
        String path = base + "." + m.extension();
        for (int n = 2; !taken.add(path); n++) path = base + " (" + n + ")." + m.extension();
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, m.bytes());
        Files.setLastModifiedTime(file, FileTime.from(m.moment().toInstant(ZoneOffset.UTC)));
        entries.add(new Manifest.FileEntry(path, m.format(), m.bytes().length, m.parts()));
    }

    /** A name Windows would save: none of its forbidden chars. */
    private static String clean(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
    }

    int count() {
        return entries.size();
    }

    /** The entries in the order saved. */
    List<Manifest.FileEntry> entries() {
        return List.copyOf(entries);
    }
}
