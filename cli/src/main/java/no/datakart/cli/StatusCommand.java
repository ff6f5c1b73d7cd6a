package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.RunCounts;
import no.datakart.core.index.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datakart status --tenant T}: what the index holds of one tenant, counted. */
@Command(name = "status",
        description = {"Counts what the findings index holds of a tenant: items, items with findings, parts by status,",
            "failures by reason, parts with each type; and each scan run: what it added, changed, resolved, removed."},
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

    private static void writeRun(JsonGenerator g, RunRecord r) throws IOException {
        RunCounts c = r.counts();
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeNumberField("number", r.number());
        g.writeStringField("started", r.started().toString());
        if (r.complete()) g.writeStringField("finished", r.finished().toString());
        else g.writeNullField("finished");
        g.writeNumberField("items", c.items());
        g.writeNumberField("read", c.read());
        g.writeNumberField("unchanged", c.unchanged());
        g.writeNumberField("added", c.added());
        g.writeNumberField("changed", c.changed());
        g.writeNumberField("removed", c.removed());
        g.writeNumberField("newWithFindings", c.newWithFindings());
        g.writeNumberField("resolved", c.resolved());
        g.writeNumberField("removedWithFindings", c.removedWithFindings());
        g.writeObjectFieldStart("failures");
        for (var e : c.failures().entrySet()) g.writeNumberField(e.getKey().name(), e.getValue());
        g.writeEndObject();
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
        List<RunRecord> runs;
        try (FindingsIndex index = DataDirectory.readIndex(data)) {
            s = index.summary(tenant);
            runs = index.runs(tenant);
        }
        if (json) {
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                g.writeStartObject();
                g.writeStringField("tenant", tenant.id());
                g.writeNumberField("items", s.items());
                g.writeNumberField("itemsWithFindings", s.itemsWithFindings());
                g.writeNumberField("parts", s.parts());
                writeCounts(g, "byStatus", s.byStatus());
                writeCounts(g, "failures", s.failures());
                writeCounts(g, "partsWith", s.partsWith());
                g.writeArrayFieldStart("runs");
                for (RunRecord r : runs) writeRun(g, r);
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println(text);
        } else {
            out.printf("%s: %d items, %d with findings; %d parts; by status %s; failures %s; parts with %s%n", tenant.id(),
                    s.items(), s.itemsWithFindings(), s.parts(), s.byStatus(), s.failures(), s.partsWith());
            for (RunRecord r : runs) {
                RunCounts c = r.counts();
                out.printf("  run %d of %s, %s to %s: %d items, %d read (%d new, %d changed), %d removed; %d newly with"
                                + " findings, %d resolved, %d removed with findings; failures %s%n", r.number(), r.source(),
                        r.started(), r.complete() ? r.finished() : "(cut off: continues at the next scan)", c.items(),
                        c.read(), c.added(), c.changed(), c.removed(), c.newWithFindings(), c.resolved(),
                        c.removedWithFindings(), c.failures());
            }
        }
        out.flush();
        return 0;
    }
}
