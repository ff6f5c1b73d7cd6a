package no.datakart.core.read;

import java.io.IOException;

import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.patterns.set.DetectorSet;

/** Makes the item readers of a scan of one tenant: one for each of its threads. */
@FunctionalInterface
public interface ItemReaders {

    ItemReader open(Tenant tenant) throws IOException;

    /**
     * Readers in worker processes: what a scan of a real share uses. Each reader's workers have a class
     * archive of their own ({@code worker.jsa} → {@code worker-1.jsa}, ...): two JVMs never write one at once.
     */
    static ItemReaders workers(WorkerSettings settings, TenantKeyStore keys) {
        java.util.concurrent.atomic.AtomicInteger slot = new java.util.concurrent.atomic.AtomicInteger();
        return tenant -> {
            WorkerSettings own = settings;
            if (settings.classArchive() != null) {
                String name = settings.classArchive().getFileName().toString().replaceFirst("\\.jsa$", "");
                own = settings.withClassArchive(settings.classArchive().resolveSibling(name + "-" + slot.incrementAndGet() + ".jsa"));
            }
            return new WorkerProcess(own, keys.key(tenant));
        };
    }

    /** Readers in this process: for trusted files, where a hanging parser may take the process with it. */
    static ItemReaders inProcess(DetectorSet detectors, Extractor extractor, TenantKeyStore keys) {
        return tenant -> new InProcessReader(detectors, extractor, new Pseudonymiser(keys, tenant));
    }
}
