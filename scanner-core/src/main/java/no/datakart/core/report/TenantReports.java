package no.datakart.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.index.RunRecord;
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
    public record Written(HotspotReport hotspots, List<Path> files) {
    }

    /**
     * @param dir the tenant's report folder (made if missing); files in it are replaced whole
     */
    public static Written write(FindingsIndex index, ReportContext context, Path dir) throws IOException {
        Hotspots hotspots = new Hotspots(context);
        List<Consumer<IndexedPart>> consumers = List.of(hotspots);
        index.forEachPart(context.tenant(), p -> {
            for (Consumer<IndexedPart> c : consumers) c.accept(p);
        });
        HotspotReport report = hotspots.report(index.runs(context.tenant()));
        List<Path> files = new ArrayList<>();
        Path html = dir.resolve("hotspots.html");
        String page = new HotspotPage(context.language()).render(report);
        ReportFiles.write(html, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        files.add(html);
        Path json = dir.resolve("hotspots.json");
        ReportFiles.writeJson(json, report);
        files.add(json);
        return new Written(report, files);
    }

    /** The context of a report made now: each source's latest run from the index. */
    public static ReportContext context(FindingsIndex index, no.datakart.core.Tenant tenant, String name, Language language,
                                        java.time.Instant now) throws IOException {
        Map<String, Integer> latest = new HashMap<>();
        for (RunRecord r : index.runs(tenant)) latest.merge(r.source(), r.number(), Math::max);
        return new ReportContext(tenant, name, now, language, latest);
    }
}
