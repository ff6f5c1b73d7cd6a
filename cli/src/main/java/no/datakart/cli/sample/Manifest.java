package no.datakart.cli.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.datakart.core.FailureReason;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * What a generated share holds, kept out of the share: per file and per part the identifiers planted in
 * it, by type, counted, never quoted.
 *
 * @param seed  the seed it was generated from
 * @param files every file, in the order written (folders first, then names)
 */
public record Manifest(long seed, List<FileEntry> files) {

    public Manifest {
        files = List.copyOf(files);
    }

    /**
     * One file of the share.
     *
     * @param path   its place under the share's folder, {@code /}-separated ({@code Personal/Lønn/2024/…})
     * @param format what its bytes are; a misleading extension says otherwise
     * @param bytes  its size
     * @param parts  the file itself (path {@code ""}) and every document inside it, as the scanner names them
     */
    public record FileEntry(String path, Format format, long bytes, List<Part> parts) {
        public FileEntry {
            parts = List.copyOf(parts);
        }

        /** The part at this path inside the file, {@code ""} for the file itself. */
        public Part part(String path) {
            return parts.stream().filter(p -> p.path().equals(path)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no part " + path + " in " + this.path));
        }
    }

    /**
     * One part: the file itself, an archive's member, an e-mail's attachment.
     *
     * @param path       {@code ""} for the file, else its place inside ({@code /2016/Barnevern.zip/melding.docx})
     * @param planted    identifiers written in its text, by type, each occurrence counted
     * @param children   how many of its fødselsnummer and D-nummer are of children (born 2014-2024: under 18
     *                   until 2032)
     * @param failure    why it cannot be read ({@link FailureReason#ENCRYPTED}, {@link FailureReason#CORRUPT}),
     *                   null if it can; what is planted in a part that cannot be read is there all the same
     * @param categories the sensitive categories its text was written to show; empty for the others
     * @param inHeaders  identifiers in an e-mail's headers (sender, recipient), outside the text of any part
     */
    public record Part(String path, Map<IdentifierType, Integer> planted, int children, FailureReason failure,
                       Set<Category> categories, Map<IdentifierType, Integer> inHeaders) {
        public Part {
            planted = copy(planted);
            Set<Category> c = EnumSet.noneOf(Category.class);
            c.addAll(categories);
            categories = Collections.unmodifiableSet(c);
            inHeaders = copy(inHeaders);
        }

        /** How many of this type were planted. */
        public int planted(IdentifierType type) {
            return planted.getOrDefault(type, 0);
        }

        /** The same part inside a container, at {@code prefix} there. */
        Part at(String prefix) {
            return new Part(prefix + path, planted, children, failure, categories, inHeaders);
        }

        /** The same part, unreadable for {@code reason}. */
        Part failing(FailureReason reason) {
            return new Part(path, planted, children, reason, categories, inHeaders);
        }

        /** A part with nothing planted: an archive's own listing, a read-me. */
        static Part empty(String path, Category... categories) {
            return new Part(path, Map.of(), 0, null, Set.of(categories), Map.of());
        }
    }

    private static Map<IdentifierType, Integer> copy(Map<IdentifierType, Integer> counts) {
        Map<IdentifierType, Integer> m = new EnumMap<>(IdentifierType.class);
        m.putAll(counts);
        return Collections.unmodifiableMap(m);
    }

    /** The files' sizes summed. */
    public long bytes() {
        return files.stream().mapToLong(FileEntry::bytes).sum();
    }

    /** How many files of each format. */
    public Map<Format, Integer> formats() {
        Map<Format, Integer> n = new EnumMap<>(Format.class);
        for (FileEntry f : files) n.merge(f.format(), 1, Integer::sum);
        return n;
    }

    /** Identifiers planted in the text of every part, by type. */
    public Map<IdentifierType, Integer> planted() {
        Map<IdentifierType, Integer> n = new EnumMap<>(IdentifierType.class);
        for (FileEntry f : files) {
            for (Part p : f.parts()) p.planted().forEach((t, k) -> n.merge(t, k, Integer::sum));
        }
        return n;
    }
}
