package no.datakart.core.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import no.datakart.core.FailureReason;
import no.datakart.core.OwnerOnly;
import no.datakart.core.index.PartRecord;
import no.datakart.core.source.Item;
import no.datakart.core.source.Source;

/**
 * Reads items in a worker process of its own ({@link WorkerMain}), so that a parser that hangs, runs out of
 * memory or crashes costs only the item it was reading: past the time limit the process is killed; either
 * way the item gets its reason, the records of the parts read before it, and the next item a new process.
 * The tenant's key goes to the worker on its standard input, never on its command line. One per scan thread.
 */
public final class WorkerProcess implements ItemReader {
    /** Exit code of a JVM started with {@code -XX:+ExitOnOutOfMemoryError} that ran out. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "datakart-worker-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** Items a worker reads before a new one takes over: what a parser leaks stays bounded (Tika's pipes do the same). */
    static final int ITEMS_PER_PROCESS = 10_000;

    private final WorkerSettings settings;
    private final byte[] key;
    private final int itemsPerProcess;
    private int itemsInProcess;
    private Process process;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;
    private StderrTail stderr;
    private Path tmp;
    private volatile boolean killedForTime;
    private int started;

    public WorkerProcess(WorkerSettings settings, byte[] key) {
        this(settings, key, ITEMS_PER_PROCESS);
    }

    WorkerProcess(WorkerSettings settings, byte[] key, int itemsPerProcess) {
        if (itemsPerProcess < 1) throw new IllegalArgumentException("itemsPerProcess < 1");
        this.settings = settings;
        this.key = key.clone();
        this.itemsPerProcess = itemsPerProcess;
    }

    /** Processes started so far, the first included: a restart after each item that killed one. */
    public int processesStarted() {
        return started;
    }

    @Override
    public void read(Source source, Item item, Consumer<PartRecord> parts) throws IOException {
        Optional<Path> local = source.file(item);
        Path file;
        if (local.isPresent()) {
            file = local.get();
        } else {
            try {
                file = copy(source, item);
            } catch (IOException e) {
                parts.accept(PartRecord.failed("", "", FailureReason.ofReading(e), e.getClass().getSimpleName()));
                return;
            }
        }
        try {
            readFile(file, item.location(), parts);
        } finally {
            if (local.isEmpty()) Files.deleteIfExists(file);
        }
    }

    private void readFile(Path file, String name, Consumer<PartRecord> parts) throws IOException {
        if (process != null && (killedForTime || !process.isAlive())) stop();
        if (process != null && itemsInProcess >= itemsPerProcess) quit();
        if (process == null) start();
        Deque<String> open = new ArrayDeque<>(); // the parts begun and not ended, innermost first
        boolean itemEnded = false;
        ScheduledFuture<?> timer = WATCHDOG.schedule(this::killForTime, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            toWorker.writeByte(Wire.ITEM);
            Wire.writeString(toWorker, name);
            Wire.writeString(toWorker, file.toString());
            toWorker.flush();
            while (true) {
                byte tag = fromWorker.readByte();
                if (tag == Wire.DONE) {
                    itemsInProcess++;
                    break;
                }
                if (tag == Wire.START) {
                    open.push(Wire.readString(fromWorker));
                } else if (tag == Wire.PART) {
                    PartRecord r = Wire.readRecord(fromWorker);
                    open.removeFirstOccurrence(r.path());
                    itemEnded |= r.path().isEmpty();
                    parts.accept(r);
                } else if (tag == Wire.FATAL) {
                    FailureReason reason = FailureReason.valueOf(Wire.readString(fromWorker));
                    String detail = Wire.readString(fromWorker);
                    throw new Died(reason, detail);
                } else {
                    throw new IOException("bad frame tag " + tag);
                }
            }
        } catch (IOException | Died e) {
            timer.cancel(false);
            Died why = e instanceof Died d ? d : death();
            stop();
            String where = open.isEmpty() || open.peek().isEmpty() ? "" : " (in " + open.peek() + ")";
            for (String path : open) {
                if (!path.isEmpty()) parts.accept(PartRecord.failed(path, "", why.reason, why.detail));
            }
            if (!itemEnded) parts.accept(PartRecord.failed("", "", why.reason, why.detail + where));
        } finally {
            timer.cancel(false);
        }
    }

