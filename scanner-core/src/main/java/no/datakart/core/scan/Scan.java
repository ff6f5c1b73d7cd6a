package no.datakart.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.detect.PartScanner;
import no.datakart.core.detect.PartScanner.PartResult;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.source.Item;
import no.datakart.core.source.Source;
import no.datakart.patterns.category.DocumentCategories;
import no.datakart.patterns.set.DetectorSet;

/**
 * One scan of one tenant's source into the index: reads only the items whose fingerprint differs from the
 * one the index has, replaces all their parts, takes out the items the source no longer has, and records
 * the places it could not read as failed items. Commits every {@link #CHECKPOINT} items read and at the end,
 * so a scan killed at any moment starts again from its last commit and, the work being idempotent, ends
 * with the same index. Items are read by a pool of workers; an item's own part, which holds its
 * fingerprint, is written after all the parts inside it, so a commit that holds the fingerprint holds the
 * whole item, and an item cut by a kill has no fingerprint and is read again.
 */
public final class Scan {
    /** Items read between two commits. */
    static final int CHECKPOINT = 200;

    private final FindingsIndex index;
    private final DetectorSet detectors;
    private final Extractor extractor;
    private final int workers;

    /** @param workers items read at once, each by a thread of its own */
    public Scan(FindingsIndex index, DetectorSet detectors, Extractor extractor, int workers) {
        if (workers < 1) throw new IllegalArgumentException("workers < 1");
        this.index = index;
        this.detectors = detectors;
        this.extractor = extractor;
        this.workers = workers;
    }

    public RunSummary run(Tenant tenant, Source source, TenantKeyStore keys, String run) throws IOException {
        ThreadLocal<Pseudonymiser> hashes = ThreadLocal.withInitial(() -> new Pseudonymiser(keys, tenant)); // a Mac a thread
        Map<String, String> known = index.fingerprints(tenant, source.id());
        List<Item> items = new ArrayList<>();
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        List<Unreadable> unreadable = new ArrayList<>();
        source.walk(new Source.Visitor() {
            @Override
            public void item(Item item) {
                items.add(item);
            }

            @Override
            public void failed(String location, FailureReason reason, String detail) {
                unreadable.add(new Unreadable(new Item(location, 0, Instant.EPOCH, "unreadable:" + reason, ""), reason));
            }
        });
        Set<String> seen = new HashSet<>();
        List<Item> changed = new ArrayList<>();
        for (Item item : items) {
            seen.add(item.location());
            if (!item.fingerprint().equals(known.get(item.location()))) changed.add(item);
        }
        readAll(tenant, source, changed, hashes, run, failures);
        for (Unreadable u : unreadable) {
            seen.add(u.place().location());
            failures.merge(u.why(), 1, Integer::sum);
            if (u.place().fingerprint().equals(known.get(u.place().location()))) continue;
            index.deleteItem(tenant, source.id(), u.place().location());
            index.put(tenant, source.id(), u.place(), new PartResult("", "", u.why(), "", List.of(),
                    DocumentCategories.NONE), hashes.get(), run);
        }
        int removed = 0;
        for (String location : known.keySet()) {
            if (!seen.contains(location)) {
                index.deleteItem(tenant, source.id(), location);
                removed++;
            }
        }
        index.commit();
        return new RunSummary(run, items.size(), changed.size(), items.size() - changed.size(), removed, failures);
    }

    /** A place the walk could not read, kept as a failed item with a fingerprint of its reason. */
    private record Unreadable(Item place, FailureReason why) {
    }

    /** Reads the items with the pool, committing every {@link #CHECKPOINT} items. */
    private void readAll(Tenant tenant, Source source, List<Item> changed, ThreadLocal<Pseudonymiser> hashes, String run,
                         Map<FailureReason, Integer> failures) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        try {
            for (Item item : changed) {
                tasks.add(pool.submit(() -> {
                    index.deleteItem(tenant, source.id(), item.location());
                    for (PartResult part : readItem(source, item)) {
                        if (part.failure() != null) {
                            synchronized (failures) {
                                failures.merge(part.failure(), 1, Integer::sum);
                            }
                        }
                        index.put(tenant, source.id(), item, part, hashes.get(), run);
                    }
                    if (done.incrementAndGet() % CHECKPOINT == 0) index.commit();
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IllegalStateException("a scan worker failed", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the scan was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The item's parts, read; an item whose bytes cannot be opened is one failed part. */
    private List<PartResult> readItem(Source source, Item item) {
        PartScanner parts = new PartScanner(detectors);
        try (InputStream in = source.open(item)) {
            extractor.extract(in, item.location(), parts);
            return parts.results();
        } catch (IOException e) {
            FailureReason why = e instanceof java.nio.file.AccessDeniedException ? FailureReason.ACCESS_DENIED : FailureReason.CORRUPT;
            return List.of(new PartResult("", "", why, e.getClass().getSimpleName(), List.of(), DocumentCategories.NONE));
        }
    }
}
