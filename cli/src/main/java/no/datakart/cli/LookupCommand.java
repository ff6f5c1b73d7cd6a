package no.datakart.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.IndexedPart;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.patterns.Masking;
import no.datakart.patterns.fnr.FnrRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code datakart lookup --tenant T --purpose TEXT}: every place in one tenant's sources that holds one
 * person's number, for an access (innsyn) or deletion request. The numbers come on standard input, never
 * as arguments (shells and process lists keep those); each is hashed with the tenant's key, the hash
 * searched, and the number forgotten. Every look-up is appended to the audit log, without the numbers.
 */
@Command(name = "lookup",
        description = {"Reads one or more fødselsnummer or D-numbers from standard input (one a line; spaces in",
            "them are fine), and lists every item of the tenant that holds them: location, the document inside",
            "an archive or e-mail, its type, last modified, owner and department. Each look-up is written to",
            "DIR/audit/lookups.jsonl: when, who, tenant, purpose and number of hits, never the numbers."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (also when nothing was found)", "1:a number is not valid, or the index or key could not be read",
            "2:bad usage"})
final class LookupCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Oslo"));

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "the municipality whose index is searched")
    Tenant tenant;

    @Option(names = "--purpose", required = true, paramLabel = "TEXT",
            description = "why: the request it answers (e.g. \"innsynskrav sak 2026/1234\"); written to the audit log")
    String purpose;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: the configuration's data, else ~/.datakart)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file: its data directory")
    Path config;

    @Option(names = "--json", description = "one JSON object a line, one for each item found")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "NB",
            description = "the listing's language: ${COMPLETION-CANDIDATES} (default: nb, bokmål)")
    no.datakart.core.report.Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the numbers come from: standard input, or what a test gives. */
    InputStream in = System.in;

    /** One number asked for: how it is shown (masked) and its keyed hash. */
    private record Asked(int line, String masked, String hash) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (purpose.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "--purpose must say why");
        if (data == null && config != null) {
            try {
                data = no.datakart.cli.config.ConfigLoader.load(config).data().orElse(null);
            } catch (no.datakart.cli.config.ConfigException e) {
                e.errors().forEach(err::println);
                return 1;
            }
        }
        data = DataDirectory.orDefault(data);
        if (!Files.isDirectory(data.resolve("index")) || !Files.exists(data.resolve("keys").resolve(tenant.id() + ".key"))) {
            err.println("datakart lookup: tenant " + tenant.id() + " has no index or key in " + data
                    + " (scan it first; a new key would match nothing)");
            return 1;
        }
        List<String> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) lines.add(line);
        } catch (IOException e) {
            err.println("datakart lookup: cannot read standard input: " + e.getMessage());
            return 1;
        }
        Pseudonymiser hashes;
        try {
            hashes = new Pseudonymiser(DataDirectory.keys(data), tenant);
        } catch (IOException | RuntimeException e) {
            err.println("datakart lookup: cannot read the tenant's key: " + e.getMessage());
            return 1;
        }
        List<Asked> asked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String digits = lines.get(i).replaceAll("[\\s.-]", "");
            if (digits.isEmpty()) continue;
            String problem = problem(digits);
            if (problem != null) {
                errors.add("line " + (i + 1) + ": " + problem); // the line itself is never echoed: it may be a number
                continue;
            }
            int verdict = FnrRules.verdict(FnrRules.pack(digits));
            asked.add(new Asked(i + 1, Masking.mask(FnrRules.type(verdict), digits), hashes.hash(digits)));
        }
        if (!errors.isEmpty() || asked.isEmpty()) {
            if (asked.isEmpty() && errors.isEmpty()) errors.add("no number on standard input (one a line)");
            errors.forEach(e -> err.println("datakart lookup: " + e));
            err.println("datakart lookup: nothing was looked up");
            return 1;
        }
        int hits = 0;
        no.datakart.core.report.Labels words = no.datakart.core.report.Labels.of("lookup", language);
        try (FindingsIndex index = DataDirectory.readIndex(data)) {
            int n = 0;
            for (Asked a : asked) {
                n++;
                List<IndexedPart> parts = index.partsHolding(tenant, a.hash());
                hits += parts.size();
                if (json) {
                    for (IndexedPart p : parts) out.println(json(n, a, p));
                } else {
                    out.println(words.get("number").formatted(n, a.masked(), a.line(), parts.size(),
                            words.get(parts.size() == 1 ? "place" : "places")));
                    for (IndexedPart p : parts) {
                        out.println("  " + words.get("listed").formatted(p.source() + "/" + p.item(),
                                p.isItem() ? "" : "  " + words.get("inside") + " " + p.path(),
                                p.contentType().isEmpty() ? "?" : p.contentType(), TIME.format(p.modified()),
                                p.owner().isEmpty() ? "-" : p.owner(), p.department().isEmpty() ? "-" : p.department()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("datakart lookup: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
        try {
            new AuditLog(data).lookup(Instant.now(), tenant, purpose, asked.size(), hits);
        } catch (IOException e) {
            err.println("datakart lookup: the look-up was done but could not be written to the audit log: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** Why the digits are not a number to look up, or null if they are one. */
    static String problem(String digits) {
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) return "not a number (only digits, spaces, '.' and '-' are read)";
        if (digits.length() != 11) return "not a fødselsnummer or D-nummer: " + digits.length() + " digits, not 11";
        int verdict = FnrRules.verdict(FnrRules.pack(digits));
        if (!FnrRules.isValid(verdict)) return "not a valid fødselsnummer or D-nummer: its check digits or date do not hold";
        return null;
    }

    private static String json(int n, Asked a, IndexedPart p) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("number", n);
        m.put("masked", a.masked());
        m.put("source", p.source());
        m.put("location", p.item());
        m.put("inside", p.path());
        m.put("contentType", p.contentType());
        m.put("modified", p.modified().toString());
        m.put("owner", p.owner());
        m.put("department", p.department());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
