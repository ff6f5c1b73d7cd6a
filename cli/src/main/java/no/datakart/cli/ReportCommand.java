package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import no.datakart.cli.config.ConfigException;
import no.datakart.cli.config.ConfigLoader;
import no.datakart.cli.config.DatakartConfig;
import no.datakart.cli.config.TenantConfig;
import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.report.Language;
import no.datakart.core.report.ReportContext;
import no.datakart.core.report.TenantReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datakart report --tenant T}: one tenant's reports from the index, into a folder of its own. */
@Command(name = "report",
        description = {"Writes one tenant's reports from the findings index into OUT/TENANT/: the hotspot report",
            "(TENANT-hotspots.html, self-contained, and .json), one cleanup list per department (cleanup/*.xlsx",
            "and *.csv) and the data map (TENANT-datamap.json, .csv) with the DPO's purposes and legal bases kept",
            "in TENANT-datamap-purposes.csv, merged on every run. Nothing of another tenant is read."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the index could not be read, or a report or the purposes file could not be written",
            "2:bad usage"})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--tenant", paramLabel = "ID", description = "the municipality; with --config, only this one of its tenants")
    Tenant tenant;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file: its data directory, and every tenant in it (each apart) with its name and departments")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "the data directory (default: the configuration's data, else ~/.datakart)")
    Path data;

    @Option(names = "--out", paramLabel = "OUT", description = "where the reports go (default: DIR/reports)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "NB",
            description = "the reports' language: ${COMPLETION-CANDIDATES} (default: nb, bokmål)")
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One tenant to report on: its name and its configured departments. */
    private record Job(Tenant tenant, String name, Set<String> departments) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Job> jobs = new ArrayList<>();
        Path dataDir = data;
        if (config != null) {
            DatakartConfig c;
            try {
                c = ConfigLoader.load(config);
            } catch (ConfigException e) {
                e.errors().forEach(err::println);
                return 1;
            }
            if (dataDir == null) dataDir = c.data().orElse(null);
            for (TenantConfig t : c.tenants()) {
                if (tenant != null && !t.id().equals(tenant)) continue;
                Set<String> departments = new TreeSet<>();
                t.sources().forEach(src -> departments.addAll(src.departments().rules().values()));
                jobs.add(new Job(t.id(), t.name(), departments));
            }
            if (jobs.isEmpty()) {
                err.println("datakart report: no tenant " + (tenant == null ? "" : tenant.id() + " ") + "in " + config);
                return 1;
            }
        } else if (tenant == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --tenant, or --config for every tenant in it");
        } else {
            jobs.add(new Job(tenant, tenant.id(), Set.of()));
        }
        dataDir = DataDirectory.orDefault(dataDir);
        if (!Files.isDirectory(dataDir.resolve("index"))) {
            err.println("datakart report: no index in " + dataDir + " (run datakart scan first)");
            return 1;
        }
        int failed = 0;
        try (FindingsIndex index = DataDirectory.readIndex(dataDir)) {
            no.datakart.core.OwnerOnly.directory(out == null ? dataDir.resolve("reports") : out);
            for (Job job : jobs) {
                if (!report(index, dataDir, job)) failed++;
            }
        } catch (IOException | RuntimeException e) {
            err.println("datakart report: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
        return failed == 0 ? 0 : 1;
    }

    /** One tenant's reports; false (with the reason told) if they could not be made whole. */
    private boolean report(FindingsIndex index, Path dataDir, Job job) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tenant t = job.tenant();
        Path dir = (out == null ? dataDir.resolve("reports") : out).resolve(t.id());
        try {
            ReportContext context = TenantReports.context(index, t, job.name(), language, Instant.now());
            if (context.latestRuns().isEmpty()) {
                err.println("datakart report: tenant " + t.id() + " was never scanned into " + dataDir);
                return false;
            }
            TenantReports.Written w = TenantReports.write(index, context, dir, job.departments());
            var totals = w.hotspots().totals();
            stdout.printf("report for %s: %d documents, %d with personal data, %d could not be read; in %s:%n",
                    t.id(), totals.documents(), totals.withFindings(), totals.failed(), dir);
            stdout.printf("  %s-hotspots.html, %<s-hotspots.json%n", t.id());
            stdout.printf("  %s, %s; the DPO's purposes and legal bases: %s%n", w.dataMap().json().getFileName(),
                    w.dataMap().csv().getFileName(), w.dataMap().purposes().getFileName());
            for (var l : w.cleanupLists()) {
                stdout.printf("  cleanup/%s.xlsx, .csv: %s, %d to clean up, %d not read%n", l.slug(),
                        l.department().isEmpty() ? "(no department)" : l.department(), l.rows(), l.unread());
            }
            stdout.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("datakart report: " + t.id() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }
}
