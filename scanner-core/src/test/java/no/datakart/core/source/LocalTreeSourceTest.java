package no.datakart.core.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.FailureReason;

class LocalTreeSourceTest {
    @TempDir
    Path share;

    /** What a walk told, in order. */
    static final class Told implements Source.Visitor {
        final List<Item> items = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public void item(Item item) {
            items.add(item);
        }

        @Override
        public void failed(String location, FailureReason reason, String detail) {
            failed.add(location + " " + reason);
        }

        List<String> locations() {
            return items.stream().map(Item::location).toList();
        }
    }

    private Path write(String location, String text) throws IOException {
        Path p = share.resolve(location);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Told walk(LocalTreeSource source) throws IOException {
        Told told = new Told();
        source.walk(told);
        return told;
    }

    @Test
    void everyFileInNameOrderFoldersDepthFirstAndLinksToldNotFollowed() throws IOException {
        write("b.txt", "b");
        write("a/z.txt", "z");
        write("a/b/c.docx", "c");
        write("a/a.txt", "aa");
        write("Øvrig/liste.csv", "x");
        Files.createSymbolicLink(share.resolve("a/loop"), share); // back up the tree
        Told told = walk(new LocalTreeSource(share, List.of()));
        assertEquals(List.of("a/a.txt", "a/b/c.docx", "a/z.txt", "b.txt", "Øvrig/liste.csv"), told.locations());
        assertEquals(List.of("a/loop UNSUPPORTED"), told.failed);
        assertEquals(List.of("a", "a/b"), told.items.get(1).folders());
        assertEquals(2, told.items.get(0).size());
        assertEquals(told.locations(), walk(new LocalTreeSource(share, List.of())).locations(), "the same walk twice");
    }

    @Test
    void exclusionsAreGlobsAndAnExcludedFolderIsNotEntered() throws IOException {
        write("helse/~$lås.docx", "lock");
        write("~$top.docx", "lock");
        write("helse/vedtak.docx", "v");
        write("backup/2019/gammel.docx", "g");
        write("backup.txt", "not the folder");
        Told told = walk(new LocalTreeSource(share, List.of("**/~$*", "backup/**", "backup")));
        assertEquals(List.of("backup.txt", "helse/vedtak.docx"), told.locations());
    }

    @Test
    void theFingerprintChangesWithTheContentAndNotWithoutIt() throws IOException {
        Path f = write("liste.txt", "første");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        String before = walk(source).items.get(0).fingerprint();
        assertEquals(before, walk(source).items.get(0).fingerprint());
        Files.writeString(f, "andre!");                                        // same size as before
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2019-01-01T00:00:00Z"))); // an old date kept
        Item after = walk(source).items.get(0);
        assertNotEquals(before, after.fingerprint(), "a copy with an old date still has a new change time");
        assertEquals(Instant.parse("2019-01-01T00:00:00Z"), after.modified());
    }

    @Test
    void itemsOpenWithinTheSourceOnly() throws IOException {
        write("a/x.txt", "innhald");
        LocalTreeSource source = new LocalTreeSource(share, List.of());
        Item item = walk(source).items.get(0);
        try (InputStream in = source.open(item)) {
            assertArrayEquals("innhald".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertFalse(item.owner().isEmpty(), "the owner is known on this file system");
        Item escape = new Item("../utanfor.txt", 1, Instant.EPOCH, "f", "");
        assertThrows(IllegalArgumentException.class, () -> source.open(escape));
        assertThrows(IllegalArgumentException.class, () -> new LocalTreeSource(share.resolve("finst-ikkje"), List.of()));
        assertTrue(source.id().startsWith("fs:/"));
    }
}
