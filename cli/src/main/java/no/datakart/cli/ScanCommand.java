package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import no.datakart.core.Tenant;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.scan.RunSummary;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datakart scan --tenant T PATH}: a file tree into the findings index, reading only what changed. */
@Command(name = "scan",
        description = {"Scans a local or mounted file tree into the findings index of the data directory: every",
            "file and every document inside one, identifiers kept only as the tenant's keyed hashes. A rescan",
            "reads only new and changed files and takes out the ones that are gone."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (items that could not be read are counted, not fatal)", "1:the scan could not run",
            "2:bad usage"})
final class ScanCommand implements Callable<Integer> {

    @Option(names = "--tenant", required = true, paramLabel = "ID",
            description = "the municipality the tree belongs to (lower-case letters, digits, hyphens)")
    Tenant tenant;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.datakart",
            description = "the data directory: keys and index (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "leave out what matches, e.g. **/~$* (repeatable)")
    List<String> excludes = List.of();

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "files read at once (default: one per core)")
    int workers;

    @Parameters(index = "0", paramLabel = "PATH", description = "the top folder of the tree")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (workers <= 0) workers = Runtime.getRuntime().availableProcessors();
        if (!Files.isDirectory(root)) {
            err.println("datakart scan: no such folder: " + root);
            return 1;
        }
        try (FindingsIndex index = DataDirectory.index(data)) {
            TenantKeyStore keys = DataDirectory.keys(data);
            DetectorSettings settings = DetectorSettings.defaults().withMinConfidence(Confidence.MEDIUM); // as detect
            Scan scan = new Scan(index, new DetectorSet(settings), new Extractor(Extractor.Limits.DEFAULT), workers);
            RunSummary s = scan.run(tenant, new LocalTreeSource(root, excludes), keys, "run-" + Instant.now());
            out.printf("scanned %s for %s: %d items, %d read, %d unchanged, %d removed, failures %s%n",
                    root, tenant.id(), s.items(), s.read(), s.unchanged(), s.removed(), s.failures());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("datakart scan: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
