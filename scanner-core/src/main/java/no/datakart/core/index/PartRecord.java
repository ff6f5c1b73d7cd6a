package no.datakart.core.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.datakart.core.FailureReason;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * What the index keeps of one part of an item (the item itself, an archive member, an attachment): counts,
 * keyed hashes and masked examples of the identifiers in it, never the identifiers. This is all that leaves
 * the process that read the part.
 *
 * @param path        {@code ""} for the item itself, else the part's place inside it ({@code /2019/liste.xlsx})
 * @param contentType its media type as detected
 * @param failure     why it could not be read whole, or null
 * @param detail      what went wrong, with no content in it; empty if nothing did
 * @param counts      findings per type (types with none left out)
 * @param idHashes    the tenant's keyed hash of each distinct identifier, sorted; at most {@link #MAX_HASHES}
 * @param personHashes those of {@code idHashes} that identify a person by an identity number (the
 *                    fødselsnummer family but synthetic ones, DUF-nummer), sorted: what a report counts
 *                    distinct persons by
 * @param childHashes those of {@code personHashes} that identify a person under 18 on the day of the scan, sorted
 * @param hashesCut   true if the part held more distinct identifiers than were kept
 * @param masked      up to {@link #EXAMPLES} masked examples, in text order
 * @param children    findings that identify a person under 18
 * @param categories  the special categories judged present
 */
public record PartRecord(String path, String contentType, FailureReason failure, String detail,
                         Map<IdentifierType, Integer> counts, List<String> idHashes, List<String> personHashes,
                         List<String> childHashes, boolean hashesCut,
                         List<String> masked, int children, Set<Category> categories) {
    /** Keyed hashes kept per part: enough for every list a municipality keeps, bounded for a register dump. */
    public static final int MAX_HASHES = 100_000;
    /** Masked examples kept per part. */
    public static final int EXAMPLES = 5;

    public PartRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        detail = detail == null ? "" : detail;
        counts = Map.copyOf(counts);
        idHashes = List.copyOf(idHashes);
        personHashes = List.copyOf(personHashes);
        childHashes = List.copyOf(childHashes);
        if (personHashes.size() > idHashes.size()) throw new IllegalArgumentException("more person hashes than hashes");
        if (childHashes.size() > personHashes.size()) throw new IllegalArgumentException("more child hashes than persons");
        masked = List.copyOf(masked);
        categories = Set.copyOf(categories);
        if (idHashes.size() > MAX_HASHES || masked.size() > EXAMPLES) throw new IllegalArgumentException("too many kept");
        if (children < 0) throw new IllegalArgumentException("children < 0");
    }

    /** A part with nothing read from it, and why. */
    public static PartRecord failed(String path, String contentType, FailureReason failure, String detail) {
        return new PartRecord(path, contentType, Objects.requireNonNull(failure), detail, Map.of(), List.of(), List.of(), List.of(), false,
                List.of(), 0, Set.of());
    }

    /** Whether the part holds children's data: an identifier of a person under 18. */
    public boolean childData() {
        return children > 0;
    }

    /** Whether a finding of this type identifies a person by an identity number: what persons are counted by. */
    public static boolean identifiesPerson(IdentifierType type) {
        return type.isFnrFamily() && type.isPerson() || type == IdentifierType.DUF_NUMMER;
    }

    /** Identifiers found in this part, all types. */
    public int findings() {
        int n = 0;
        for (int c : counts.values()) n += c;
        return n;
    }
}
