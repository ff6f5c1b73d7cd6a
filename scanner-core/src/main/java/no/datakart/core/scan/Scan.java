package no.datakart.core.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.FindingsIndex.Known;
import no.datakart.core.index.FindingsIndex.Stamp;
import no.datakart.core.index.PartRecord;
import no.datakart.core.index.RunCounts;
import no.datakart.core.index.RunRecord;
import no.datakart.core.read.ItemReader;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.source.Item;
import no.datakart.core.source.Source;

/**
 * One scan run of one tenant's source into the index. The walk hands the items whose fingerprint (or
 * department) differs from the index's to a bounded queue, from which a pool of threads, each with its
 * own reader, reads them; the items the source no longer has are taken out at the end, and the places it
 * could not read are kept as failed items. Each run is numbered and counts what it added, changed,
 * resolved and removed.
 *
 * <p>Commits every {@link #CHECKPOINT} items read, but not more often than {@link Options#checkpointEvery},
 * and at the end, with the run's counts so far: a scan
 * killed at any moment continues the same run at the next start and ends with the same index and the same
 * counts as one that ran through. Why that holds: an item's own part, which holds its fingerprint, is
 * written after the parts inside it, together with the item's counts, under a lock the checkpoint takes
 * alone; an item cut by a kill has no new fingerprint, so it is read again, and counted then.
 */
public final class Scan {
    /** Items read between two commits at least. */
    static final int CHECKPOINT = 200;
    /** Items waiting for a reader, per thread: the walk runs ahead only this far. */
    static final int QUEUED_PER_WORKER = 64;
    private static final Item END = new Item("\u0000end of the walk", 0, Instant.EPOCH, "", "");

    /**
     * @param workers     items read at once, each by a thread and reader of its own
     * @param maxBytes    items larger than this are not read: a {@code TOO_LARGE} failure
     * @param departments the department of a location in the source ({@code ""} if none)
     * @param checkpointEvery time between two commits at least: what a kill may cost. Each commit writes a
     *                    segment, and many small ones cost merges and the scanning process's JIT much CPU
     *                    that the worker needs (a scan of 3 000 files committed 15 times and spent more CPU
     *                    compiling Lucene's writers than running them)
     */
    public record Options(int workers, long maxBytes, Function<String, String> departments, Duration checkpointEvery) {
        /** Time between two commits unless told otherwise. */
        public static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(30);

        public Options {
            if (workers < 1) throw new IllegalArgumentException("workers < 1");
            if (maxBytes < 1) throw new IllegalArgumentException("maxBytes < 1");
            if (checkpointEvery.isNegative()) throw new IllegalArgumentException("checkpointEvery < 0");
        }

        public Options(int workers, long maxBytes, Function<String, String> departments) {
            this(workers, maxBytes, departments, CHECKPOINT_EVERY);
        }

        public static Options of(int workers) {
            return new Options(workers, Long.MAX_VALUE, location -> "");
        }

        public Options withCheckpointEvery(Duration every) {
            return new Options(workers, maxBytes, departments, every);
        }
    }

    private final FindingsIndex index;
    private final ItemReaders readers;
    private final Options options;
    private final ScanProgress progress = new ScanProgress();

    public Scan(FindingsIndex index, ItemReaders readers, Options options) {
        this.index = index;
        this.readers = readers;
        this.options = options;
    }

    /** The progress of the run going on, for a display. */
    public ScanProgress progress() {
        return progress;
    }

