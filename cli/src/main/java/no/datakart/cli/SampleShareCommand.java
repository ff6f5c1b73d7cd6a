package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import no.datakart.cli.sample.Format;
import no.datakart.cli.sample.Manifest;
import no.datakart.cli.sample.SampleShare;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datakart sample-share [--seed N] [--files N] DIR}: a made-up municipality's file share to scan. */
@Command(name = "sample-share",
        description = {"Writes a realistic file share of a made-up municipality into DIR (new or",
            "empty): department folders, every common format, archives in archives, e-mails",
            "with attachments, locked and broken files, with generated identifiers only.",
            "The same seed writes the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:DIR is not empty, or could not be written", "2:bad usage"})
final class SampleShareCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleShare.DEFAULT_SEED,
            description = "what the share is generated from (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--files", paramLabel = "N", defaultValue = "" + SampleShare.DEFAULT_FILES,
            description = "how many files (default: ${DEFAULT-VALUE})")
    int files;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write the share into")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files < SampleShare.minimumFiles()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--files must be at least " + SampleShare.minimumFiles() + ": one of each format and failure");
        }
        Manifest m;
        try {
            m = SampleShare.generate(dir, seed, files);
        } catch (DirectoryNotEmptyException e) {
            err.println("datakart sample-share: " + dir + " is not empty: give a new or empty folder");
            return 1;
        } catch (NotDirectoryException e) {
            err.println("datakart sample-share: " + dir + " is a file, not a folder");
            return 1;
        } catch (IOException e) {
            err.println("datakart sample-share: cannot write " + dir + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "wrote %d files, %d bytes, to %s: %s%n", m.files().size(), m.bytes(), dir,
                formats(m.formats()));
        out.flush();
        return 0;
    }

    /** {@code docx 75, pdf 68, …}: the formats, most common first. */
    private static String formats(Map<Format, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Format, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
