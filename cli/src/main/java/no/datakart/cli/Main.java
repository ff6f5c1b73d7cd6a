package no.datakart.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code datakart} command. */
@Command(name = "datakart",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds personal data in files and turns the findings into a data map.",
        subcommands = {DemoCommand.class, DetectCommand.class, ScanCommand.class, StatusCommand.class, ReportCommand.class, LookupCommand.class,
            CheckConfigCommand.class, SampleShareCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (try: datakart detect FILE)");
    }

    /** Held so the level sticks: Lucene logs its vector setup at INFO through java.util.logging. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /** The command line with UTF-8 output whatever the platform's default. */
    static CommandLine commandLine() {
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The command line writing to the given output and error (a command that runs others passes its own). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(no.datakart.core.Tenant.class, no.datakart.core.Tenant::new); // its own message
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"datakart " + (v == null ? "(development build)" : v)};
        }
    }
}
