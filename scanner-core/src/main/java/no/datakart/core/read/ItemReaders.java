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

    /** Readers in worker processes: what a scan of a real share uses. */
    static ItemReaders workers(WorkerSettings settings, TenantKeyStore keys) {
        return tenant -> new WorkerProcess(settings, keys.key(tenant));
    }

    /** Readers in this process: for trusted files, where a hanging parser may take the process with it. */
    static ItemReaders inProcess(DetectorSet detectors, Extractor extractor, TenantKeyStore keys) {
        return tenant -> new InProcessReader(detectors, extractor, new Pseudonymiser(keys, tenant));
    }
}
