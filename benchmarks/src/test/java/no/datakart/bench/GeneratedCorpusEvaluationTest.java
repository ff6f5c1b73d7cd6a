package no.datakart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.set.DetectorSet;

/**
 * Precision and recall on the generated corpus, labelled as it is written: 4 MiB of municipal paperwork,
 * each document read as its own text, with every fødselsnummer-family number, account, organisation
 * number and e-mail address marked, among look-alikes that pass their checks by chance (KIDs, invoice and
 * case numbers, typos) — what the hand-written corpus does not measure. Prints the table the README shows.
 */
class GeneratedCorpusEvaluationTest {
    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_0-9]+)\\|([^\\]]*)]]");
    private static final String FAMILY = "fødselsnummer family";
    private static final List<String> TYPES = List.of(FAMILY, "KONTONUMMER", "ORGANISASJONSNUMMER", "EPOST");

    record Label(String type, long start, long end) {
    }

    @Test
    void precisionAndRecallPerLabelledType() {
        DetectorSettings settings = DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23))
                .withMinConfidence(Confidence.LOW); // the floor MEDIUM is applied below
        DetectorSet detectors = new DetectorSet(settings);
        // each document its own text, as a scan reads each file
        List<Label> labels = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        long chars = 0;
        for (String marked : MunicipalCorpus.labelled(20261123L, 4 << 20)) {
            StringBuilder text = new StringBuilder(marked.length());
            Matcher m = MARK.matcher(marked);
            int at = 0;
            while (m.find()) {
                text.append(marked, at, m.start());
                labels.add(new Label(m.group(1), chars + text.length(), chars + text.length() + m.group(2).length()));
                text.append(m.group(2));
                at = m.end();
            }
            text.append(marked.substring(at));
            for (Finding f : detectors.findAll(text)) {
                found.add(new Finding(f.type(), chars + f.start(), chars + f.end(), f.score(), f.confidence(),
                        f.value(), f.details()));
            }
            chars += text.length() + 1; // apart, so that no span of one text touches the next
        }

        // numbers of the family that hold by the 2032 rule only are no person's before 2032: the spec has
        // them found, but below MEDIUM unless context lifts them. They are their own row, found at any
        // level, and a family finding on one counts neither right nor wrong in the family's row.
        List<Label> rule2032 = labels.stream().filter(x -> x.type().equals(Fakes.RULE_2032_LABEL)).toList();
        int found2032 = 0;
        for (Label l : rule2032) {
            if (found.stream().anyMatch(x -> x.type().isFnrFamily() && x.start() < l.end() && l.start() < x.end())) found2032++;
        }
        List<Finding> reported = found.stream()
                .filter(x -> x.confidence().compareTo(Confidence.MEDIUM) >= 0)
                .filter(x -> !x.type().isFnrFamily() || rule2032.stream().noneMatch(l -> x.start() < l.end() && l.start() < x.end()))
                .toList();

        Map<String, int[]> tally = new LinkedHashMap<>(); // tp, fp, fn
        for (String type : TYPES) {
            List<Label> l = labels.stream().filter(x -> kind(x.type()).equals(type)).toList();
            List<Finding> f = reported.stream().filter(x -> kind(x.type().name()).equals(type)).toList();
            boolean[] used = new boolean[l.size()];
            int tp = 0;
            int fp = 0;
            int j = 0; // both in text order: walk them together
            for (Finding x : f) {
                while (j < l.size() && l.get(j).end() <= x.start()) j++;
                if (j < l.size() && !used[j] && l.get(j).start() < x.end()) {
                    used[j] = true;
                    tp++;
                } else {
                    fp++;
                }
            }
            tally.put(type, new int[] {tp, fp, l.size() - tp});
        }
        StringBuilder table = new StringBuilder("| type | labels | found right | false | missed | precision | recall |\n"
                                                + "|---|---:|---:|---:|---:|---:|---:|\n");
        tally.forEach((type, t) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
                type, t[0] + t[2], t[0], t[1], t[2], t[0] / (double) (t[0] + t[1]), t[0] / (double) (t[0] + t[2]))));
        table.append(String.format(Locale.ROOT, "%nThe family's numbers valid by the 2032 rule only: %d, found (at any level) %d.%n",
                rule2032.size(), found2032));
        System.out.println("generated corpus, " + chars + " chars:\n" + table);

        // issue 3's targets (0.99 for the family, 0.95 for accounts and e-mail) as floors, and the accounts'
        // and the 2032 row's figures as measured, against regressions
        int[] family = tally.get(FAMILY);
        assertTrue(family[0] + family[2] > 2300, "labels of the family: " + (family[0] + family[2]));
        assertTrue(ratio(family[0], family[1]) >= 0.99 && ratio(family[0], family[2]) >= 0.99, table.toString());
        // found as the family unless the account reading of the same digits scores higher
        assertTrue(rule2032.size() > 100 && found2032 >= 0.95 * rule2032.size(), table.toString());
        int[] accounts = tally.get("KONTONUMMER");
        assertTrue(ratio(accounts[0], accounts[1]) >= 0.99 && ratio(accounts[0], accounts[2]) >= 0.99, table.toString());
        for (String type : List.of("ORGANISASJONSNUMMER", "EPOST")) {
            int[] t = tally.get(type);
            assertTrue(ratio(t[0], t[1]) >= 0.99 && ratio(t[0], t[2]) >= 0.99, type + "\n" + table);
        }
    }

    private static double ratio(int tp, int other) {
        return tp / (double) (tp + other);
    }

    private static String kind(String type) {
        return Set.of("FODSELSNUMMER", "D_NUMMER", "H_NUMMER", "FH_NUMMER", "SYNTHETIC").contains(type) ? FAMILY : type;
    }
}
