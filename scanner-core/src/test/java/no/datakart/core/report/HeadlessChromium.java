package no.datakart.core.report;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Real headless Chromium for tests of the HTML report, driven over the Chrome DevTools Protocol: opens a local
 * file, tells every console error or warning, uncaught exception, failed request and request that leaves the
 * machine (a self-contained report makes none), and evaluates JavaScript in the page.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     HeadlessChromium.Page page = browser.open(html);
 *     assertEquals(List.of(), page.problems());
 *     JsonNode bars = page.evaluate("document.querySelectorAll('svg rect').length");
 * }
 * }</pre>
 *
 * The browser is {@code $DATAKART_CHROMIUM}, else {@code /usr/bin/chromium}, else {@code chromium} on PATH. Its
 * absence is an error, not a reason to skip: CI installs Debian's {@code chromium}.
 */
final class HeadlessChromium implements AutoCloseable {
    /** A failure of the browser or of the protocol, with what the browser last printed when it helps. */
    static class BrowserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrowserException(String message) {
            super(message);
        }

        BrowserException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** JavaScript given to {@link Page#evaluate} threw: the message is what it threw. */
    static final class EvaluationException extends BrowserException {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofSeconds(20);
    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(10);
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(20);
    /** After the load event: timers, late script errors and the requests they start still arrive. */
    private static final long SETTLE_MILLIS = 300;
    private static final int KEPT_OUTPUT_LINES = 20;
    static final int VIEWPORT_WIDTH = 1280;
    static final int VIEWPORT_HEIGHT = 900;
    private static final Set<String> LOCAL_SCHEMES = Set.of("file", "data", "blob", "about");

    private final Process process;
    /** Everything Chromium writes: its profile, and the config and cache it would otherwise put in $HOME. */
    private final Path root;
    private final Thread shutdownHook;
    private final Deque<String> output = new ArrayDeque<>();
    private final HttpClient http;
    private final WebSocket socket;
    private final Object sending = new Object();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** Set when the connection ends: every command after it fails at once with this reason. */
    private volatile String gone;
    private boolean closed;

    private HeadlessChromium(Process process, Path root, Thread shutdownHook) {
        this.process = process;
        this.root = root;
        this.shutdownHook = shutdownHook;
        Thread drain = new Thread(this::drain, "chromium-output");
        drain.setDaemon(true);
        drain.start();
        http = HttpClient.newHttpClient();
        try {
            URI endpoint = endpoint();
            socket = http.newWebSocketBuilder().connectTimeout(COMMAND_LIMIT)
                    .buildAsync(endpoint, new Listener()).get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            http.shutdownNow();
            Thread.currentThread().interrupt();
            throw failure("interrupted while connecting to Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            http.shutdownNow();
            throw failure("could not connect to Chromium's DevTools", e);
        } catch (RuntimeException e) {
            http.shutdownNow();
            throw e;
        }
    }

    /** Starts a headless Chromium with a fresh profile; {@link #close()} ends it and deletes the profile. */
    static HeadlessChromium start() {
        Path executable = executable();
        Path root;
        try {
            root = Files.createTempDirectory("datakart-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run",
                // without these it calls Google's hosts, which a closed network refuses (and which tests must not need)
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--user-data-dir=" + root.resolve("profile"), "about:blank")
                .redirectErrorStream(true);
        // Debian's build starts crashpad whatever the flags, with its database in ~/.config/chromium, and GTK
        // writes ~/.cache/dconf: kept in the temporary directory, a test leaves nothing behind in $HOME
        builder.environment().put("XDG_CONFIG_HOME", root.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", root.resolve("cache").toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteTree(root);
            throw new BrowserException("could not start " + executable + ": " + e.getMessage(), e);
        }
        // a test run that never gets to close() (a crash, ^C) still must not leave a browser behind
        Thread hook = new Thread(() -> kill(process, root), "chromium-kill");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return new HeadlessChromium(process, root, hook);
        } catch (RuntimeException e) {
            kill(process, root);
            Runtime.getRuntime().removeShutdownHook(hook);
            deleteTree(root);
            throw e;
        }
    }

    private static Path executable() {
        String chosen = System.getenv("DATAKART_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            Path path = Path.of(chosen);
            if (!Files.isExecutable(path)) {
                throw new BrowserException("DATAKART_CHROMIUM=" + chosen + " is not an executable file");
            }
            return path;
        }
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        String searchPath = System.getenv("PATH");
        if (searchPath != null) {
            for (String dir : searchPath.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "chromium"))) {
                    return Path.of(dir, "chromium");
                }
            }
        }
        throw new BrowserException("no Chromium found (looked at $DATAKART_CHROMIUM, /usr/bin/chromium and PATH):"
                + " install Debian's chromium package (apt-get install chromium), as .ci/run does,"
                + " or set DATAKART_CHROMIUM to the browser's executable");
    }

    /** The browser's websocket, from the file Chromium writes once it listens (port 0: it chose the port). */
    private URI endpoint() {
        Path file = root.resolve("profile").resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            try {
                // written as port, newline, path: wait until both lines are there
                List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
                if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            } catch (IOException e) {
                // being written: try again
            }
            if (!process.isAlive()) {
                throw failure("Chromium exited with status " + process.exitValue() + " before it listened", null);
            }
            if (System.nanoTime() > deadline) {
                throw failure("Chromium did not write " + file + " within " + START_LIMIT.toSeconds() + " s", null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for Chromium", e);
            }
        }
    }

    /** Reads what Chromium prints, so a full pipe never blocks it, keeping the last lines for error messages. */
    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                // without a system bus (containers, CI) Chromium complains of D-Bus by the dozen: it would crowd
                // out what explains a failure
                if (line.contains(":ERROR:dbus/")) {
                    continue;
                }
                synchronized (output) {
                    if (output.size() == KEPT_OUTPUT_LINES) {
                        output.removeFirst();
                    }
                    output.addLast(line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private BrowserException failure(String message, Throwable cause) {
        String tail;
        synchronized (output) {
            tail = String.join("\n  ", output);
        }
        return new BrowserException(tail.isEmpty() ? message : message + "; Chromium's last output:\n  " + tail, cause);
    }

    /**
     * Opens the file in a new tab and waits for its load event and a short settle time. Problems are collected
     * from the start: the tab is attached to and listened to before it navigates.
     */
    Page open(Path html) {
        String target = send(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId").asText();
        String session = send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .path("sessionId").asText();
        Page page = new Page(target, session);
        pages.put(session, page);
        try {
            for (String domain : List.of("Runtime", "Log", "Page", "Network")) {
                send(session, domain + ".enable", params());
            }
            send(session, "Page.setLifecycleEventsEnabled", params().put("enabled", true));
            // a fixed viewport, so what a test measures does not follow the headless window's default
            send(session, "Emulation.setDeviceMetricsOverride", params().put("width", VIEWPORT_WIDTH)
                    .put("height", VIEWPORT_HEIGHT).put("deviceScaleFactor", 1).put("mobile", false));
            page.navigate(html.toAbsolutePath().toUri().toString());
            return page;
        } catch (BrowserException e) {
            try {
                page.close();
            } catch (BrowserException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Sends a command (to the browser when session is null) and waits for its result. */
    private JsonNode send(String session, String method, ObjectNode params) {
        if (gone != null) {
            throw failure("Chromium's connection is closed (" + gone + "), cannot send " + method, null);
        }
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            // one message at a time: the websocket refuses a send while another is under way
            synchronized (sending) {
                socket.sendText(message.toString(), true).get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode reply = answer.get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new BrowserException(method + " failed: " + reply.path("error").path("message").asText()
                        + " " + reply.path("error").path("data").asText(""));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted during " + method, e);
        } catch (TimeoutException e) {
            throw failure("Chromium did not answer " + method + " within " + COMMAND_LIMIT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw failure(method + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    /** A whole message from Chromium: a command's reply, or an event of a tab. */
    private void received(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return; // not from this protocol: nothing waits for it
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.path("id").asLong());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Page page = pages.get(message.path("sessionId").asText(""));
        if (page != null) {
            page.event(message.path("method").asText(), message.path("params"));
        }
    }

    private void disconnected(String reason) {
        gone = reason;
        BrowserException cause = failure("Chromium's connection closed: " + reason, null);
        pending.values().forEach(answer -> answer.completeExceptionally(cause));
        pages.values().forEach(page -> page.lost(reason));
    }

    /** Runs on the websocket's threads; a message may come in several frames, and only the last is whole. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            String whole = null;
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    whole = partial.toString();
                    partial.setLength(0);
                }
            }
            if (whole != null) {
                received(whole);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            disconnected("closed by Chromium (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            disconnected(String.valueOf(error));
        }
    }

    /**
     * Ends the browser and every process it started, and deletes its profile. Killed, not asked: Chromium's own
     * orderly shutdown takes 1.5 s here, and nothing it would save is wanted.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        gone = "closed";
        socket.abort();
        kill(process, root);
        http.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // closing during shutdown: the hook runs anyway
        }
        deleteTree(root);
    }

    /**
     * Kills the browser, its helpers and the crashpad handlers it detached (their parent is init, so they are
     * not its descendants: they are known by the temporary directory in their arguments), and waits for them.
     */
    private static void kill(Process process, Path root) {
        String mark = root + File.separator;
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(mark)).orElse(false))
                .forEach(family::add);
        // the browser first, so it starts no helper in place of one killed
        process.destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            while (family.stream().anyMatch(HeadlessChromium::running) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether a process still runs. A killed helper's parent is gone, so init must reap it, and a late init
     * (this machine's reaps after about a second) leaves a zombie that ProcessHandle counts as alive, though it
     * runs nothing and writes nothing any more.
     */
    static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            // "pid (name) state ...": the name may hold anything, the state follows its last parenthesis
            int name = stat.lastIndexOf(')');
            return name < 0 || name + 2 >= stat.length() || stat.charAt(name + 2) != 'Z';
        } catch (IOException e) {
            return p.isAlive();
        }
    }

    private static void deleteTree(Path root) {
        // a helper that just died may still be removing its own files: try again briefly
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Package-private for the test of {@link #close()}. */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Package-private for the test of {@link #close()}: the directory that holds all Chromium writes. */
    Path directory() {
        return root;
    }

    /** One tab, with what went wrong in it since it was opened. */
    final class Page {
        private final String target;
        private final String session;
        // guarded by this
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> requests = new HashMap<>();
        private final Set<String> loaded = new HashSet<>();
        private String lost;

        private Page(String target, String session) {
            this.target = target;
            this.session = session;
        }

        /**
         * Human-readable lines, one per console error or warning, uncaught exception, failed request and
         * request that is not to file:, data:, blob: or about:. Empty when the page is clean. Keeps growing
         * while the tab lives (an evaluate may cause more).
         */
        synchronized List<String> problems() {
            return List.copyOf(problems);
        }

        /**
         * The value of a JavaScript expression in the page (a promise is awaited), as JSON: numbers, strings,
         * arrays and plain objects as themselves, undefined as null, NaN and Infinity as text.
         *
         * @throws EvaluationException when the expression throws, with what it threw
         */
        JsonNode evaluate(String expression) {
            JsonNode reply = send(session, "Runtime.evaluate", params().put("expression", expression)
                    .put("returnByValue", true).put("awaitPromise", true));
            if (reply.has("exceptionDetails")) {
                throw new EvaluationException(expression + " threw " + describe(reply.path("exceptionDetails")));
            }
            JsonNode result = reply.path("result");
            if (result.has("value")) {
                return result.path("value");
            }
            if (result.has("unserializableValue")) {
                return TextNode.valueOf(result.path("unserializableValue").asText());
            }
            return NullNode.getInstance();
        }

        /** Writes what the tab shows as PNG (the viewport). */
        void screenshot(Path png) {
            String data = send(session, "Page.captureScreenshot", params().put("format", "png")).path("data").asText();
            try {
                Files.write(png, Base64.getDecoder().decode(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Closes the tab; the browser's close() closes those left open. */
        void close() {
            send(null, "Target.closeTarget", params().put("targetId", target));
            pages.remove(session);
        }

        private void navigate(String url) {
            JsonNode reply = send(session, "Page.navigate", params().put("url", url));
            if (reply.hasNonNull("errorText")) {
                throw new BrowserException("could not open " + url + ": " + reply.path("errorText").asText());
            }
            // the load of this navigation, not of the about:blank the tab began with: lifecycle events name it
            String loader = reply.path("loaderId").asText();
            long deadline = System.nanoTime() + LOAD_LIMIT.toNanos();
            synchronized (this) {
                while (!loaded.contains(loader)) {
                    if (lost != null) {
                        throw failure(url + " did not load: " + lost, null);
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw failure(url + " fired no load event within " + LOAD_LIMIT.toSeconds() + " s", null);
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw failure("interrupted while " + url + " loaded", e);
                    }
                }
            }
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while " + url + " settled", e);
            }
            // a round trip through the tab: what it reported before answering has arrived
            evaluate("0");
        }

        private synchronized void lost(String reason) {
            lost = reason;
            notifyAll();
        }

        private synchronized void event(String method, JsonNode p) {
            switch (method) {
                case "Page.lifecycleEvent" -> {
                    if (p.path("name").asText().equals("load")) {
                        loaded.add(p.path("loaderId").asText());
                        notifyAll();
                    }
                }
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                        List<String> args = new ArrayList<>();
                        // an Error's description carries its stack: its first line is the message
                        p.path("args").forEach(a -> args.add(firstLine(remote(a))));
                        JsonNode frame = p.path("stackTrace").path("callFrames").path(0);
                        problems.add("console." + type + ": " + String.join(" ", args)
                                + at(frame.path("url").asText(""), frame.path("lineNumber"), frame.path("columnNumber")));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("uncaught exception: " + describe(p.path("exceptionDetails")));
                case "Log.entryAdded" -> {
                    JsonNode entry = p.path("entry");
                    String level = entry.path("level").asText();
                    if (level.equals("error") || level.equals("warning")) {
                        problems.add("log " + level + " (" + entry.path("source").asText() + "): " + entry.path("text").asText()
                                + (entry.path("url").asText("").isEmpty() ? "" : " (" + entry.path("url").asText() + ")"));
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = p.path("request").path("url").asText();
                    requests.put(p.path("requestId").asText(), url);
                    String scheme = url.substring(0, Math.max(url.indexOf(':'), 0)).toLowerCase(Locale.ROOT);
                    // blob: URLs are made by the page itself; anything else leaves the file
                    if (!LOCAL_SCHEMES.contains(scheme)) {
                        problems.add("external request: " + url + " (" + p.path("type").asText("?") + ")");
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = requests.getOrDefault(p.path("requestId").asText(), "request " + p.path("requestId").asText());
                    problems.add("request failed: " + url + ": " + p.path("errorText").asText()
                            + (p.path("blockedReason").isMissingNode() ? "" : " (blocked: " + p.path("blockedReason").asText() + ")"));
                }
                case "Inspector.targetCrashed" -> {
                    problems.add("the tab crashed");
                    lost = "the tab crashed";
                    notifyAll();
                }
                default -> {
                    // the enabled domains tell much more; none of it is a problem
                }
            }
        }
    }

    /** A RemoteObject as console would print it, roughly. */
    private static String remote(JsonNode object) {
        if (object.has("value")) {
            JsonNode value = object.path("value");
            return value.isTextual() ? value.asText() : value.toString();
        }
        if (object.has("unserializableValue")) {
            return object.path("unserializableValue").asText();
        }
        if (object.has("description")) {
            return object.path("description").asText();
        }
        return object.path("type").asText();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }

    /** An exception's first line and where it was thrown. */
    private static String describe(JsonNode details) {
        JsonNode exception = details.path("exception");
        String what = firstLine(exception.isMissingNode() ? details.path("text").asText() : remote(exception));
        String text = details.path("text").asText("");
        // "Uncaught" or "Uncaught (in promise)" says how it escaped; a thrown non-Error has only the text
        if (!text.isEmpty() && !what.equals(text) && !exception.isMissingNode()) {
            what = text + " " + what;
        }
        return what + at(details.path("url").asText(""), details.path("lineNumber"), details.path("columnNumber"));
    }

    /** " (url:line:column)", one-based as editors count, or nothing when the place is not known. */
    private static String at(String url, JsonNode line, JsonNode column) {
        if (url.isEmpty()) {
            return "";
        }
        return " (" + url + (line.isNumber() ? ":" + (line.asInt() + 1) : "")
                + (line.isNumber() && column.isNumber() ? ":" + (column.asInt() + 1) : "") + ")";
    }
}
