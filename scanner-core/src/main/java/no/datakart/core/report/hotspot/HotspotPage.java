package no.datakart.core.report.hotspot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.datakart.core.report.Labels;
import no.datakart.core.report.Language;
import no.datakart.core.report.cleanup.SuggestedAction;
import no.datakart.core.report.hotspot.HotspotReport.AgeCount;
import no.datakart.core.report.hotspot.HotspotReport.CategoryCount;
import no.datakart.core.report.hotspot.HotspotReport.ReasonCount;
import no.datakart.core.report.hotspot.HotspotReport.TypeCount;
import no.datakart.core.report.hotspot.Svg.Bar;

/**
 * The hotspot report as one self-contained HTML page: styles, script and charts inline, nothing fetched,
 * so it opens offline and can be mailed to the DPO as it is. Every text from the index (folder and file
 * names, failure details) is escaped. The script only sorts tables; the page reads whole without it.
 */
public final class HotspotPage {
    /** Failures listed in the page; the JSON holds every one kept. */
    static final int FAILURES_SHOWN = 500;
    /** Folder levels the page's tree opens to. */
    static final int TREE_DEPTH = 4;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Labels common;
    private final Labels words;
    private final Labels cleanup;
    private final NumberFormat numbers;
    private final NumberFormat percent;
    private final DateTimeFormatter time;

    public HotspotPage(Language language) {
        this.common = Labels.of("common", language);
        this.words = Labels.of("hotspot", language);
        this.cleanup = Labels.of("cleanup", language);
        this.numbers = NumberFormat.getIntegerInstance(language.locale());
        this.percent = NumberFormat.getPercentInstance(language.locale());
        this.percent.setMaximumFractionDigits(1);
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", language.locale()).withZone(OSLO);
    }

    /** A file beside the page that it links to: the data map, the DPO's file. */
    public record Link(String label, String file) {
    }

    public String render(HotspotReport r) {
        return render(r, List.of());
    }

