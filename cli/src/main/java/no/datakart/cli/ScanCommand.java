package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import no.datakart.cli.config.ConfigException;
import no.datakart.cli.config.ConfigLoader;
import no.datakart.cli.config.DatakartConfig;
import no.datakart.cli.config.Limits;
import no.datakart.cli.config.SourceConfig;
import no.datakart.cli.config.TenantConfig;
import no.datakart.core.Departments;
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
        description = {"Scans local or mounted file trees into the findings index of the data directory: every",
            "file and every document inside one, identifiers kept only as the tenant's keyed hashes. A rescan",
            "reads only new and changed files and takes out the ones that are gone.",
            "Either every source of a configuration file (--config; --tenant picks one tenant), or one tree",
            "given as PATH with --tenant."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (items that could not be read are counted, not fatal)",
            "1:a source could not be scanned (the others were), or the configuration is invalid", "2:bad usage"})
final class ScanCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file (see datakart check-config)")
    Path config;

    @Option(names = "--tenant", paramLabel = "ID",
            description = "the municipality the tree belongs to (lower-case letters, digits, hyphens);"
                    + " with --config, scan only this tenant's sources")
    Tenant tenant;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory: keys and index (default: the configuration's data, else ~/.datakart)")
    Path data;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "leave out what matches, e.g. **/~$* (repeatable;"
            + " added to the configuration's)")
    List<String> excludes = List.of();

    @Option(names = "--department", paramLabel = "FOLDER=NAME",
            description = "without --config: the department that owns a folder of the tree and all below it, e.g."
                    + " 'Oppvekst/Barnevern=Barnevern' (repeatable; the longest folder that matches wins, '=NAME' is"
                    + " the fallback; what no rule covers has no department)")
    java.util.Map<String, String> departments = new java.util.LinkedHashMap<>();

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "files read at once, by as many threads of the worker process (default: the configuration's, else one per core)")
    int workers;

    /** How progress is shown on standard error. */
    enum Progress { AUTO, BAR, LINES, NONE }

    @Option(names = "--progress", paramLabel = "HOW", defaultValue = "AUTO",
            description = "progress on standard error: ${COMPLETION-CANDIDATES}; auto is a bar on a terminal,"
                    + " a line every " + ProgressDisplay.LINE_SECONDS + " s elsewhere (default: ${DEFAULT-VALUE})")
    Progress progress;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "the top folder of the tree (without --config)")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One source of one tenant to scan, with its rules. */
    private record Job(Tenant tenant, String name, Path root, List<String> excludes, Departments departments, Limits limits) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Job> jobs = new ArrayList<>();
        Path dataDir = data;
        int threads = workers;
        if (config != null) {
            if (root != null) throw new CommandLine.ParameterException(spec.commandLine(), "give either --config or PATH, not both");
            if (!departments.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--department is for a PATH; a configuration names its sources' departments");
            }
            DatakartConfig c;
            try {
                c = ConfigLoader.load(config);
            } catch (ConfigException e) {
                e.errors().forEach(err::println);
                return 1;
            }
            if (dataDir == null) dataDir = c.data().orElse(null);
            if (threads <= 0) threads = c.workers().orElse(0);
            for (TenantConfig t : c.tenants()) {
                if (tenant != null && !t.id().equals(tenant)) continue;
                for (SourceConfig src : t.sources()) {
                    List<String> ex = new ArrayList<>(src.exclude());
                    ex.addAll(excludes);
                    jobs.add(new Job(t.id(), t.id().id() + "/" + src.id(), src.path(), ex, src.departments(), src.limits()));
                }
            }
            if (jobs.isEmpty()) {
                err.println("datakart scan: no tenant " + (tenant == null ? "" : tenant.id() + " ") + "in " + config);
                return 1;
            }
        } else {
            if (tenant == null || root == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --tenant and PATH, or --config FILE");
            }
            Departments rules;
            try {
                rules = Departments.of(departments);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--department: " + e.getMessage());
            }
            jobs.add(new Job(tenant, tenant.id(), root, excludes, rules, Limits.DEFAULT));
        }
        dataDir = DataDirectory.orDefault(dataDir);
        if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
        int failed = 0;
        try (FindingsIndex index = DataDirectory.index(dataDir)) {
            TenantKeyStore keys = DataDirectory.keys(dataDir);
            WorkerSettings base = WorkerSettings.defaults(DataDirectory.workerTemp(dataDir))
                    .withClassArchive(DataDirectory.classArchive(dataDir)); // findings at MEDIUM and up, as detect reports them
            for (Job job : jobs) {
                if (!Files.isDirectory(job.root())) { // an unmounted share: nothing is taken out of the index
                    err.println("datakart scan: " + job.name() + ": no such folder (not mounted?): " + job.root()
                            + "; skipped, the index keeps what it had");
                    failed++;
                    continue;
                }
                RunRecord run = scan(index, keys, base, threads, job, err);
                RunCounts c = run.counts();
                out.printf("scanned %s for %s (run %d): %d items, %d read (%d new, %d changed), %d unchanged, %d removed;"
                        + " %d newly with findings, %d resolved; failures %s%n", job.root(), job.tenant().id(), run.number(),
                        c.items(), c.read(), c.added(), c.changed(), c.unchanged(), c.removed(), c.newWithFindings(),
                        c.resolved() + c.removedWithFindings(), c.failures());
                out.flush();
            }
            return failed == 0 ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("datakart scan: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private RunRecord scan(FindingsIndex index, TenantKeyStore keys, WorkerSettings base, int threads, Job job, PrintWriter err)
            throws IOException {
        Limits l = job.limits();
        WorkerSettings settings = base.withHeap(l.workerHeapBytes()).withTimeout(l.timeout()).withLimits(l.extractor());
        Scan scan = new Scan(index, ItemReaders.workers(settings, keys),
                new Scan.Options(threads, l.maxBytes(), job.departments()::departmentOf));
        LocalTreeSource source = new LocalTreeSource(job.root(), job.excludes());
        if (progress == Progress.NONE) return scan.run(job.tenant(), source);
        boolean bar = progress == Progress.BAR || progress == Progress.AUTO && ProgressDisplay.stderrIsTerminal();
        try (ProgressDisplay shown = new ProgressDisplay(scan.progress(), err, bar)) {
            return scan.run(job.tenant(), source);
        }
    }
}
