package no.datakart.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The harness the HTML report's tests stand on: it must see every kind of problem in a page (or a clean
 * report would prove nothing) and read what the page drew. One browser serves the class.
 */
class HeadlessChromiumTest {
    private static HeadlessChromium browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private HeadlessChromium.Page open(String body) throws IOException {
        Path html = tmp.resolve("side.html");
        Files.writeString(html, "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>t</title></head><body>" + body + "</body></html>");
        return browser.open(html);
    }

    private static void assertProblem(List<String> problems, String... parts) {
        assertTrue(problems.stream().anyMatch(p -> Arrays.stream(parts).allMatch(p::contains)),
                "a problem with " + List.of(parts) + " among " + problems);
    }

    @Test
    void aCleanPageWithAnSvgChartHasNoProblemsAndItsChartIsDrawn() throws IOException {
        HeadlessChromium.Page page = open("""
                <svg width="300" height="100" viewBox="0 0 300 100"><rect id="bar" x="10" y="10" width="0" height="80"/></svg>
                <script>document.getElementById('bar').setAttribute('width', '120'); console.log('info is fine');</script>
                """);
        assertEquals(List.of(), page.problems());
        assertEquals(120.0, page.evaluate("document.getElementById('bar').getBBox().width").asDouble(), 0.01,
                "the width the script gave the bar");
        JsonNode box = page.evaluate("(() => { const r = document.querySelector('svg').getBoundingClientRect();"
                + " return {width: r.width, height: r.height}; })()");
        assertEquals(300, box.path("width").asInt(), box.toString());
        assertEquals(100, box.path("height").asInt(), box.toString());
        assertEquals("ok", page.evaluate("Promise.resolve('ok')").asText(), "a promise is awaited");
        assertEquals(HeadlessChromium.VIEWPORT_WIDTH, page.evaluate("innerWidth").asInt());
        assertEquals(HeadlessChromium.VIEWPORT_HEIGHT, page.evaluate("innerHeight").asInt());
        assertTrue(page.evaluate("undefined").isNull());

        Path png = tmp.resolve("side.png");
        page.screenshot(png);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
        assertArrayEquals(signature, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertEquals(List.of(), page.problems(), "still clean");
        page.close();
    }

    @Test
    void consoleErrorsAndWarningsAreProblems() throws IOException {
        List<String> problems = open("<script>console.error('x'); console.warn('careful', 42);</script>").problems();
        assertProblem(problems, "console.error: x", "side.html:1:");
        assertProblem(problems, "console.warning: careful 42");
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void uncaughtExceptionsAreProblemsAlsoWhenTheyComeAfterTheLoad() throws IOException {
        List<String> problems = open("""
                <script>
                addEventListener('load', () => setTimeout(() => { throw new Error('late'); }, 50));
                Promise.reject(new TypeError('rejected'));
                throw new Error('boom');
                </script>
                """).problems();
        assertProblem(problems, "uncaught exception", "Error: boom", "side.html:");
        assertProblem(problems, "uncaught exception", "TypeError: rejected", "in promise");
        assertProblem(problems, "uncaught exception", "Error: late");
    }

    @Test
    void anExternalRequestIsAProblemThatNamesItsUrl() throws IOException {
        List<String> problems = open("<img src=\"https://example.invalid/a.png\" alt=\"\">").problems();
        assertProblem(problems, "external request: https://example.invalid/a.png");
    }

    @Test
    void aMissingLocalFileIsAFailedRequest() throws IOException {
        List<String> problems = open("<script src=\"finnes-ikke.js\"></script>").problems();
        assertProblem(problems, "request failed", "finnes-ikke.js", "ERR_FILE_NOT_FOUND");
        assertFalse(problems.stream().anyMatch(p -> p.startsWith("external")), problems.toString());
    }

    @Test
    void anExpressionThatThrowsThrowsInJava() throws IOException {
        HeadlessChromium.Page page = open("<p>tom</p>");
        HeadlessChromium.EvaluationException e = assertThrows(HeadlessChromium.EvaluationException.class,
                () -> page.evaluate("document.querySelector('svg').getBBox()"));
        assertTrue(e.getMessage().contains("TypeError"), e.getMessage());
        assertEquals(List.of(), page.problems(), "what evaluate throws is the caller's, not the page's");
    }

    @Test
    void aFileThatIsNotThereCannotBeOpened() {
        HeadlessChromium.BrowserException e = assertThrows(HeadlessChromium.BrowserException.class,
                () -> browser.open(tmp.resolve("borte.html")));
        assertTrue(e.getMessage().contains("borte.html"), e.getMessage());
    }

    @Test
    void closeEndsTheBrowserWithItsHelpersAndLeavesNothingBehind() {
        HeadlessChromium own = HeadlessChromium.start();
        ProcessHandle main = own.processHandle();
        List<ProcessHandle> helpers = main.descendants().toList();
        Path directory = own.directory();
        assertFalse(helpers.isEmpty(), "Chromium runs helper processes");
        assertTrue(Files.isDirectory(directory.resolve("profile")));
        own.close();
        assertFalse(main.isAlive());
        assertEquals(List.of(), helpers.stream().filter(HeadlessChromium::running).toList());
        String mark = directory + File.separator;
        assertEquals(List.of(), ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(mark)).orElse(false)).toList(),
                "nor those it detached (crashpad)");
        assertFalse(Files.exists(directory));
        own.close(); // twice: nothing
    }
}
