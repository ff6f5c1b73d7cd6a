package no.datakart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.datakart.cli.config.ConfigException;
import no.datakart.cli.config.ConfigLoader;
import no.datakart.cli.config.DatakartConfig;
import no.datakart.cli.config.SourceConfig;
import no.datakart.cli.config.TenantConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code datakart check-config FILE}: what a configuration file holds, or all that is wrong in it. */
@Command(name = "check-config",
        description = {"Reads a configuration file (datakart.yml) and prints what it holds: each",
            "tenant, its sources and whether their folders are there now, the number of",
            "department rules and the limits; or, on standard error, every error in it,",
            "each with its line and column."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is valid", "1:the file has errors, or cannot be read", "2:bad usage"})
final class CheckConfigCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the configuration file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatakartConfig config;
        try {
            config = ConfigLoader.load(file);
        } catch (ConfigException e) {
            e.errors().forEach(err::println);
            int n = e.errors().size();
            err.println("datakart check-config: " + n + (n == 1 ? " error" : " errors") + " in " + file);
            err.flush();
            return 1;
        }
        int sources = config.tenants().stream().mapToInt(t -> t.sources().size()).sum();
        out.printf("%s: valid; %d %s, %d %s%n", file, config.tenants().size(),
                config.tenants().size() == 1 ? "tenant" : "tenants", sources, sources == 1 ? "source" : "sources");
        out.println("data directory: " + config.data().map(Path::toString)
                .orElse("not set (the --data option's, by default ~/.datakart)"));
        out.println("workers: " + (config.workers().isPresent() ? String.valueOf(config.workers().getAsInt())
                : "not set (one per core, " + Runtime.getRuntime().availableProcessors() + " here)"));
        for (TenantConfig t : config.tenants()) {
            out.println("tenant " + t.id().id() + (t.name().equals(t.id().id()) ? "" : " (" + t.name() + ")"));
            // a tenant's limits are merged into each of its sources, the same for all of them
            out.println("  limits: " + t.sources().get(0).limits().describe());
            for (SourceConfig s : t.sources()) {
                out.println("  source " + s.id() + ": " + s.path() + " (" + folderNow(s.path()) + ")");
                out.println("    " + count(s.departments().size(), "department rule") + ", "
                            + count(s.exclude().size(), "exclusion"));
            }
        }
        out.flush();
        return 0;
    }

    /** Told, not judged: a share may be unmounted when the file is checked and mounted when it is scanned. */
    private static String folderNow(Path p) {
        if (Files.isDirectory(p)) return Files.isReadable(p) ? "folder found" : "folder found, not readable here";
        return Files.exists(p) ? "not a folder" : "not there now";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
