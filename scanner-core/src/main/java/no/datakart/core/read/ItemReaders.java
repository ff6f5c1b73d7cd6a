package no.datakart.core.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.patterns.set.DetectorSet;

/** Makes the item readers of a scan of one tenant: one for each of its threads. */
@FunctionalInterface
public interface ItemReaders {

    /**
     * The readers of a run of {@code threads} reading threads (at least one each; the scan gives each reader a
     * thread of its own); each is closed by its thread. Nothing starts before the first read.
     */
    List<ItemReader> open(Tenant tenant, int threads) throws IOException;

    /**
     * Readers in a worker process that all a run's threads share: what a scan of a real share uses. Each
     * run's process has a class archive of its own ({@code worker.jsa} → {@code worker-1.jsa}, ...): two
     * JVMs never write one at once.
     */
    static ItemReaders workers(WorkerSettings settings, TenantKeyStore keys) {
        AtomicInteger slot = new AtomicInteger();
        return (tenant, threads) -> {
            WorkerSettings own = settings;
            Path archive = settings.classArchive();
            if (archive != null) {
                String name = archive.getFileName().toString().replaceFirst("\\.jsa$", "");
                own = settings.withClassArchive(archive.resolveSibling(name + "-" + slot.incrementAndGet() + ".jsa"));
            }
            WorkerProcess process = new WorkerProcess(own, keys.key(tenant), threads);
            // more readers than threads: each thread has a next item waiting in the worker
            return IntStream.range(0, threads * WorkerProcess.IN_FLIGHT_PER_THREAD).mapToObj(i -> process.reader()).toList();
        };
    }

    /** Readers in this process: for trusted files, where a hanging parser may take the process with it. */
    static ItemReaders inProcess(DetectorSet detectors, Extractor extractor, TenantKeyStore keys) {
        return (tenant, threads) -> IntStream.range(0, threads)
                .<ItemReader>mapToObj(i -> new InProcessReader(detectors, extractor, new Pseudonymiser(keys, tenant))).toList();
    }
}
