package no.datakart.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import no.datakart.core.FailureReason;

/**
 * A local or mounted file tree (a share mounted over CIFS or NFS). Walks it depth first, each folder's
 * entries in name order and a folder's content where its name comes, so the same tree gives the same
 * items in the same order. Symbolic links are not
 * followed (a link into another share, or back up the tree, would scan things twice or forever): each is
 * told as {@link FailureReason#UNSUPPORTED}, as are devices and pipes; a folder it cannot list is
 * {@link FailureReason#ACCESS_DENIED}. Exclusions are globs on the location ({@code **}{@code /~$*},
 * {@code backup/**}); an excluded folder is not entered.
 *
 * <p>The fingerprint is size, modification time and, where the file system has it, the change time and the
 * file's inode: a file copied in with an old modification time still gets a new change time.
 */
public final class LocalTreeSource implements Source {
    private final Path root;
    private final List<PathMatcher> excluded = new ArrayList<>();
    /** Owner names by user id: naming one reads the user database, for each file otherwise. */
    private final Map<Integer, String> owners = new ConcurrentHashMap<>();

    /**
     * @param root     the tree's top folder
     * @param excludes globs matched against an item's location; one starting with {@code **}{@code /} also
     *                 matches at the top
     */
    public LocalTreeSource(Path root, List<String> excludes) {
        if (!Files.isDirectory(root)) throw new IllegalArgumentException("not a folder: " + root);
        this.root = root.toAbsolutePath().normalize();
        for (String glob : excludes) {
            excluded.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) excluded.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
    }

    @Override
    public String id() {
        return "fs:" + root;
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        Deque<Folder> open = new ArrayDeque<>(); // the folders being read, the innermost on top
        Folder top = read("", visitor);
        if (top != null) open.push(top);
        while (!open.isEmpty()) {
            Folder folder = open.peek();
            if (folder.next == folder.entries.size()) {
                open.pop();
                continue;
            }
            Path entry = folder.entries.get(folder.next++);
            String location = folder.location.isEmpty()
                    ? entry.getFileName().toString() : folder.location + "/" + entry.getFileName();
            if (isExcluded(location)) continue;
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (AccessDeniedException e) {
                visitor.failed(location, FailureReason.ACCESS_DENIED, "cannot read its attributes");
                continue;
            }
            if (a.isSymbolicLink()) {
                visitor.failed(location, FailureReason.UNSUPPORTED, "a symbolic link, not followed");
            } else if (a.isDirectory()) {
                Folder inner = read(location, visitor);
                if (inner != null) open.push(inner);
            } else if (!a.isRegularFile()) {
                visitor.failed(location, FailureReason.UNSUPPORTED, "not a regular file");
            } else {
                visitor.item(item(location, entry, a));
            }
        }
    }

    /** A folder's entries in name order, and how far the walk has come; null if it cannot be listed. */
    private Folder read(String location, Visitor visitor) throws IOException {
        try {
            return new Folder(location, list(location.isEmpty() ? root : root.resolve(location)));
        } catch (AccessDeniedException e) {
            visitor.failed(location.isEmpty() ? "." : location, FailureReason.ACCESS_DENIED, "cannot list the folder");
            return null;
        }
    }

    private static final class Folder {
        final String location;
        final List<Path> entries;
        int next;

        Folder(String location, List<Path> entries) {
            this.location = location;
            this.entries = entries;
        }
    }

    @Override
    public InputStream open(Item item) throws IOException {
        return Files.newInputStream(path(item), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public java.util.Optional<Path> file(Item item) {
        return java.util.Optional.of(path(item));
    }

    private Path path(Item item) {
        Path file = root.resolve(item.location()).normalize();
        if (!file.startsWith(root)) throw new IllegalArgumentException("outside the source: " + item.location());
        return file;
    }

    private boolean isExcluded(String location) {
        Path p = Path.of(location);
        for (PathMatcher m : excluded) if (m.matches(p)) return true;
        return false;
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) entries.add(p);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return entries;
    }

    /** The item with its fingerprint and owner: the Unix attributes in one read, owner names by user id. */
    private Item item(String location, Path file, BasicFileAttributes a) {
        StringBuilder f = new StringBuilder().append(a.size()).append(':').append(micros(a.lastModifiedTime()));
        String owner;
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,ino,uid", LinkOption.NOFOLLOW_LINKS);
            f.append(':').append(micros((FileTime) unix.get("ctime"))).append(':').append(unix.get("ino"));
            owner = owners.computeIfAbsent((Integer) unix.get("uid"), uid -> owner(file));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException noUnixView) {
            owner = owner(file); // size and modification time only
        }
        return new Item(location, a.size(), a.lastModifiedTime().toInstant(), f.toString(), owner);
    }

    private static long micros(FileTime t) {
        return t.to(TimeUnit.MICROSECONDS);
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        } catch (UnsupportedOperationException | IOException e) {
            return "";
        }
    }
}
