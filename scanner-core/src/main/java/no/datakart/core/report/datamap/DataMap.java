package no.datakart.core.report.datamap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.ReportContext;

/**
 * The data map of one tenant: categories of personal data × where they lie (source, department, top
 * folder) × how much (documents, findings, distinct persons) × how old. Fed every part of the tenant, in
 * any order; it keeps counts and one set of person hashes per row, never a part.
 *
 * <p>The unit is the document: a file, or a document inside an archive or an e-mail, each counted where
 * its item lies. A part with no personal data found (a failed one among them) is in no row.
 */
public final class DataMap implements Consumer<IndexedPart> {
    private final ReportContext context;
    private final Map<RowKey, Tally> rows = new HashMap<>();
    private final Map<DataCategory, Tally> totals = new EnumMap<>(DataCategory.class);
    private final Tally overall = new Tally();
    private long documents;
    private long withPersonalData;
    private long unreadable;

    public DataMap(ReportContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The data map of a tenant's parts in the index: the context's tenant, never another's. */
    public static DataMap of(FindingsIndex index, ReportContext context) throws IOException {
        DataMap map = new DataMap(context);
        index.forEachPart(context.tenant(), map);
        return map;
    }

    @Override
    public void accept(IndexedPart part) {
        documents++;
        if (part.failed()) unreadable++;
        Set<DataCategory> categories = DataCategory.of(part);
        if (categories.isEmpty()) return;
        withPersonalData++;
        AgeBucket age = AgeBucket.of(part.modified(), context.now());
        String department = part.department() == null ? "" : part.department();
        String top = RowKey.topFolder(part.item());
        for (DataCategory c : categories) {
            int findings = c.findingsIn(part);
            long[] people = c == DataCategory.CHILDREN ? part.childHashes() : part.personHashes();
            rows.computeIfAbsent(new RowKey(c, part.source(), department, top), k -> new Tally()).add(part, findings, people, age);
            totals.computeIfAbsent(c, k -> new Tally()).add(part, findings, people, age);
        }
        overall.add(part, DataCategory.personFindings(part), part.personHashes(), age);
    }

    public ReportContext context() {
        return context;
    }

    /** The rows, by category, source, department and top folder. */
    public List<DataMapRow> rows() {
        List<DataMapRow> out = new ArrayList<>(rows.size());
        rows.forEach((key, tally) -> out.add(new DataMapRow(key, tally.volume())));
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /** The row at a key, or null: the data map holds no such data there. */
    public Volume row(RowKey key) {
        Tally t = rows.get(key);
        return t == null ? null : t.volume();
    }

    /**
     * Each category across the tenant, every category present ({@link Volume#NONE} where none was found):
     * its persons are distinct across all places, which no sum of rows can give.
     */
    public Map<DataCategory, Volume> totals() {
        Map<DataCategory, Volume> out = new EnumMap<>(DataCategory.class);
        for (DataCategory c : DataCategory.values()) {
            Tally t = totals.get(c);
            out.put(c, t == null ? Volume.NONE : t.volume());
        }
        return out;
    }

    /** All personal data of the tenant: each document once, findings of a person's data, persons distinct. */
    public Volume overall() {
        return overall.volume();
    }

    public Coverage coverage() {
        return new Coverage(documents, withPersonalData, unreadable);
    }
}
