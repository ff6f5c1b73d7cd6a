package no.datakart.core.report;

import static no.datakart.core.report.ReportFixture.NORDBY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import no.datakart.core.index.FindingsIndex;

/**
 * The hotspot report as a DPO opens it: in a real browser (headless Chromium), offline. It must render with
 * no console error, no script error and no request for anything outside the file, its charts drawn (every
 * chart has bars of a real size), its tables sortable by their headings, and a folder named like markup
 * shown as text, not run.
 */
class HotspotPageBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theReportRendersOfflineWithoutErrorsAndDrawsItsCharts() throws Exception {
        ReportFixture f = new ReportFixture(tmp);
        Path out = tmp.resolve("reports");
        try (FindingsIndex index = f.index()) {
            f.scanNordby(index);
            Files.delete(f.nordbyShare.resolve("helse/gamle/2012.docx"));
            f.scanNordby(index); // a second run: the trend has two columns
            TenantReports.write(index, f.context(index, NORDBY, Language.NB), out.resolve("nb"));
            TenantReports.write(index, f.context(index, NORDBY, Language.EN), out.resolve("en"));
        }
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (String lang : List.of("nb", "en")) {
                HeadlessChromium.Page page = browser.open(out.resolve(lang).resolve("nordby-hotspots.html"));
                assertEquals(List.of(), page.problems(), lang + ": console errors, script errors or external requests");
                assertEquals("true", page.evaluate("document.documentElement.dataset.ready").asText(), "the script ran");
                JsonNode charts = page.evaluate("""
                        Array.from(document.querySelectorAll('svg.chart')).map(svg => {
                          const box = svg.getBoundingClientRect();
                          const bars = Array.from(svg.querySelectorAll('rect')).filter(r => r.getBBox().width > 0 && r.getBBox().height > 0);
                          return {label: svg.getAttribute('aria-label'), width: box.width, height: box.height, bars: bars.length};
                        })""");
                assertTrue(charts.size() >= 8, lang + ": where x2, types, categories, age, coverage, trend x3: " + charts);
                for (JsonNode c : charts) {
                    assertTrue(c.get("width").asDouble() > 100 && c.get("height").asDouble() > 20, "drawn: " + c);
                    assertTrue(c.get("bars").asInt() > 0, "a chart with bars of a real size: " + c);
                }
                assertEquals(0, page.evaluate("document.querySelectorAll('img, script[src], link[href]').length").asInt(),
                        "nothing loaded from outside, and the folder named like an image tag is text");
                assertTrue(page.evaluate("document.body.innerText.includes('<img src=x onerror=console.error(7)>')").asBoolean(),
                        "the folder's name is shown as it is");

                // sorting: click the findings heading of the top folders twice and read the order
                JsonNode sorted = page.evaluate("""
                        (() => {
                          const table = document.getElementById('top-findings');
                          const th = table.querySelectorAll('thead th')[3];
                          const read = () => Array.from(table.tBodies[0].rows).map(r => parseFloat(r.cells[3].dataset.v));
                          th.click();
                          const down = read();
                          th.click();
                          return {down, up: read()};
                        })()""");
                List<Double> down = doubles(sorted.get("down"));
                List<Double> up = doubles(sorted.get("up"));
                assertEquals(down.stream().sorted(java.util.Comparator.reverseOrder()).toList(), down);
                assertEquals(up.stream().sorted().toList(), up);
                assertTrue(down.size() > 1);
                assertEquals(List.of(), page.problems(), "clicking made no error");
            }
        }
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }
}