    /** Why the worker stopped answering: killed for time, out of memory, or some other end. */
    private Died death() {
        if (killedForTime) return new Died(FailureReason.TIMEOUT, "took longer than " + settings.timeout().toSeconds() + " s");
        int exit;
        try {
            exit = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        if (exit == OUT_OF_MEMORY_EXIT) {
            return new Died(FailureReason.OUT_OF_MEMORY, "needed more than the worker's " + (settings.heapBytes() >> 20) + " MiB heap");
        }
        return new Died(FailureReason.PARSER_CRASH, "the worker process ended with exit code " + exit);
    }

    private void killForTime() {
        killedForTime = true;
        Process p = process;
        if (p != null) p.destroyForcibly();
    }

    private void start() throws IOException {
        OwnerOnly.directory(settings.tempDir());
        tmp = Files.createTempDirectory(settings.tempDir(), "worker-" + NUMBER.incrementAndGet() + "-");
        process = new ProcessBuilder(settings.command(tmp)).start();
        started++;
        itemsInProcess = 0;
        killedForTime = false;
        stderr = new StderrTail(process.getErrorStream());
        toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Process starting = process;
        ScheduledFuture<?> timer = WATCHDOG.schedule(starting::destroyForcibly, WorkerSettings.STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        try {
            toWorker.writeInt(Wire.MAGIC);
            toWorker.writeInt(key.length);
            toWorker.write(key);
            toWorker.writeLong(settings.referenceDate().toEpochDay());
            Wire.writeString(toWorker, settings.minConfidence().name());
            toWorker.writeLong(settings.limits().maxChars());
            toWorker.writeInt(settings.limits().maxEmbedded());
            toWorker.flush();
            if (fromWorker.readByte() != Wire.READY) throw new IOException("unexpected answer");
        } catch (IOException e) {
            String tail = stderr.textWhenEnded(process); // only ever seen before the first item: no content in it
            stop();
            throw new IOException("the extraction worker process did not start (" + String.join(" ", settings.command(tmp).subList(0, 2))
                    + " ...): " + e.getMessage() + (tail.isBlank() ? "" : "; it said: " + tail.strip()), e);
        } finally {
            timer.cancel(false);
        }
    }

    /** Ends the process, however it is, and removes its temporary files. */
    private void stop() {
        if (process == null) return;
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        deleteTree(tmp);
    }

    @Override
    public void close() {
        quit();
    }

    /** Asks the worker to end, waits for it (it may be writing its class archive), and ends it if it does not. */
    private void quit() {
        if (process != null && process.isAlive() && !killedForTime) {
            try {
                toWorker.writeByte(Wire.QUIT);
                toWorker.flush();
                process.waitFor(60, TimeUnit.SECONDS); // the first time, it writes the class archive as it exits
            } catch (IOException e) {
                // it is going anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
    }

    private Path copy(Source source, Item item) throws IOException {
        OwnerOnly.directory(settings.tempDir());
        Path file = Files.createTempFile(settings.tempDir(), "item-", ".bin");
        try (InputStream in = source.open(item)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next scan's clean-up of the temporary folder
        }
    }

    /** The worker ended an item abnormally: the reason its item gets. */
    private static final class Died extends Exception {
        final FailureReason reason;
        final String detail;

        Died(FailureReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }

    /**
     * Drains the worker's standard error (a full pipe would stop it) and keeps its last few KiB, shown only
     * when a worker fails to start.
     */
    private static final class StderrTail {
        private static final int KEEP = 4096;
        private final StringBuilder tail = new StringBuilder();
        private final Thread drain;

        StderrTail(InputStream in) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (in) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        synchronized (tail) {
                            tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                            if (tail.length() > KEEP) tail.delete(0, tail.length() - KEEP);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "datakart-worker-stderr");
            t.setDaemon(true);
            t.start();
            drain = t;
        }

        /** What it said, once it ended (waiting a few seconds at most). */
        String textWhenEnded(Process p) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
                drain.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (tail) {
                return tail.toString();
            }
        }
    }
}
