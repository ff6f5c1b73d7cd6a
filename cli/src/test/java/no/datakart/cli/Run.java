package no.datakart.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** Runs the datakart command in-process, as a user would from a shell. */
record Run(int exit, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Run of(String... args) {
        return withInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static synchronized Run withInput(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    /** The findings printed, one JSON object a line, without the summary line. */
    List<JsonNode> lines() {
        return all().stream().filter(n -> !n.has("summary")).toList();
    }

    /** The summary line, the last one printed. */
    JsonNode summary() {
        List<JsonNode> all = all();
        JsonNode last = all.get(all.size() - 1);
        if (!last.has("summary")) throw new AssertionError("no summary line last: " + out);
        return last;
    }

    /** Every JSON object printed, one a line; fails if a line is not one. */
    List<JsonNode> all() {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) continue;
            try {
                nodes.add(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("not a JSON line: " + line, e);
            }
        }
        return nodes;
    }
}
