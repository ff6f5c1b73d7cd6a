package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.datakart.cli.sample.Manifest;
import no.datakart.cli.sample.SampleShare;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code datakart demo}: the main job on a share anyone has — the sample share, written once into the data
 * directory, scanned as the tenant {@value #TENANT}, then its status. Run it again and the rescan reads
 * nothing; touch a file in the share and it reads that one.
 */
@Command(name = "demo",
        description = {"Writes the sample share (see sample-share) into DIR/sample-share if it is not there,",
            "scans it into DIR as the tenant '" + DemoCommand.TENANT + "' with its folders' departments, shows its",
            "status and writes its reports into DIR/reports/" + DemoCommand.TENANT + "/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the share could not be written or scanned", "2:bad usage"})
final class DemoCommand implements Callable<Integer> {
    static final String TENANT = "eksempel";

    /** The sample share's top folders and the departments that own them, as an IT department would set them. */
    static final java.util.Map<String, String> DEPARTMENTS = java.util.Map.ofEntries(
            java.util.Map.entry("Helse og omsorg", "Helse og omsorg"),
            java.util.Map.entry("NAV", "NAV"),
            java.util.Map.entry("Oppvekst", "Oppvekst"),
            java.util.Map.entry("Oppvekst/Barnevern", "Barnevern"),
            java.util.Map.entry("Skole", "Oppvekst"),
            java.util.Map.entry("Personal", "Personal"),
            java.util.Map.entry("Økonomi", "Økonomi"),
            java.util.Map.entry("Teknisk", "Teknisk"),
            java.util.Map.entry("Politikk", "Politikk og administrasjon"),
            java.util.Map.entry("Postmottak", "Dokumentsenteret"),
            java.util.Map.entry("Arkiv", "Dokumentsenteret"),
            java.util.Map.entry("Felles", "Fellestjenester"));

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.datakart",
            description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--progress", paramLabel = "HOW", defaultValue = "AUTO",
            description = "progress on standard error, as for scan: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ScanCommand.Progress progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path share = data.resolve("sample-share");
        if (!Files.isDirectory(share)) {
            try {
                Files.createDirectories(data);
                Path fresh = Files.createTempDirectory(data, "sample-share-"); // whole or not at all
                Manifest m = SampleShare.generate(fresh, SampleShare.DEFAULT_SEED, SampleShare.DEFAULT_FILES);
                Files.move(fresh, share);
                out.printf("wrote the sample share: %d files, %d bytes, into %s%n", m.files().size(), m.bytes(), share);
            } catch (IOException e) {
                err.println("datakart demo: cannot write the sample share into " + share + ": " + e.getMessage());
                return 1;
            }
        }
        out.flush();
        java.util.List<String> scan = new java.util.ArrayList<>(java.util.List.of("scan", "--tenant", TENANT, "--data",
                data.toString(), "--progress", progress.name()));
        DEPARTMENTS.forEach((folder, department) -> scan.add("--department=" + folder + "=" + department));
        scan.add(share.toString());
        int scanned = Main.commandLine(out, err).execute(scan.toArray(String[]::new));
        if (scanned != 0) return scanned;
        int status = Main.commandLine(out, err).execute("status", "--tenant", TENANT, "--data", data.toString());
        if (status != 0) return status;
        return Main.commandLine(out, err).execute("report", "--tenant", TENANT, "--data", data.toString());
    }
}
