package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datakart status --tenant T}: what the index holds of one tenant, counted. */
@Command(name = "status",
        description = "Counts what the findings index holds of a tenant: parts by status, failures by reason, parts with each type.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the index could not be read", "2:bad usage"})
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "the municipality")
    Tenant tenant;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.datakart",
            description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--json", description = "one JSON object instead of lines of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static void writeCounts(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : counts.entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data.resolve("index"))) {
            spec.commandLine().getErr().println("datakart status: no index in " + data + " (run datakart scan first)");
            return 1;
        }
        FindingsIndex.Summary s;
        try (FindingsIndex index = DataDirectory.index(data)) {
            s = index.summary(tenant);
        }
        if (json) {
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                g.writeStartObject();
                g.writeStringField("tenant", tenant.id());
                g.writeNumberField("parts", s.parts());
                writeCounts(g, "byStatus", s.byStatus());
                writeCounts(g, "failures", s.failures());
                writeCounts(g, "partsWith", s.partsWith());
                g.writeEndObject();
            }
            out.println(text);
        } else {
            out.printf("%s: %d parts; by status %s; failures %s; parts with %s%n", tenant.id(), s.parts(), s.byStatus(),
                    s.failures(), s.partsWith());
        }
        out.flush();
        return 0;
    }
}
