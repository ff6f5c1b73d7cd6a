package no.datakart.core.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/** A scan in a process of its own, for a test to kill: {@code DATA TREE TENANT}. */
public final class ScanMain {
    private ScanMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Tenant tenant = new Tenant(args[2]);
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            new Scan(index, new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))),
                    new Extractor(Extractor.Limits.DEFAULT), 2)
                    .run(tenant, new LocalTreeSource(Path.of(args[1]), List.of()), new TenantKeyStore(data.resolve("keys")), "run");
        }
        System.out.println("done");
    }
}