    /** Runs a scan of the source, or continues its last run if that was cut off; returns the run as ended. */
    public RunRecord run(Tenant tenant, Source source) throws IOException {
        RunRecord last = index.lastRun(tenant, source.id());
        boolean resume = last != null && !last.complete();
        Running run = new Running(tenant, source, resume ? last.number() : last == null ? 1 : last.number() + 1,
                resume ? last.started() : Instant.now(), resume ? last.counts() : RunCounts.NONE,
                index.items(tenant, source.id()));
        Set<String> seen = new HashSet<>();
        int[] items = {0};
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(options.workers() * QUEUED_PER_WORKER);
        List<ItemReader> each = readers.open(tenant, options.workers());
        ExecutorService pool = Executors.newFixedThreadPool(each.size(), r -> new Thread(r, "datakart-scan"));
        List<Future<?>> readersDone = new ArrayList<>();
        try {
            for (ItemReader reader : each) readersDone.add(pool.submit(() -> readAll(run, reader, queue)));
            try {
                source.walk(new Source.Visitor() {
                    @Override
                    public void item(Item item) {
                        seen.add(item.location());
                        items[0]++;
                        boolean toRead = run.changed(item);
                        progress.walked(toRead, item.size());
                        if (toRead) hand(queue, item, readersDone);
                    }

                    @Override
                    public void failed(String location, FailureReason reason, String detail) {
                        Item place = new Item(location, 0, Instant.EPOCH, "unreadable:" + reason, "");
                        seen.add(location);
                        items[0]++;
                        boolean toRead = run.changed(place);
                        progress.walked(toRead, 0);
                        if (toRead) run.complete(place, PartRecord.failed("", "", reason, detail), run.stamp(place), 0,
                                Map.of(reason, 1));
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                progress.walkDone();
            }
            for (int i = 0; i < each.size(); i++) hand(queue, END, readersDone);
            for (Future<?> done : readersDone) await(done);
        } finally {
            pool.shutdownNow();
            for (ItemReader reader : each) reader.close(); // those of threads that never ran too (closing twice is nothing)
        }
        int removed = 0;
        int removedWithFindings = 0;
        for (Map.Entry<String, Known> e : run.known.entrySet()) {
            if (seen.contains(e.getKey())) continue;
            index.deleteItem(tenant, source.id(), e.getKey());
            removed++;
            if (e.getValue().findings() > 0) removedWithFindings++;
        }
        RunRecord ended = new RunRecord(source.id(), run.number, run.started, Instant.now(),
                run.counts(items[0], removed, removedWithFindings));
        run.commit(() -> ended);
        return ended;
    }

    /** Puts an item on the queue, waiting while it is full; gives up if a reader thread failed. */
    private static void hand(BlockingQueue<Item> queue, Item item, List<Future<?>> readers) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                for (Future<?> r : readers) if (r.isDone()) await(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("the scan was interrupted", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException("a scan thread failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the scan was interrupted", e);
        }
    }

    /** One reader thread: items off the queue until the walk's end. */
    private Void readAll(Running run, ItemReader own, BlockingQueue<Item> queue) throws IOException, InterruptedException {
        try (ItemReader reader = own) {
            for (Item item = queue.take(); item != END; item = queue.take()) read(run, reader, item);
        }
        return null;
    }

    private void read(Running run, ItemReader reader, Item item) throws IOException {
        Stamp stamp = run.stamp(item);
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        int[] findings = {0};
        PartRecord[] own = {null};
        if (item.size() > options.maxBytes()) {
            own[0] = PartRecord.failed("", "", FailureReason.TOO_LARGE, "larger than the limit of " + options.maxBytes() + " bytes");
            failures.put(FailureReason.TOO_LARGE, 1);
        } else {
            try {
                reader.read(run.source, item, part -> {
                    if (part.failure() != null) failures.merge(part.failure(), 1, Integer::sum);
                    findings[0] += part.findings();
                    if (part.path().isEmpty()) {
                        own[0] = part;
                    } else {
                        try {
                            index.putMember(run.tenant, run.source.id(), item, part, stamp);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (own[0] == null) throw new IllegalStateException("the reader told no record of the item itself");
        }
        run.complete(item, own[0], stamp, findings[0], failures);
    }

    /** A run going on: what it knew at its start, and its counts so far. */
    private final class Running {
        final Tenant tenant;
        final Source source;
        final int number;
        final Instant started;
        final Map<String, Known> known;
        private final ReadWriteLock checkpoint = new ReentrantReadWriteLock();
        // guarded by this object's monitor
        private int sinceCheckpoint;
        private long lastCheckpoint = System.nanoTime();
        // the counts, changed under the checkpoint's read lock and this object's monitor
        private int read;
        private int added;
        private int changed;
        private int newWithFindings;
        private int resolved;
        private final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);

        Running(Tenant tenant, Source source, int number, Instant started, RunCounts so, Map<String, Known> known) {
            this.tenant = tenant;
            this.source = source;
            this.number = number;
            this.started = started;
            this.known = known;
            read = so.read();
            added = so.added();
            changed = so.changed();
            newWithFindings = so.newWithFindings();
            resolved = so.resolved();
            failures.putAll(so.failures());
        }

        /** Whether the item must be read: new, changed, or moved to another department by the rules. */
        boolean changed(Item item) {
            Known k = known.get(item.location());
            return k == null || !k.fingerprint().equals(item.fingerprint())
                    || !k.department().equals(options.departments().apply(item.location()));
        }

        Stamp stamp(Item item) {
            Known k = known.get(item.location());
            int first = k == null || k.firstRun() == 0 ? number : k.firstRun();
            return new Stamp(options.departments().apply(item.location()), first, number, UUID.randomUUID().toString());
        }

        /** The item's own part written and the item counted, as one step a checkpoint never cuts. */
        void complete(Item item, PartRecord own, Stamp stamp, int findings, Map<FailureReason, Integer> itemFailures) {
            checkpoint.readLock().lock();
            try {
                Known before = known.get(item.location());
                index.putItem(tenant, source.id(), item, own, stamp, findings, before != null);
                synchronized (this) {
                    read++;
                    if (before == null || before.firstRun() == 0) {
                        added++;
                        if (findings > 0) newWithFindings++;
                    } else {
                        changed++;
                        if (before.findings() > 0 && findings == 0) resolved++;
                        if (before.findings() == 0 && findings > 0) newWithFindings++;
                    }
                    itemFailures.forEach((reason, n) -> failures.merge(reason, n, Integer::sum));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                checkpoint.readLock().unlock();
            }
            progress.read(item.size(), itemFailures.values().stream().mapToInt(Integer::intValue).sum());
            if (checkpointDue()) commit(() -> new RunRecord(source.id(), number, started, null, counts(0, 0, 0)));
        }

        private synchronized boolean checkpointDue() {
            long now = System.nanoTime();
            if (++sinceCheckpoint < CHECKPOINT || now - lastCheckpoint < options.checkpointEvery().toNanos()) return false;
            sinceCheckpoint = 0;
            lastCheckpoint = now;
            return true;
        }

        synchronized RunCounts counts(int items, int removed, int removedWithFindings) {
            return new RunCounts(items, read, Math.max(0, items - read), added, changed, removed, newWithFindings,
                    resolved, removedWithFindings, failures);
        }

        /**
         * A checkpoint: the run's state and every item completed so far, in one commit; the state is taken
         * while no item is being completed, so it counts exactly the items the commit holds.
         */
        void commit(java.util.function.Supplier<RunRecord> state) {
            checkpoint.writeLock().lock();
            try {
                index.putRun(tenant, state.get());
                index.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                checkpoint.writeLock().unlock();
            }
        }
    }
}
