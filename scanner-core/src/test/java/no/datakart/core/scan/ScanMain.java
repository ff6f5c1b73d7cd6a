package no.datakart.core.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.source.LocalTreeSource;

/** A scan in a process of its own, with its worker processes, for a test to kill: {@code DATA TREE TENANT}. */
public final class ScanMain {
    private ScanMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Tenant tenant = new Tenant(args[2]);
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            WorkerSettings workers = WorkerSettings.defaults(data.resolve("tmp")).withReferenceDate(LocalDate.of(2026, 11, 23));
            new Scan(index, ItemReaders.workers(workers, new TenantKeyStore(data.resolve("keys"))), Scan.Options.of(2).withCheckpointEvery(java.time.Duration.ZERO))
                    .run(tenant, new LocalTreeSource(Path.of(args[1]), List.of()));
        }
        System.out.println("done");
    }
}
