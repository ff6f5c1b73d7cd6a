package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.RunCounts;
import no.datakart.core.index.RunRecord;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.read.WorkerSettings;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
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

    /** How progress is shown on standard error. */
    enum Progress { AUTO, BAR, LINES, NONE }

    @Option(names = "--progress", paramLabel = "HOW", defaultValue = "AUTO",
            description = "progress on standard error: ${COMPLETION-CANDIDATES}; auto is a bar on a terminal,"
                    + " a line every " + ProgressDisplay.LINE_SECONDS + " s elsewhere (default: ${DEFAULT-VALUE})")
    Progress progress;

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
            WorkerSettings settings = WorkerSettings.defaults(DataDirectory.workerTemp(data)); // MEDIUM and up, as detect
            Scan scan = new Scan(index, ItemReaders.workers(settings, keys), Scan.Options.of(workers));
            RunRecord run;
            if (progress == Progress.NONE) {
                run = scan.run(tenant, new LocalTreeSource(root, excludes));
            } else {
                boolean bar = progress == Progress.BAR || progress == Progress.AUTO && ProgressDisplay.stderrIsTerminal();
                try (ProgressDisplay shown = new ProgressDisplay(scan.progress(), err, bar)) {
                    run = scan.run(tenant, new LocalTreeSource(root, excludes));
                }
            }
            RunCounts c = run.counts();
            out.printf("scanned %s for %s (run %d): %d items, %d read (%d new, %d changed), %d unchanged, %d removed;"
                    + " %d newly with findings, %d resolved; failures %s%n", root, tenant.id(), run.number(), c.items(),
                    c.read(), c.added(), c.changed(), c.unchanged(), c.removed(), c.newWithFindings(),
                    c.resolved() + c.removedWithFindings(), c.failures());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("datakart scan: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
