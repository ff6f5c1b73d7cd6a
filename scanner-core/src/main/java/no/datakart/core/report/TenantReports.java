package no.datakart.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.index.RunRecord;
import no.datakart.core.report.cleanup.CleanupLists;
import no.datakart.core.report.cleanup.CleanupRow;
import no.datakart.core.report.cleanup.SuggestedAction;
import no.datakart.core.report.cleanup.ListFiles;
import no.datakart.core.report.datamap.DataMap;
import no.datakart.core.report.datamap.DataMapReport;
import no.datakart.core.report.hotspot.HotspotPage;
import no.datakart.core.report.hotspot.HotspotReport;
import no.datakart.core.report.hotspot.Hotspots;

/**
 * Every report of one tenant from one pass over its parts in the index: the hotspot report (HTML and JSON),
 * the departments' cleanup lists and the data map, into a folder of the tenant's own. Reads only the index,
 * and only the tenant's part of it.
 */
public final class TenantReports {
    private TenantReports() {
    }

    /** What was written. */
    public record Written(HotspotReport hotspots, List<ListFiles> cleanupLists, DataMapReport.Written dataMap,
                          List<Path> files) {
    }

    public static Written write(FindingsIndex index, ReportContext context, Path dir) throws IOException {
        return write(index, context, dir, Set.of());
    }

    /**
     * @param dir         the tenant's report folder (made if missing); files in it are replaced whole
     * @param departments the tenant's departments as configured: each gets a list, empty if it has nothing
     *                    to clean up (as does every department the index names)
     */
    public static Written write(FindingsIndex index, ReportContext context, Path dir, Collection<String> departments)
            throws IOException {
        no.datakart.core.OwnerOnly.directory(dir);      // a report says where personal data is
        no.datakart.core.OwnerOnly.directory(dir.resolve("cleanup"));
        // one report of a tenant at a time: two would race on the DPO's file and mix their lists
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IOException("another report of " + context.tenant().id() + " is being written into " + dir);
            }
            return writeLocked(index, context, dir, departments);
        }
    }

    private static java.nio.channels.FileLock tryLock(java.nio.channels.FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) { // held by this process
            return null;
        }
    }

    private static Written writeLocked(FindingsIndex index, ReportContext context, Path dir, Collection<String> departments)
            throws IOException {
        Hotspots hotspots = new Hotspots(context);
        CleanupLists cleanup = new CleanupLists(context);
        Set<String> known = new TreeSet<>(departments);
        DataMap dataMap = new DataMap(context);
        List<Consumer<IndexedPart>> consumers = List.of(hotspots, cleanup, dataMap, p -> known.add(p.department()));
        index.forEachPart(context.tenant(), p -> {
            for (Consumer<IndexedPart> c : consumers) c.accept(p);
        });
        ReportHistory history = ReportHistory.read(dir.resolve(context.tenant().id() + "-history.jsonl"));
        ReportHistory.Snapshot before = history.before(context.latestRuns());
        // a department whose files are all gone since the scan before still gets its list, empty, once: done
        if (before != null) before.departments().forEach((d, n) -> {
            if (n > 0) known.add(d);
        });
        List<ListFiles> lists = cleanup.write(dir.resolve("cleanup"), known);
        removeStaleLists(dir.resolve("cleanup"), lists);
        List<HotspotReport.DepartmentList> summaries = new ArrayList<>();
        Map<String, Integer> lengths = new java.util.TreeMap<>();
        for (ListFiles l : lists) {
            Map<SuggestedAction, Integer> byAction = new EnumMap<>(SuggestedAction.class);
            for (CleanupRow row : cleanup.rows(l.department())) byAction.merge(row.action(), 1, Integer::sum);
            summaries.add(new HotspotReport.DepartmentList(l.department(), l.rows(), byAction, l.unread(),
                    dir.relativize(l.xlsx()).toString(), dir.relativize(l.csv()).toString(),
                    before == null ? null : before.departments().get(l.department())));
            lengths.put(l.department(), l.rows());
        }
        HotspotReport report = hotspots.report(index.runs(context.tenant()), summaries,
                before == null ? null : before.time());
        List<Path> files = new ArrayList<>();
        Path html = dir.resolve(context.tenant().id() + "-hotspots.html");
        Path json = dir.resolve(context.tenant().id() + "-hotspots.json");
        DataMapReport.Written mapFiles = DataMapReport.files(context.tenant(), dir);
        Labels words = Labels.of("hotspot", context.language());
        String page = new HotspotPage(context.language()).render(report, List.of(
                new HotspotPage.Link(words.get("files.json"), json.getFileName().toString()),
                new HotspotPage.Link(words.get("files.datamap"), mapFiles.csv().getFileName().toString()),
                new HotspotPage.Link(words.get("files.purposes"), mapFiles.purposes().getFileName().toString())));
        ReportFiles.write(html, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        files.add(html);
        ReportFiles.writeJson(json, report);
        files.add(json);
        for (ListFiles l : lists) files.addAll(List.of(l.xlsx(), l.csv(), l.unreadCsv()));
        history.record(new ReportHistory.Snapshot(context.now(), context.latestRuns(), lengths,
                report.totals().withFindings(), report.totals().persons()));
        files.add(dir.resolve(context.tenant().id() + "-history.jsonl"));
        // last: a DPO's file that cannot be read stops the data map (with the file and line named), not the rest
        DataMapReport.Written map = DataMapReport.write(dataMap, dir);
        files.addAll(List.of(map.json(), map.csv(), map.purposes()));
        return new Written(report, lists, map, files);
    }

    /**
     * Takes out the lists in the report's {@code cleanup} folder (Datakart's own) that this report did not
     * write: a department renamed or gone from the index and the configuration must not keep an old list
     * that looks current.
     */
    private static void removeStaleLists(Path folder, List<ListFiles> written) throws IOException {
        Set<Path> keep = new java.util.HashSet<>();
        for (ListFiles l : written) keep.addAll(List.of(l.xlsx(), l.csv(), l.unreadCsv()));
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if ((name.endsWith(".xlsx") || name.endsWith(".csv")) && !keep.contains(f)) java.nio.file.Files.delete(f);
            }
        }
    }

    /** The context of a report made now: each source's latest run from the index. */
    public static ReportContext context(FindingsIndex index, no.datakart.core.Tenant tenant, String name, Language language,
                                        java.time.Instant now) throws IOException {
        Map<String, Integer> latest = new HashMap<>();
        for (RunRecord r : index.runs(tenant)) latest.merge(r.source(), r.number(), Math::max);
        return new ReportContext(tenant, name, now, language, latest);
    }
}
