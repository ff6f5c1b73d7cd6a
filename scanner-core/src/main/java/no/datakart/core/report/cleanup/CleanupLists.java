package no.datakart.core.report.cleanup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.Labels;
import no.datakart.core.report.ReportContext;

/**
 * Cleanup lists of one tenant, one per department: fed every part of the tenant (from
 * {@link no.datakart.core.index.FindingsIndex#forEachPart}, in any order), it keeps one small row per item
 * that holds findings, the findings of the parts inside it (archive members, attachments) added in, and the
 * parts that could not be read. A department's list holds only the items of its own places.
 *
 * <p>Written per department as {@code <slug>.xlsx} (the list, and a sheet of what could not be read),
 * {@code <slug>.csv} and {@code <slug>.<unread>.csv} ({@code helse-og-omsorg.ikke-lest.csv}); items with no
 * department under {@code uten-avdeling} ({@code no-department} in English). Rows are sorted by findings,
 * most first, then location.
 */
public final class CleanupLists implements Consumer<IndexedPart> {
    /** Inner documents with findings named in an item's row; the row counts them all. */
    public static final int INNER_EXAMPLES = 5;
    static final Comparator<CleanupRow> ORDER = Comparator.comparingInt(CleanupRow::findings).reversed()
            .thenComparing(CleanupRow::location).thenComparing(CleanupRow::source);
    static final Comparator<UnreadPart> UNREAD_ORDER = Comparator.comparing(UnreadPart::location)
            .thenComparing(UnreadPart::source);
    static final String BUNDLE = "cleanup";

    private final ReportContext context;
    private final Map<String, ItemTally> items = new HashMap<>();    // by source and item
    private final Map<String, List<UnreadPart>> unread = new HashMap<>(); // by department
    private Map<String, List<CleanupRow>> rows;                       // made when asked, dropped when a part comes

    public CleanupLists(ReportContext context) {
        this.context = context;
    }

    @Override
    public void accept(IndexedPart part) {
        rows = null;
        if (part.failed()) {
            unread.computeIfAbsent(part.department(), d -> new ArrayList<>()).add(new UnreadPart(part.source(),
                    part.item(), part.path(), part.owner(), part.department(), part.modified(), part.size(),
                    part.failure(), part.detail()));
        }
        String key = part.source() + '\u0000' + part.item();
        if (part.isItem() && part.itemFindings() <= 0) {
            items.remove(key); // nothing to list: what its parts left here goes too
            return;
        }
        // a part inside an item adds only what it holds; most hold nothing, and keep no tally then
        if (part.isItem() || part.findings() > 0 || !part.categories().isEmpty() || part.failed()) {
            items.computeIfAbsent(key, k -> new ItemTally()).add(part);
        }
    }

    /** Departments with a row or an unread part, by name; {@code ""} for items with none. */
    public SortedSet<String> departments() {
        SortedSet<String> out = new TreeSet<>(rows().keySet());
        out.addAll(unread.keySet());
        return out;
    }

    /** A department's list, most findings first; empty if it has none. */
    public List<CleanupRow> rows(String department) {
        return rows().getOrDefault(department, List.of());
    }

    /** The parts of a department's items that could not be read, by location. */
    public List<UnreadPart> unread(String department) {
        List<UnreadPart> out = new ArrayList<>(unread.getOrDefault(department, List.of()));
        out.sort(UNREAD_ORDER);
        return out;
    }

    /** Writes the lists of the departments that have a row or an unread part. */
    public List<ListFiles> write(Path dir) throws IOException {
        return write(dir, Set.of());
    }

    /**
     * Writes the lists of the departments that have a row or an unread part, and of the {@code known} ones
     * (the tenant's departments as configured; {@code ""} for items with none) even when empty: a list
     * cleaned up to nothing is written with its headers only, so the department sees it done. Each file
     * is replaced whole or not at all.
     */
    public List<ListFiles> write(Path dir, Collection<String> known) throws IOException {
        Files.createDirectories(dir);
        Labels words = Labels.of(BUNDLE, context.language());
        Labels common = Labels.of("common", context.language());
        ListColumns columns = new ListColumns(words, common, context.now());
        SortedSet<String> departments = departments();
        for (String d : known) departments.add(d.strip());
        Map<String, String> slugs = Slugs.assign(departments, words.get("file.noDepartment"),
                words.get("file.department"));
        List<ListFiles> out = new ArrayList<>();
        for (String department : departments) {
            String slug = slugs.get(department);
            List<CleanupRow> list = rows(department);
            List<UnreadPart> notRead = unread(department);
            Table<CleanupRow> cleanup = columns.cleanup(list);
            Table<UnreadPart> unreadTable = columns.unread(notRead);
            Path xlsx = dir.resolve(slug + ".xlsx");
            Path csv = dir.resolve(slug + ".csv");
            Path unreadCsv = dir.resolve(slug + "." + words.get("file.unread") + ".csv");
            String title = words.get("title").replace("{department}", name(department, words))
                    .replace("{tenant}", context.tenantName());
            no.datakart.core.report.ReportFiles.write(xlsx, o -> XlsxListWriter.write(o, title, List.of(cleanup, unreadTable)));
            no.datakart.core.report.ReportFiles.write(csv, o -> CsvListWriter.write(o, cleanup));
            no.datakart.core.report.ReportFiles.write(unreadCsv, o -> CsvListWriter.write(o, unreadTable));
            out.add(new ListFiles(department, slug, xlsx, csv, unreadCsv, list.size(), notRead.size()));
        }
        return out;
    }

    private static String name(String department, Labels words) {
        return department.isEmpty() ? words.get("department.none") : department;
    }

    private Map<String, List<CleanupRow>> rows() {
        if (rows == null) {
            Map<String, List<CleanupRow>> byDepartment = new TreeMap<>();
            for (ItemTally t : items.values()) {
                if (t.listed()) byDepartment.computeIfAbsent(t.department(), d -> new ArrayList<>()).add(t.row(context));
            }
            byDepartment.replaceAll((d, l) -> l.stream().sorted(ORDER).toList());
            rows = byDepartment;
        }
        return rows;
    }
}
