package no.datakart.core.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.datakart.core.FailureReason;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * A part as the index holds it, for reports and look-ups: where it is, whose, how old, what was found in it
 * (counts and categories, never an identifier), and when it was read.
 *
 * @param source       the tenant's source it is in
 * @param item         its item's location in the source ({@code helse/a.zip})
 * @param path         {@code ""} for the item itself, else its place inside the item ({@code /2019/liste.xlsx})
 * @param itemFindings for the item's own part, the findings in the item and all its parts; -1 for a part inside
 * @param personHashes the first 64 bits of the keyed hash of each identity number in it: distinct persons are
 *                     counted by these (a collision in 2^64 is not a concern at a municipality's scale)
 * @param childHashes   those of {@code personHashes} that were a child's (under 18) when the part was read
 * @param firstRun     the run that first read its item
 * @param run          the run that last read its item
 */
public record IndexedPart(String source, String item, String path, String owner, String department, long size,
                          Instant modified, String contentType, FailureReason failure, String detail,
                          Map<IdentifierType, Integer> counts, int findings, int itemFindings, Set<Category> categories,
                          int children, boolean hashesCut, List<String> masked, long[] personHashes, long[] childHashes,
                          int firstRun,
                          int run) {

    /** Its place: the item's location, and for a part inside it {@code !} and its path there. */
    public String location() {
        return path.isEmpty() ? item : item + "!" + path;
    }

    public boolean isItem() {
        return path.isEmpty();
    }

    public boolean failed() {
        return failure != null;
    }

    /** Whether it holds children's data: an identifier of a person under 18. */
    public boolean childData() {
        return children > 0;
    }
}
