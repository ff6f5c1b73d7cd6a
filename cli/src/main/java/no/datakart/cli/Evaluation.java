package no.datakart.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;
import no.datakart.patterns.set.DetectorSet;

/**
 * Precision and recall of a detector set on the labelled corpus. A finding is right when a label of the
 * same type overlaps it (the fødselsnummer family also counted as one class, where a D-nummer taken for a
 * fødselsnummer is no miss); each label is matched once. A document's categories are right when the set
 * judged present equals the labelled set.
 */
final class Evaluation {
    static final String FAMILY = "fødselsnummer family";
    private static final Set<String> FAMILY_TYPES = Set.of("FODSELSNUMMER", "D_NUMMER", "H_NUMMER", "FH_NUMMER", "SYNTHETIC");

    /** True positives, false positives, false negatives. */
    static final class Tally {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    final Map<String, Tally> byType = new LinkedHashMap<>();
    final Map<Category, Tally> byCategory = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();
    int documents;
    int categoriesAgree;
    int markingAgree;

    static Evaluation run(List<LabelledCorpus.Document> docs, DetectorSet set) {
        Evaluation e = new Evaluation();
        e.byType.put(FAMILY, new Tally());
        for (IdentifierType t : IdentifierType.values()) e.byType.put(t.name(), new Tally());
        for (Category c : Category.values()) e.byCategory.put(c, new Tally());
        for (LabelledCorpus.Document d : docs) e.add(d, set);
        return e;
    }

    private void add(LabelledCorpus.Document d, DetectorSet set) {
        documents++;
        List<Finding> found = new ArrayList<>();
        DetectionStream stream = set.open(found::add);
        stream.feed(d.text());
        stream.finish();
        for (LabelledCorpus.Label l : d.labels()) byType.computeIfAbsent(l.type(), k -> new Tally());
        for (String type : byType.keySet()) score(d, type, found);

        Set<String> predicted = new LinkedHashSet<>();
        for (Category c : stream.categories().present()) predicted.add(c.section());
        Set<String> labelled = d.categories();
        if (predicted.equals(labelled)) categoriesAgree++;
        else misses.add(d.name() + ": categories " + predicted + ", labelled " + labelled);
        for (Category c : Category.values()) {
            boolean p = predicted.contains(c.section());
            boolean l = labelled.contains(c.section());
            Tally t = byCategory.get(c);
            if (p && l) t.tp++;
            else if (p) t.fp++;
            else if (l) t.fn++;
        }
        if (stream.categories().unntattOffentlighet() == d.marked()) markingAgree++;
        else misses.add(d.name() + ": marking " + stream.categories().unntattOffentlighet() + ", labelled " + d.marked());
    }

    private void score(LabelledCorpus.Document d, String type, List<Finding> found) {
        boolean family = type.equals(FAMILY);
        List<LabelledCorpus.Label> labels = d.labels().stream()
                .filter(l -> family ? FAMILY_TYPES.contains(l.type()) : l.type().equals(type)).toList();
        List<Finding> findings = found.stream()
                .filter(f -> family ? f.type().isFnrFamily() : f.type().name().equals(type)).toList();
        boolean[] used = new boolean[labels.size()];
        Tally t = byType.get(type);
        for (Finding f : findings) {
            int match = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (!used[i] && labels.get(i).start() < f.end() && f.start() < labels.get(i).end()) {
                    match = i;
                    break;
                }
            }
            if (match >= 0) {
                used[match] = true;
                t.tp++;
            } else {
                t.fp++;
                if (!family) misses.add(d.name() + ":" + where(d.text(), f.start()) + ": false " + type + " " + f.masked());
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            if (used[i]) continue;
            t.fn++;
            if (!family) misses.add(d.name() + ":" + where(d.text(), labels.get(i).start()) + ": missed " + type);
        }
    }

    /** Line:column of an offset, for a person to look it up. */
    private static String where(String text, long offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ":" + col;
    }

    /** The results as Markdown tables. */
    String table() {
        StringBuilder b = new StringBuilder();
        b.append("| type | labels | found right | false | missed | precision | recall |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Tally> e : byType.entrySet()) {
            Tally t = e.getValue();
            if (t.tp + t.fp + t.fn == 0) continue;
            b.append("| ").append(e.getKey()).append(" | ").append(t.tp + t.fn).append(" | ").append(t.tp)
             .append(" | ").append(t.fp).append(" | ").append(t.fn).append(" | ").append(ratio(t.precision()))
             .append(" | ").append(ratio(t.recall())).append(" |\n");
        }
        b.append('\n');
        b.append("| category | documents labelled | judged present, right | wrongly | missed | precision | recall |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Category, Tally> e : byCategory.entrySet()) {
            Tally t = e.getValue();
            if (t.tp + t.fp + t.fn == 0) continue;
            b.append("| ").append(e.getKey().section()).append(" | ").append(t.tp + t.fn).append(" | ").append(t.tp)
             .append(" | ").append(t.fp).append(" | ").append(t.fn).append(" | ").append(ratio(t.precision()))
             .append(" | ").append(ratio(t.recall())).append(" |\n");
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "Documents: %d. Categories as labelled: %d (%.0f %%). "
                + "Unntatt offentlighet marking as labelled: %d (%.0f %%).%n", documents, categoriesAgree,
                100.0 * categoriesAgree / documents, markingAgree, 100.0 * markingAgree / documents));
        return b.toString();
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.3f", r);
    }
}
