package no.datakart.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each report of a tenant counted, one line of JSON per scan state in {@code <tenant>-history.jsonl}
 * beside the reports: how long each department's cleanup list was. The trend of the runs says what changed
 * in the files; this says whether a department's list shrank, which is what a department acts on. A report
 * made again with no scan since replaces the last line instead of adding one.
 */
public final class ReportHistory {
    /** Lines kept: years of nightly reports. */
    static final int KEPT = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One report's counts.
     *
     * @param runs        each source's latest run when it was made: the scan state it shows
     * @param departments each department's cleanup list: files on it ({@code ""}: no department)
     */
    public record Snapshot(Instant time, Map<String, Integer> runs, Map<String, Integer> departments, int withFindings,
                           int persons) {
        public Snapshot {
            runs = Map.copyOf(runs);
            departments = Map.copyOf(departments);
        }
    }

    private final Path file;
    private final List<Snapshot> snapshots;

    private ReportHistory(Path file, List<Snapshot> snapshots) {
        this.file = file;
        this.snapshots = snapshots;
    }

    /** The history in {@code file}, empty if there is none; a line that cannot be read is left out, not fatal. */
    public static ReportHistory read(Path file) throws IOException {
        List<Snapshot> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) continue;
                try {
                    out.add(snapshot(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    // a damaged line (a crash mid-write cannot make one: the file is replaced whole) costs its point only
                }
            }
        }
        return new ReportHistory(file, out);
    }

    private static Snapshot snapshot(JsonNode n) {
        Map<String, Integer> runs = new java.util.TreeMap<>();
        n.get("runs").properties().forEach(e -> runs.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> departments = new java.util.TreeMap<>();
        n.get("departments").properties().forEach(e -> departments.put(e.getKey(), e.getValue().asInt()));
        return new Snapshot(Instant.parse(n.get("time").asText()), runs, departments, n.get("withFindings").asInt(),
                n.get("persons").asInt());
    }

    /** The latest report of an earlier scan state than {@code runs}: what this one is compared with; null if none. */
    public Snapshot before(Map<String, Integer> runs) {
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            if (!snapshots.get(i).runs().equals(runs)) return snapshots.get(i);
        }
        return null;
    }

    /** Adds a report's counts (replacing the last line if it showed the same scan state) and writes the file whole. */
    public void record(Snapshot now) throws IOException {
        if (!snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).runs().equals(now.runs())) {
            snapshots.remove(snapshots.size() - 1);
        }
        snapshots.add(now);
        while (snapshots.size() > KEPT) snapshots.remove(0);
        StringBuilder text = new StringBuilder();
        for (Snapshot s : snapshots) {
            var n = JSON.createObjectNode();
            n.put("time", s.time().toString());
            n.set("runs", JSON.valueToTree(new java.util.TreeMap<>(s.runs())));
            n.set("departments", JSON.valueToTree(new java.util.TreeMap<>(s.departments())));
            n.put("withFindings", s.withFindings());
            n.put("persons", s.persons());
            text.append(JSON.writeValueAsString(n)).append('\n');
        }
        ReportFiles.writeText(file, out -> out.write(text.toString()));
    }

    public List<Snapshot> snapshots() {
        return List.copyOf(snapshots);
    }
}
