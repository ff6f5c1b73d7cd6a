package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "the municipality")
    Tenant tenant;

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file: the tenant's name and the data directory")
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

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = tenant.id();
        java.util.Set<String> departments = new java.util.TreeSet<>();
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
            TenantConfig t = c.tenants().stream().filter(x -> x.id().equals(tenant)).findFirst().orElse(null);
            if (t == null) {
                err.println("datakart report: no tenant " + tenant.id() + " in " + config);
                return 1;
            }
            name = t.name();
            t.sources().forEach(src -> departments.addAll(src.departments().rules().values()));
        }
        if (dataDir == null) dataDir = Path.of(System.getProperty("user.home"), ".datakart");
        if (!Files.isDirectory(dataDir.resolve("index"))) {
            err.println("datakart report: no index in " + dataDir + " (run datakart scan first)");
            return 1;
        }
        Path dir = (out == null ? dataDir.resolve("reports") : out).resolve(tenant.id());
        try (FindingsIndex index = DataDirectory.index(dataDir)) {
            ReportContext context = TenantReports.context(index, tenant, name, language, Instant.now());
            if (context.latestRuns().isEmpty()) {
                err.println("datakart report: tenant " + tenant.id() + " was never scanned into " + dataDir);
                return 1;
            }
            TenantReports.Written w = TenantReports.write(index, context, dir, departments);
            var t = w.hotspots().totals();
            stdout.printf("report for %s: %d documents, %d with personal data, %d could not be read; in %s:%n",
                    tenant.id(), t.documents(), t.withFindings(), t.failed(), dir);
            stdout.printf("  %s-hotspots.html, %<s-hotspots.json%n", tenant.id());
            stdout.printf("  %s, %s; the DPO's purposes and legal bases: %s%n", w.dataMap().json().getFileName(),
                    w.dataMap().csv().getFileName(), w.dataMap().purposes().getFileName());
            for (var l : w.cleanupLists()) {
                stdout.printf("  cleanup/%s.xlsx, .csv: %s, %d to clean up, %d not read%n", l.slug(),
                        l.department().isEmpty() ? "(no department)" : l.department(), l.rows(), l.unread());
            }
            stdout.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("datakart report: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