    /** The page, with links to the other files of the report (relative to the page's folder). */
    public String render(HotspotReport r, List<Link> files) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = words.get("title") + " – " + r.tenantName();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(common.language().code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(title)).append("</title><style>").append(resource("hotspot.css"))
                .append("</style></head><body>\n");
        h.append("<header><h1>").append(e(title)).append("</h1><p class=\"meta\">")
                .append(e(words.get("generated"))).append(' ').append(e(time.format(r.generated()))).append(" · ")
                .append(e(words.get("tenant"))).append(' ').append(e(r.tenant())).append("</p><p class=\"note\">")
                .append(e(words.get("intro"))).append("</p>");
        if (!files.isEmpty()) {
            h.append("<p class=\"files\">").append(e(words.get("files"))).append(' ');
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) h.append(" · ");
                h.append("<a href=\"").append(e(uri(files.get(i).file()))).append("\">").append(e(files.get(i).label())).append("</a>");
            }
            h.append("</p>");
        }
        h.append("</header>\n<main>\n");
        summary(h, r);
        departments(h, r);
        where(h, r);
        what(h, r);
        age(h, r);
        coverage(h, r);
        trend(h, r);
        h.append("</main>\n<footer><p>").append(e(words.get("footer"))).append("</p></footer>\n<script>")
                .append(resource("hotspot.js")).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private void summary(StringBuilder h, HotspotReport r) {
        var t = r.totals();
        h.append("<section id=\"summary\"><div class=\"cards\">");
        card(h, words.get("card.documents"), n(t.documents()), words.get("card.documents.note").formatted(n(t.items())));
        card(h, words.get("card.withFindings"), n(t.withFindings()), pct(t.documents() == 0 ? 0 : (double) t.withFindings() / t.documents()));
        card(h, words.get("card.findings"), n(t.findings()), "");
        card(h, words.get("card.persons"), n(t.persons()), words.get("card.persons.note").formatted(n(t.children())));
        card(h, words.get("card.children"), n(t.childDocuments()), "");
        card(h, words.get("card.sensitive"), n(t.sensitive()), "");
        card(h, words.get("card.failed"), n(t.failed()), words.get("card.failed.note").formatted(pct(r.coverage().read())));
        h.append("</div></section>\n");
    }

    private void card(StringBuilder h, String label, String value, String note) {
        h.append("<div class=\"card\"><div class=\"value\">").append(e(value)).append("</div><div class=\"label\">")
                .append(e(label)).append("</div>");
        if (!note.isEmpty()) h.append("<div class=\"sub\">").append(e(note)).append("</div>");
        h.append("</div>");
    }

    /** Each department's cleanup list: how long, what to do, and the files (beside this page). */
    private void departments(StringBuilder h, HotspotReport r) {
        if (r.departments().isEmpty()) return;
        h.append("<section id=\"departments\"><h2>").append(e(words.get("departments"))).append("</h2><p class=\"note\">")
                .append(e(words.get("departments.note"))).append(' ')
                .append(e(r.comparedWith() == null ? words.get("departments.first")
                        : words.get("departments.since").formatted(time(r.comparedWith()))))
                .append("</p><table class=\"sortable\" id=\"lists\"><thead><tr><th>")
                .append(e(words.get("col.department"))).append("</th><th>").append(e(words.get("col.toCleanUp")))
                .append("</th><th>").append(e(words.get("col.change"))).append("</th>");
        for (SuggestedAction a : SuggestedAction.values()) h.append("<th>").append(e(cleanup.of(a))).append("</th>");
        h.append("<th>").append(e(words.get("col.failed"))).append("</th><th>").append(e(words.get("col.files")))
                .append("</th></tr></thead><tbody>");
        for (HotspotReport.DepartmentList d : r.departments()) {
            h.append("<tr><td>").append(e(d.department().isEmpty() ? words.get("departments.none") : d.department())).append("</td>");
            num(h, d.items());
            if (d.before() == null) {
                h.append("<td class=\"num\" data-v=\"0\"></td>");
            } else {
                int change = d.items() - d.before();
                h.append("<td class=\"num ").append(change < 0 ? "down" : change > 0 ? "up" : "same").append("\" data-v=\"")
                        .append(change).append("\">").append(change > 0 ? "+" : change < 0 ? "−" : "±")
                        .append(e(n(Math.abs(change)))).append("</td>");
            }
            for (SuggestedAction a : SuggestedAction.values()) num(h, d.byAction().getOrDefault(a, 0));
            num(h, d.notRead());
            h.append("<td><a href=\"").append(e(uri(d.xlsx()))).append("\">XLSX</a> · <a href=\"").append(e(uri(d.csv())))
                    .append("\">CSV</a></td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    /** A relative file path as a link: each segment percent-encoded (a department may be named anything). */
    private static String uri(String relative) {
        StringBuilder b = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (!b.isEmpty()) b.append('/');
            b.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    private void where(StringBuilder h, HotspotReport r) {
        h.append("<section id=\"where\"><h2>").append(e(words.get("where"))).append("</h2><p class=\"note\">")
                .append(e(words.get("where.note"))).append("</p>");
        if (r.topByFindings().isEmpty()) {
            h.append("<p class=\"empty\">").append(e(words.get("none"))).append("</p></section>\n");
            return;
        }
        List<Bar> bars = new ArrayList<>();
        boolean sources = r.folders().stream().map(FolderStats::source).distinct().count() > 1;
        for (FolderStats f : r.topByFindings()) bars.add(new Bar(place(f, sources), f.findings(), n(f.findings())));
        h.append("<h3>").append(e(words.get("where.byFindings"))).append("</h3>")
                .append(Svg.bars(words.get("where.byFindings"), bars, "bar-findings"));
        folderTable(h, r.topByFindings(), "top-findings", sources);
        h.append("<h3>").append(e(words.get("where.byDensity"))).append("</h3><p class=\"note\">")
                .append(e(words.get("where.byDensity.note").formatted(HotspotReport.DENSITY_MIN_DOCUMENTS))).append("</p>");
        if (r.topByDensity().isEmpty()) {
            h.append("<p class=\"empty\">").append(e(words.get("none"))).append("</p>");
        } else {
            List<Bar> dense = new ArrayList<>();
            for (FolderStats f : r.topByDensity()) dense.add(new Bar(place(f, sources), f.density(), pct(f.density())));
            h.append(Svg.bars(words.get("where.byDensity"), dense, "bar-density"));
            folderTable(h, r.topByDensity(), "top-density", sources);
        }
        h.append("<h3>").append(e(words.get("where.tree"))).append("</h3>");
        tree(h, r.folders());
        h.append("</section>\n");
    }

    /** A folder as the reader knows it: its path in the source, with the source's name when there are several. */
    private static String place(FolderStats f, boolean sources) {
        return sources ? f.source() + ": " + f.folder() : f.folder();
    }

    private void folderTable(StringBuilder h, List<FolderStats> folders, String id, boolean sources) {
        h.append("<table class=\"sortable\" id=\"").append(id).append("\"><thead><tr>");
        for (String c : List.of("col.folder", "col.documents", "col.withFindings", "col.findings", "col.density",
                "col.children", "col.sensitive", "col.failed")) {
            h.append("<th>").append(e(words.get(c))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (FolderStats f : folders) {
            h.append("<tr><td>").append(e(place(f, sources))).append("</td>");
            num(h, f.documents());
            num(h, f.withFindings());
            num(h, f.findings());
            h.append("<td class=\"num\" data-v=\"").append(f.density()).append("\">").append(e(pct(f.density()))).append("</td>");
            num(h, f.childDocuments());
            num(h, f.sensitive());
            num(h, f.failed());
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** The folders holding personal data as a tree that opens level by level, each with its rolled-up counts. */
    private void tree(StringBuilder h, List<FolderStats> folders) {
        Map<String, List<FolderStats>> children = new HashMap<>();
        List<FolderStats> roots = new ArrayList<>();
        Map<String, FolderStats> byPath = new LinkedHashMap<>();
        for (FolderStats f : folders) byPath.put(key(f.source(), f.folder()), f);
        for (FolderStats f : folders) {
            if (f.depth() == 0) {
                roots.add(f);
                continue;
            }
            int slash = f.folder().lastIndexOf('/');
            String parent = key(f.source(), slash < 0 ? "" : f.folder().substring(0, slash));
            if (byPath.containsKey(parent)) children.computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
        }
        h.append("<div class=\"tree\">");
        for (FolderStats root : roots) node(h, root, children, 0);
        h.append("</div>");
    }

    private static String key(String source, String folder) {
        return source + '\u0000' + folder;
    }

    private void node(StringBuilder h, FolderStats f, Map<String, List<FolderStats>> children, int level) {
        List<FolderStats> below = children.getOrDefault(key(f.source(), f.folder()), List.of()).stream()
                .sorted((a, b) -> Integer.compare(b.findings(), a.findings())).toList();
        String name = level == 0 ? f.source() : f.folder().substring(f.folder().lastIndexOf('/') + 1);
        String line = "<span class=\"name\">" + e(name) + "</span> <span class=\"counts\">"
                + e(words.get("tree.counts").formatted(n(f.findings()), n(f.withFindings()), n(f.documents()))) + "</span>";
        if (below.isEmpty() || level >= TREE_DEPTH) {
            h.append("<div class=\"leaf\">").append(line).append("</div>");
            return;
        }
        h.append("<details").append(level == 0 ? " open" : "").append("><summary>").append(line).append("</summary>");
        for (FolderStats c : below) node(h, c, children, level + 1);
        h.append("</details>");
    }

    private void what(StringBuilder h, HotspotReport r) {
        h.append("<section id=\"what\"><h2>").append(e(words.get("what"))).append("</h2>");
        h.append("<h3>").append(e(words.get("what.types"))).append("</h3>");
        if (r.types().isEmpty()) {
            h.append("<p class=\"empty\">").append(e(words.get("none"))).append("</p>");
        } else {
            List<Bar> bars = new ArrayList<>();
            for (TypeCount t : r.types()) bars.add(new Bar(common.of(t.type()), t.findings(), n(t.findings())));
            h.append(Svg.bars(words.get("what.types"), bars, "bar-types"));
            h.append("<table class=\"sortable\" id=\"types\"><thead><tr><th>").append(e(words.get("col.type")))
                    .append("</th><th>").append(e(words.get("col.findings"))).append("</th><th>")
                    .append(e(words.get("col.documents"))).append("</th></tr></thead><tbody>");
            for (TypeCount t : r.types()) {
                h.append("<tr><td>").append(e(common.of(t.type()))).append("</td>");
                num(h, t.findings());
                num(h, t.documents());
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h3>").append(e(words.get("what.categories"))).append("</h3><p class=\"note\">")
                .append(e(words.get("what.categories.note"))).append("</p>");
        if (r.categories().isEmpty()) {
            h.append("<p class=\"empty\">").append(e(words.get("none"))).append("</p>");
        } else {
            List<Bar> bars = new ArrayList<>();
            for (CategoryCount c : r.categories()) {
                String label = common.of(c.category()) + (c.special() ? " *" : "");
                bars.add(new Bar(label, c.documents(), n(c.documents())));
            }
            h.append(Svg.bars(words.get("what.categories"), bars, "bar-categories"));
            h.append("<p class=\"note\">").append(e(words.get("what.special"))).append("</p>");
        }
        h.append("<h3>").append(e(words.get("what.children"))).append("</h3><p>")
                .append(e(words.get("what.children.text").formatted(n(r.totals().childDocuments())))).append("</p></section>\n");
    }

    private void age(StringBuilder h, HotspotReport r) {
        h.append("<section id=\"age\"><h2>").append(e(words.get("age"))).append("</h2><p class=\"note\">")
                .append(e(words.get("age.note"))).append("</p>");
        List<Bar> bars = new ArrayList<>();
        for (AgeCount a : r.ages()) bars.add(new Bar(common.of(a.bucket()), a.withFindings(), n(a.withFindings())));
        h.append(Svg.bars(words.get("age"), bars, "bar-age"));
        h.append("<table id=\"ages\"><thead><tr><th>").append(e(words.get("col.age"))).append("</th><th>")
                .append(e(words.get("col.withFindings"))).append("</th><th>").append(e(words.get("col.findings")))
                .append("</th><th>").append(e(words.get("col.documents"))).append("</th></tr></thead><tbody>");
        for (AgeCount a : r.ages()) {
            h.append("<tr><td>").append(e(common.of(a.bucket()))).append("</td>");
            num(h, a.withFindings());
            num(h, a.findings());
            num(h, a.documents());
            h.append("</tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private void coverage(StringBuilder h, HotspotReport r) {
        var c = r.coverage();
        h.append("<section id=\"coverage\"><h2>").append(e(words.get("coverage"))).append("</h2><p>")
                .append(e(words.get("coverage.text").formatted(pct(c.read()), n(c.documents()), n(c.failed()))))
                .append("</p>");
        if (c.failed() == 0) {
            h.append("</section>\n");
            return;
        }
        List<Bar> bars = new ArrayList<>();
        for (ReasonCount rc : c.byReason()) bars.add(new Bar(common.of(rc.reason()), rc.documents(), n(rc.documents())));
        h.append(Svg.bars(words.get("coverage"), bars, "bar-failures"));
        h.append("<table class=\"sortable\" id=\"failures\"><thead><tr><th>").append(e(words.get("col.location")))
                .append("</th><th>").append(e(words.get("col.reason"))).append("</th><th>").append(e(words.get("col.detail")))
                .append("</th></tr></thead><tbody>");
        int shown = 0;
        for (Failure f : c.failures()) {
            if (shown++ == FAILURES_SHOWN) break;
            h.append("<tr><td>").append(e(f.source() + "/" + f.location())).append("</td><td>")
                    .append(e(common.of(f.reason()))).append("</td><td>").append(e(f.detail())).append("</td></tr>");
        }
        h.append("</tbody></table>");
        if (c.failed() > Math.min(FAILURES_SHOWN, c.failures().size())) {
            h.append("<p class=\"note\">").append(e(words.get("coverage.more")
                    .formatted(n(Math.min(FAILURES_SHOWN, c.failures().size())), n(c.failed())))).append("</p>");
        }
        h.append("</section>\n");
    }

    private void trend(StringBuilder h, HotspotReport r) {
        h.append("<section id=\"trend\"><h2>").append(e(words.get("trend"))).append("</h2><p class=\"note\">")
                .append(e(words.get("trend.note"))).append("</p>");
        if (r.trend().isEmpty()) {
            h.append("<p class=\"empty\">").append(e(words.get("none"))).append("</p></section>\n");
            return;
        }
        Map<String, List<RunTrend>> bySource = new LinkedHashMap<>();
        for (RunTrend t : r.trend()) bySource.computeIfAbsent(t.source(), s -> new ArrayList<>()).add(t);
        bySource.forEach((source, runs) -> {
            h.append("<h3>").append(e(source)).append("</h3><div class=\"pair\">");
            List<Bar> holding = new ArrayList<>();
            List<Bar> gone = new ArrayList<>();
            List<Bar> added = new ArrayList<>();
            for (RunTrend t : runs) {
                String label = "#" + t.run();
                holding.add(new Bar(label, t.withFindings(), n(t.withFindings())));
                added.add(new Bar(label, t.newWithFindings(), n(t.newWithFindings())));
                gone.add(new Bar(label, t.resolved() + t.removed(), n(t.resolved() + t.removed())));
            }
            h.append("<figure><figcaption>").append(e(words.get("trend.holding"))).append("</figcaption>")
                    .append(Svg.columns(words.get("trend.holding"), holding, "bar-findings")).append("</figure>");
            h.append("<figure><figcaption>").append(e(words.get("trend.new"))).append("</figcaption>")
                    .append(Svg.columns(words.get("trend.new"), added, "bar-new")).append("</figure>");
            h.append("<figure><figcaption>").append(e(words.get("trend.gone"))).append("</figcaption>")
                    .append(Svg.columns(words.get("trend.gone"), gone, "bar-gone")).append("</figure></div>");
            h.append("<table class=\"sortable trend\"><thead><tr>");
            for (String c : List.of("col.run", "col.started", "col.items", "col.read", "col.new", "col.resolved",
                    "col.removed", "col.holding", "col.failed")) {
                h.append("<th>").append(e(words.get(c))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (RunTrend t : runs) {
                h.append("<tr>");
                num(h, t.run());
                h.append("<td>").append(e(time(t.started()))).append(t.complete() ? "" : " " + e(words.get("trend.cut")))
                        .append("</td>");
                num(h, t.items());
                num(h, t.read());
                num(h, t.newWithFindings());
                num(h, t.resolved());
                num(h, t.removed());
                num(h, t.withFindings());
                num(h, t.failed());
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        });
        h.append("</section>\n");
    }

    private void num(StringBuilder h, long v) {
        h.append("<td class=\"num\" data-v=\"").append(v).append("\">").append(e(n(v))).append("</td>");
    }

    private String n(long v) {
        return numbers.format(v);
    }

    private String pct(double v) {
        return percent.format(v);
    }

    private String time(Instant t) {
        return time.format(t);
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private static String resource(String name) {
        try (InputStream in = HotspotPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
