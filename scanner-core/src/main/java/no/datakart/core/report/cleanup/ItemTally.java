package no.datakart.core.report.cleanup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.ReportContext;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * One item's row while its parts come in, in any order: a few counters, never the parts. Becomes a
 * {@link CleanupRow} once every part was seen, if its own part came and it holds findings.
 */
final class ItemTally {
    private static final IdentifierType[] TYPES = IdentifierType.values();
    static final Comparator<CleanupRow.InnerDocument> MOST_FINDINGS =
            Comparator.comparingInt(CleanupRow.InnerDocument::findings).reversed()
                    .thenComparing(CleanupRow.InnerDocument::path);

    private Own own;                  // from the item's own part, once seen
    private final int[] counts = new int[TYPES.length]; // by the type's ordinal: no boxing, one small array
    private final Set<Category> categories = EnumSet.noneOf(Category.class);
    private int children;
    private int sheetFindings;
    private int innerWithFindings;
    private List<CleanupRow.InnerDocument> innerExamples = List.of(); // most items have nothing inside
    private int unreadParts;

    void add(IndexedPart part) {
        if (part.isItem()) own = new Own(part.source(), part.item(), part.department(), part.owner(), part.modified(),
                part.size(), part.itemFindings(), part.firstRun(), part.run());
        part.counts().forEach((type, n) -> counts[type.ordinal()] += n);
        categories.addAll(part.categories());
        children += part.children();
        if (isSheet(part.contentType())) sheetFindings += part.findings();
        if (part.failed()) unreadParts++;
        if (!part.isItem() && part.findings() > 0) {
            innerWithFindings++;
            keepExample(new CleanupRow.InnerDocument(part.path(), part.findings()));
        }
    }

    /** Keeps the few inner documents with the most findings: a bounded list, whatever the parts' order. */
    private void keepExample(CleanupRow.InnerDocument doc) {
        if (innerExamples.isEmpty()) innerExamples = new ArrayList<>(CleanupLists.INNER_EXAMPLES + 1);
        innerExamples.add(doc);
        innerExamples.sort(MOST_FINDINGS);
        if (innerExamples.size() > CleanupLists.INNER_EXAMPLES) innerExamples.removeLast();
    }

    /** What the row takes from the item's own part: not its hashes nor masked examples, which can be large. */
    private record Own(String source, String item, String department, String owner, Instant modified, long size,
                       int itemFindings, int firstRun, int run) {
    }

    /** Whether its own part was seen and holds findings in it or its parts: a row on the list. */
    boolean listed() {
        return own != null && own.itemFindings() > 0;
    }

    String department() {
        return own.department();
    }

    CleanupRow row(ReportContext context) {
        Instant modified = own.modified();
        Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        for (IdentifierType t : TYPES) if (this.counts[t.ordinal()] > 0) counts.put(t, this.counts[t.ordinal()]);
        return new CleanupRow(own.source(), own.item(), own.department(), own.owner(), modified, own.size(),
                own.itemFindings(), counts, categories, children, innerWithFindings, innerExamples, unreadParts,
                context.status(own.source(), own.firstRun(), own.run()),
                SuggestedAction.decide(categories, counts, own.itemFindings(), sheetFindings, modified, context.now()));
    }

    /** Spreadsheets and delimited text: where a list of people is most often kept. */
    static boolean isSheet(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        if (semi >= 0) t = t.substring(0, semi).strip();
        return t.equals("text/csv") || t.equals("text/tab-separated-values") || t.contains("spreadsheet")
               || t.contains("ms-excel");
    }
}
