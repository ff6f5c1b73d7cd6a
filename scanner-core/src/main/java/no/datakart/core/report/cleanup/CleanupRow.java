package no.datakart.core.report.cleanup;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.datakart.core.report.ItemStatus;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * One file on a department's cleanup list: the item with what was found in it and in every part inside it
 * (archive members, attachments) added up. Never an identifier, nor a hash of one.
 *
 * @param location          the item's place in its source ({@code helse/2024.zip})
 * @param findings          the findings in the item and all its parts, as the index counted them
 * @param counts            findings per type over the item and its parts (types with none left out)
 * @param categories        the categories judged present in the item or any part of it
 * @param children          findings that identify a person under 18
 * @param innerWithFindings parts inside the item that hold findings
 * @param innerExamples     up to {@link CleanupLists#INNER_EXAMPLES} of those, most findings first
 * @param unreadParts       parts of the item (itself included) that could not be read whole
 * @param why               the suggested action and why
 */
public record CleanupRow(String source, String location, String department, String owner, Instant modified,
                         long size, int findings, Map<IdentifierType, Integer> counts, Set<Category> categories,
                         int children, int innerWithFindings, List<InnerDocument> innerExamples, int unreadParts,
                         ItemStatus status, ActionReason why) {

    /** A part inside the item that holds findings: its path there and how many. */
    public record InnerDocument(String path, int findings) {
    }

    public CleanupRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(why, "why");
        EnumMap<IdentifierType, Integer> c = new EnumMap<>(IdentifierType.class);
        c.putAll(counts);
        counts = Collections.unmodifiableMap(c);
        EnumSet<Category> cs = EnumSet.noneOf(Category.class);
        cs.addAll(categories);
        categories = Collections.unmodifiableSet(cs);
        innerExamples = List.copyOf(innerExamples);
    }

    public SuggestedAction action() {
        return why.action();
    }

    /** Whether it holds children's data. */
    public boolean childData() {
        return children > 0;
    }

    public int count(IdentifierType type) {
        return counts.getOrDefault(type, 0);
    }
}
