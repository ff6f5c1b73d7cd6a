package no.datakart.core.report.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.datakart.core.FailureReason;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.index.RunRecord;
import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.LongHashSet;
import no.datakart.core.report.ReportContext;
import no.datakart.core.report.hotspot.HotspotReport.AgeCount;
import no.datakart.core.report.hotspot.HotspotReport.CategoryCount;
import no.datakart.core.report.hotspot.HotspotReport.Coverage;
import no.datakart.core.report.hotspot.HotspotReport.ReasonCount;
import no.datakart.core.report.hotspot.HotspotReport.Totals;
import no.datakart.core.report.hotspot.HotspotReport.TypeCount;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * Builds the hotspot report in one pass over a tenant's parts: counts per folder (each document counted in
 * every folder above it), per type, category and age, and the failures. Keeps counters per folder and the
 * failures up to {@link #FAILURES_KEPT}, never the parts.
 */
public final class Hotspots implements Consumer<IndexedPart> {
    /** Failures listed by location; the counts by reason hold every one. */
    public static final int FAILURES_KEPT = 10_000;

    private final ReportContext context;
    private final Map<String, Map<String, Counter>> folders = new HashMap<>(); // source -> folder -> counts
    private final Map<IdentifierType, long[]> types = new EnumMap<>(IdentifierType.class);   // documents, findings
    private final Map<Category, int[]> categories = new EnumMap<>(Category.class);          // documents, with findings
    private final Map<AgeBucket, long[]> ages = new EnumMap<>(AgeBucket.class);             // documents, with, findings
    private final Map<FailureReason, Integer> reasons = new EnumMap<>(FailureReason.class);
    private final List<Failure> failures = new ArrayList<>();
    private final LongHashSet persons = new LongHashSet();
    private final LongHashSet children = new LongHashSet();
    private int items;
    private int documents;
    private int withFindings;
    private long findings;
    private int failed;
    private long bytes;
    private int childDocuments;
    private int sensitive;

    public Hotspots(ReportContext context) {
        this.context = context;
    }

    @Override
    public void accept(IndexedPart p) {
        documents++;
        if (p.isItem()) {
            items++;
            bytes += p.size();
        }
        boolean holds = p.findings() > 0;
        boolean isSensitive = !p.categories().isEmpty();
        if (holds) withFindings++;
        findings += p.findings();
        if (p.childData()) childDocuments++;
        if (isSensitive) sensitive++;
        for (long h : p.personHashes()) persons.add(h);
        for (long h : p.childHashes()) children.add(h);
        if (p.failed()) {
            failed++;
            reasons.merge(p.failure(), 1, Integer::sum);
            if (failures.size() < FAILURES_KEPT) failures.add(new Failure(p.source(), p.location(), p.failure(), p.detail()));
        }
        p.counts().forEach((type, n) -> {
            long[] c = types.computeIfAbsent(type, t -> new long[2]);
            c[0]++;
            c[1] += n;
        });
        for (Category c : p.categories()) {
            int[] n = categories.computeIfAbsent(c, x -> new int[2]);
            n[0]++;
            if (holds) n[1]++;
        }
        long[] age = ages.computeIfAbsent(AgeBucket.of(p.modified(), context.now()), b -> new long[3]);
        age[0]++;
        if (holds) age[1]++;
        age[2] += p.findings();
        String item = p.item();
        Map<String, Counter> source = folders.computeIfAbsent(p.source(), s -> new HashMap<>());
        count(source, "", p, holds, isSensitive);
        for (int slash = item.indexOf('/'); slash >= 0; slash = item.indexOf('/', slash + 1)) {
            count(source, item.substring(0, slash), p, holds, isSensitive);
        }
    }

    private static void count(Map<String, Counter> source, String folder, IndexedPart p, boolean holds, boolean isSensitive) {
        Counter c = source.computeIfAbsent(folder, f -> new Counter());
        c.documents++;
        if (holds) c.withFindings++;
        c.findings += p.findings();
        if (p.childData()) c.childDocuments++;
        if (isSensitive) c.sensitive++;
        if (p.failed()) c.failed++;
    }

    /**
     * The report, with the trend from the tenant's runs (as {@code FindingsIndex.runs} gives them) and the
     * departments' cleanup lists in brief.
     */
    public HotspotReport report(List<RunRecord> runs, List<HotspotReport.DepartmentList> departments,
                                java.time.Instant comparedWith) {
        List<FolderStats> all = new ArrayList<>();
        folders.forEach((source, in) -> in.forEach((folder, c) -> all.add(c.stats(source, folder, depth(folder)))));
        Comparator<FolderStats> byPlace = Comparator.comparing(FolderStats::source).thenComparing(FolderStats::folder);
        List<FolderStats> holding = all.stream().filter(f -> f.withFindings() > 0).sorted(byPlace).toList();
        // a source's top holds everything in it: a hotspot is a folder
        List<FolderStats> inFolders = holding.stream().filter(f -> f.depth() > 0).toList();
        List<FolderStats> byFindings = inFolders.stream()
                .sorted(Comparator.comparingInt(FolderStats::findings).reversed().thenComparing(byPlace))
                .limit(HotspotReport.TOP).toList();
        List<FolderStats> byDensity = inFolders.stream().filter(f -> f.documents() >= HotspotReport.DENSITY_MIN_DOCUMENTS)
                .sorted(Comparator.comparingDouble(FolderStats::density).reversed()
                        .thenComparing(Comparator.comparingInt(FolderStats::documents).reversed())
                        .thenComparing(byPlace))
                .limit(HotspotReport.TOP).toList();
        List<TypeCount> typeCounts = new ArrayList<>();
        types.forEach((t, c) -> typeCounts.add(new TypeCount(t, (int) c[0], c[1])));
        typeCounts.sort(Comparator.comparingLong(TypeCount::findings).reversed().thenComparing(TypeCount::type));
        List<CategoryCount> categoryCounts = new ArrayList<>();
        categories.forEach((c, n) -> categoryCounts.add(new CategoryCount(c, c.isSpecial(), n[0], n[1])));
        categoryCounts.sort(Comparator.comparingInt(CategoryCount::documents).reversed().thenComparing(CategoryCount::category));
        List<AgeCount> ageCounts = new ArrayList<>();
        for (AgeBucket b : AgeBucket.values()) {
            long[] a = ages.getOrDefault(b, new long[3]);
            ageCounts.add(new AgeCount(b, (int) a[0], (int) a[1], a[2]));
        }
        List<ReasonCount> byReason = new ArrayList<>();
        reasons.forEach((r, n) -> byReason.add(new ReasonCount(r, n)));
        byReason.sort(Comparator.comparingInt(ReasonCount::documents).reversed().thenComparing(ReasonCount::reason));
        List<Failure> listed = failures.stream()
                .sorted(Comparator.comparing(Failure::source).thenComparing(Failure::location)).toList();
        return new HotspotReport(context.tenant().id(), context.tenantName(), context.now(),
                new Totals(items, documents, withFindings, findings, failed, bytes, childDocuments, sensitive,
                        persons.size(), children.size()),
                typeCounts, categoryCounts, ageCounts, byFindings, byDensity, holding,
                new Coverage(documents, failed, byReason, listed, failed > listed.size()), trend(runs), List.copyOf(departments),
                comparedWith);
    }

    private static int depth(String folder) {
        if (folder.isEmpty()) return 0;
        int d = 1;
        for (int i = 0; i < folder.length(); i++) if (folder.charAt(i) == '/') d++;
        return d;
    }

    /**
     * The runs as a trend: the items holding findings after each run are summed from the counts of change,
     * run by run per source (a source's first run starts from none).
     */
    static List<RunTrend> trend(List<RunRecord> runs) {
        List<RunTrend> out = new ArrayList<>();
        Map<String, Integer> holding = new HashMap<>();
        for (RunRecord r : runs.stream().sorted(Comparator.comparing(RunRecord::source)
                .thenComparingInt(RunRecord::number)).toList()) {
            var c = r.counts();
            int now = holding.getOrDefault(r.source(), 0) + c.newWithFindings() - c.resolved() - c.removedWithFindings();
            holding.put(r.source(), now);
            int failedParts = c.failures().values().stream().mapToInt(Integer::intValue).sum();
            out.add(new RunTrend(r.source(), r.number(), r.started(), r.finished(), r.complete(), c.items(), c.read(),
                    c.newWithFindings(), c.resolved(), c.removedWithFindings(), now, failedParts));
        }
        return out;
    }
}
