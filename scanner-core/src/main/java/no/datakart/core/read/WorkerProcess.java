package no.datakart.core.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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
 * One worker process ({@link WorkerMain}) at a time, shared by a scan's reading threads: each takes a
 * {@link #reader()}, and the process reads as many items at once as it has readers — one JVM to start and
 * warm up rather than one per thread. A parser that hangs, runs out of memory or crashes ends the process;
 * the item to blame gets its reason, with the records of the parts read before, and the items that were
 * being read beside it are read again by the next process, so they lose nothing:
 * <ul>
 * <li>past an item's time limit the process is killed, and that item is a {@code TIMEOUT};</li>
 * <li>a worker that reports a fatal error names its item;</li>
 * <li>a worker that runs out of memory or just ends names none: each item it was reading is read again
 * alone in a new process (a heap that leaks filled up is not the last item's fault), and the one that
 * ends a process alone is to blame.</li>
 * </ul>
 * The tenant's key goes to the worker on its standard input, never on its command line.
 */
public final class WorkerProcess implements Closeable {
    /** Exit code of a JVM started with {@code -XX:+ExitOnOutOfMemoryError} that ran out. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    /**
     * Items a process reads before a new one takes over: what a parser leaks stays bounded (Tika's pipes do the
     * same, every 10 000). Not more often: a new JVM's class loading and JIT cost about 20 s of CPU here (3 000
     * files measured), and a heap a leak fills is an out-of-memory death, after which the items are read again.
     */
    static final int ITEMS_PER_PROCESS = 50_000;
    /**
     * Items in flight per reading thread: one read, one waiting in the worker, so that a thread that ends an
     * item begins the next at once rather than after the round trip through the scan (which left 5-15 % of
     * the CPU idle). An item's time starts when a thread begins it.
     */
    static final int IN_FLIGHT_PER_THREAD = 2;
    /** Reads of an item that other items' deaths cut off before it is read alone, where only its own can. */
    private static final int TRIES_BESIDE_OTHERS = 2;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "datakart-worker-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final WorkerSettings settings;
    private final byte[] key;
    private final int threads;
    private final int itemsPerProcess;
    private final Object lock = new Object();
    // guarded by lock
    private Running current;
    private int started;
    private int nextId;
    private int openReaders;
    private int aloneWaiting;
    private boolean aloneReading;

    /** A process of {@code threads} reading threads, each with the settings' heap. */
    public WorkerProcess(WorkerSettings settings, byte[] key, int threads) {
        this(settings, key, threads, ITEMS_PER_PROCESS);
    }

    WorkerProcess(WorkerSettings settings, byte[] key, int threads, int itemsPerProcess) {
        if (threads < 1) throw new IllegalArgumentException("threads < 1");
        if (itemsPerProcess < 1) throw new IllegalArgumentException("itemsPerProcess < 1");
        this.settings = settings;
        this.key = key.clone();
        this.threads = threads;
        this.itemsPerProcess = itemsPerProcess;
    }

    /**
     * A reader for one scan thread. Up to {@link #IN_FLIGHT_PER_THREAD} times {@code threads} of them read at
     * once; when the last one open is closed, the process ends (a later read starts a new one).
     */
    public ItemReader reader() {
        synchronized (lock) {
            openReaders++;
        }
        return new ItemReader() {
            private boolean closed;

            @Override
            public void read(Source source, Item item, Consumer<PartRecord> parts) throws IOException {
                WorkerProcess.this.read(source, item, parts);
            }

            @Override
            public void close() {
                synchronized (lock) {
                    if (closed) return;
                    closed = true;
                    if (--openReaders > 0) return;
                }
                WorkerProcess.this.close();
            }
        };
    }

    /** Processes started so far, the first included: a new one after each death and after each share of items. */
    public int processesStarted() {
        synchronized (lock) {
            return started;
        }
    }

    /** Items being read now. */
    int reading() {
        synchronized (lock) {
            return current == null ? 0 : current.inFlight.size();
        }
    }

    private void read(Source source, Item item, Consumer<PartRecord> parts) throws IOException {
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

    /**
     * Reads until the item is read or is to blame for a death. A try again tells only the records past those
     * told before: a parser reads the same bytes into the same parts in the same order.
     */
    private void readFile(Path file, String name, Consumer<PartRecord> parts) throws IOException {
        int told = 0;
        boolean alone = false;
        for (int tries = 1; ; tries++) {
            Attempt attempt = send(file, name, alone);
            Deque<String> open = new ArrayDeque<>(); // the parts begun and not ended, innermost first
            int records = 0;
            boolean ownTold = false;
            Event event;
            try {
                while (!((event = attempt.events.take()) instanceof Done) && !(event instanceof Ended)) {
                    if (event instanceof Started s) {
                        open.push(s.path());
                    } else if (event instanceof Part p) {
                        open.removeFirstOccurrence(p.record().path());
                        ownTold |= p.record().path().isEmpty();
                        if (++records > told) parts.accept(p.record());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the scan was interrupted", e);
            } finally {
                synchronized (lock) {
                    if (attempt.timer != null) attempt.timer.cancel(false);
                }
            }
            told = Math.max(told, records);
            if (event instanceof Done || ownTold) return;
            Ended end = (Ended) event;
            if (end.again()) {
                alone |= end.alone() || tries >= TRIES_BESIDE_OTHERS;
                continue;
            }
            String where = open.isEmpty() || open.peek().isEmpty() ? "" : " (in " + open.peek() + ")";
            for (String path : open) {
                if (!path.isEmpty()) parts.accept(PartRecord.failed(path, "", end.reason(), end.detail()));
            }
            parts.accept(PartRecord.failed("", "", end.reason(), end.detail() + where));
            return;
        }
    }

    /** Hands an item to the process (starting one if need be) as soon as it may take it. */
    private Attempt send(Path file, String name, boolean alone) throws IOException {
        synchronized (lock) {
            if (alone) aloneWaiting++;
            try {
                Running r;
                while (true) {
                    r = current;
                    if (r != null && r.sent >= itemsPerProcess && r.inFlight.isEmpty()) {
                        quit(r); // its share read: a new one takes over
                        r = null;
                    }
                    boolean full = r != null && (r.sent >= itemsPerProcess || r.inFlight.size() >= IN_FLIGHT_PER_THREAD * threads);
                    boolean free = alone ? r == null || r.inFlight.isEmpty() : aloneWaiting == 0;
                    if (!full && !aloneReading && free) break;
                    lock.wait();
                }
                if (r == null) r = current = start();
                Attempt a = new Attempt(nextId++, alone);
                r.inFlight.put(a.id, a);
                r.sent++;
                aloneReading = alone;
                try {
                    r.toWorker.writeByte(Wire.ITEM);
                    r.toWorker.writeInt(a.id);
                    Wire.writeString(r.toWorker, name);
                    Wire.writeString(r.toWorker, file.toString());
                    r.toWorker.flush();
                } catch (IOException e) {
                    r.process.destroyForcibly(); // it is gone: its listener ends the item
                }
                return a;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the scan was interrupted", e);
            } finally {
                if (alone) aloneWaiting--;
            }
        }
    }

    /** An item's time is up: the process is killed, and every item past its limit is to blame. */
    private void timeUp(Running r) {
        long now = System.nanoTime();
        synchronized (lock) {
            if (r.ended) return;
            for (Attempt a : r.inFlight.values()) {
                if (a.begun && now - a.deadline >= 0) r.timedOut.add(a.id);
            }
            if (r.timedOut.isEmpty()) return;
        }
        r.process.destroyForcibly();
    }

    private Running start() throws IOException {
        OwnerOnly.directory(settings.tempDir());
        Path tmp = Files.createTempDirectory(settings.tempDir(), "worker-" + NUMBER.incrementAndGet() + "-");
        settings.removeStaleArchives(threads);
        Process process = new ProcessBuilder(settings.command(tmp, threads)).start();
        started++;
        Running r = new Running(process, tmp);
        ScheduledFuture<?> timer = WATCHDOG.schedule(process::destroyForcibly, WorkerSettings.STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        try {
            r.toWorker.writeInt(Wire.MAGIC);
            r.toWorker.writeInt(key.length);
            r.toWorker.write(key);
            r.toWorker.writeLong(settings.referenceDate().toEpochDay());
            Wire.writeString(r.toWorker, settings.minConfidence().name());
            r.toWorker.writeLong(settings.limits().maxChars());
            r.toWorker.writeInt(settings.limits().maxEmbedded());
            r.toWorker.writeInt(threads);
            r.toWorker.flush();
            Wire.awaitReady(r.fromWorker);
        } catch (IOException e) {
            String tail = r.stderr.textWhenEnded(process); // only ever seen before the first item: no content in it
            process.destroyForcibly();
            deleteTree(tmp);
            throw new IOException("the extraction worker process did not start (" + String.join(" ", settings.command(tmp, threads).subList(0, 2))
                    + " ...): " + e.getMessage() + (tail.isBlank() ? "" : "; it said: " + tail.strip()), e);
        } finally {
            timer.cancel(false);
        }
        Thread listener = new Thread(() -> listen(r), "datakart-worker-frames");
        listener.setDaemon(true);
        listener.start();
        return r;
    }

    /** Hands the process's frames to their items until it ends, then tells each item left why it ended. */
    private void listen(Running r) {
        Integer blamed = null;
        Ended fatal = null;
        try {
            while (true) {
                byte tag = r.fromWorker.readByte();
                int id = r.fromWorker.readInt();
                if (tag == Wire.BEGIN) {
                    begin(r, id);
                    continue;
                }
                if (tag == Wire.FATAL) {
                    blamed = id;
                    fatal = new Ended(FailureReason.valueOf(Wire.readString(r.fromWorker)), Wire.readString(r.fromWorker), false, false);
                    break;
                }
                Event event = switch (tag) {
                    case Wire.START -> new Started(Wire.readString(r.fromWorker));
                    case Wire.PART -> new Part(Wire.readRecord(r.fromWorker));
                    case Wire.DONE -> new Done();
                    default -> throw new IOException("bad frame tag " + tag);
                };
                Attempt a;
                synchronized (lock) {
                    a = event instanceof Done ? r.inFlight.remove(id) : r.inFlight.get(id);
                    if (a == null) throw new IOException("a frame for no item being read: " + id);
                    if (event instanceof Done) ended(a);
                }
                a.events.add(event);
            }
        } catch (IOException e) {
            // the process ended, or was killed, or broke the frames: the same to the items it was reading
        }
        synchronized (lock) {
            r.ended = true; // no more items for it
            if (current == r) current = null;
        }
        int exit = -1;
        if (!r.quitting) {
            try { // its exit code tells why, unless it lingers: then it is ended
                if (fatal == null && r.process.waitFor(10, TimeUnit.SECONDS)) exit = r.process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.process.destroyForcibly();
        }
        synchronized (lock) {
            for (Attempt a : r.inFlight.values()) {
                Ended why;
                if (fatal != null) {
                    why = a.id == blamed ? fatal : Ended.AGAIN;
                } else if (!r.timedOut.isEmpty()) {
                    why = r.timedOut.contains(a.id) ? new Ended(FailureReason.TIMEOUT,
                            "took longer than " + settings.timeout().toSeconds() + " s", false, false) : Ended.AGAIN;
                } else if (a.alone) {
                    why = exit == OUT_OF_MEMORY_EXIT
                            ? new Ended(FailureReason.OUT_OF_MEMORY, "needed more than the worker's " + (settings.heapBytes() >> 20) + " MiB heap", false, false)
                            : new Ended(FailureReason.PARSER_CRASH, "the worker process ended with exit code " + exit, false, false);
                } else {
                    why = Ended.ALONE;
                }
                ended(a);
                a.events.add(why);
            }
            r.inFlight.clear();
            lock.notifyAll();
        }
        if (!r.quitting) deleteTree(r.tmp);
    }

    /** A worker thread began an item: its time starts. */
    private void begin(Running r, int id) throws IOException {
        synchronized (lock) {
            Attempt a = r.inFlight.get(id);
            if (a == null) throw new IOException("a frame for no item being read: " + id);
            a.deadline = System.nanoTime() + settings.timeout().toNanos();
            a.begun = true;
            a.timer = WATCHDOG.schedule(() -> timeUp(r), settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** An item is no longer being read: the next may go. Called holding the lock. */
    private void ended(Attempt a) {
        if (a.alone) aloneReading = false;
        lock.notifyAll();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (current != null) quit(current);
            current = null;
        }
    }

    /** Asks the process to end, with nothing in flight; waits for it (it may be writing its class archive), or ends it. */
    private void quit(Running r) {
        r.quitting = true;
        if (current == r) current = null;
        try {
            r.toWorker.writeByte(Wire.QUIT);
            r.toWorker.flush();
            r.process.waitFor(60, TimeUnit.SECONDS); // the first time, it writes the class archive as it exits
        } catch (IOException e) {
            // it is going anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        r.process.destroyForcibly();
        try {
            r.process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(r.tmp);
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

    /** One process: its pipes and the items it is reading. */
    private static final class Running {
        final Process process;
        final Path tmp;
        final DataOutputStream toWorker;
        final DataInputStream fromWorker;
        final StderrTail stderr;
        // guarded by the lock
        final Map<Integer, Attempt> inFlight = new HashMap<>();
        final Set<Integer> timedOut = new HashSet<>();
        int sent;
        boolean ended;
        volatile boolean quitting;

        Running(Process process, Path tmp) {
            this.process = process;
            this.tmp = tmp;
            stderr = new StderrTail(process.getErrorStream());
            toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }
    }

    /** One try at reading an item: what its process says of it arrives as events. */
    private static final class Attempt {
        final int id;
        final boolean alone;
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        // guarded by the lock: set when a worker thread begins it
        boolean begun;
        long deadline;
        ScheduledFuture<?> timer;

        Attempt(int id, boolean alone) {
            this.id = id;
            this.alone = alone;
        }
    }

    private sealed interface Event permits Started, Part, Done, Ended {
    }

    private record Started(String path) implements Event {
    }

    private record Part(PartRecord record) implements Event {
    }

    private record Done() implements Event {
    }

    /**
     * The process ended under an item: the item's reason, or {@code again} (it was not to blame, or cannot be
     * told from the others: {@code alone} then, so that it can be).
     */
    private record Ended(FailureReason reason, String detail, boolean again, boolean alone) implements Event {
        static final Ended AGAIN = new Ended(null, "", true, false);
        static final Ended ALONE = new Ended(null, "", true, true);
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
