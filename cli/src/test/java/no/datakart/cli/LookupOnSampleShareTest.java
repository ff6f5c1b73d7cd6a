package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import no.datakart.cli.sample.SampleShare;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.set.DetectorSet;

/**
 * {@code datakart lookup} against the sample share's own planted numbers: every fødselsnummer and D-number
 * the share holds (as the detectors read each document directly, outside the scan) is looked up in one
 * request, and each must be found in exactly the documents that hold it — inside archives and e-mails too.
 */
class LookupOnSampleShareTest {
    @TempDir
    Path tmp;

    @Test
    void everyPlantedNumberIsFoundInEveryDocumentThatHoldsIt() throws Exception {
        Path data = tmp.resolve("data");
        Path share = data.resolve("sample-share");
        SampleShare.generate(share, SampleShare.DEFAULT_SEED, SampleShare.DEFAULT_FILES);
        Run scan = Run.of("scan", "--tenant", "eksempel", "--data", data.toString(), "--progress", "none", "--workers", "2",
                share.toString());
        assertEquals(0, scan.exit(), scan.err());

        Map<String, Set<String>> expected = numbersIn(share);
        assertTrue(expected.size() > 300, "the share holds many persons: " + expected.size());
        List<String> numbers = new ArrayList<>(expected.keySet());
        Run lookup = Run.withInput(new ByteArrayInputStream((String.join("\n", numbers) + "\n").getBytes(StandardCharsets.UTF_8)),
                "lookup", "--tenant", "eksempel", "--data", data.toString(), "--purpose", "test of every planted number", "--json");
        assertEquals(0, lookup.exit(), lookup.err());

        Map<String, Set<String>> found = new TreeMap<>();
        for (JsonNode line : lookup.all()) {
            String number = numbers.get(line.get("number").asInt() - 1);
            String place = line.get("location").asText() + (line.get("inside").asText().isEmpty() ? "" : "!" + line.get("inside").asText());
            found.computeIfAbsent(number, n -> new TreeSet<>()).add(place);
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((number, places) -> {
            Set<String> got = found.getOrDefault(number, Set.of());
            if (!got.equals(places)) wrong.add("a number in " + places + " was found in " + got);
        });
        assertEquals(List.of(), wrong);
        assertEquals(expected.size(), found.size(), "nothing found for a number the share does not hold");
        assertTrue(expected.values().stream().anyMatch(p -> p.stream().anyMatch(x -> x.contains("!"))),
                "some inside an archive or e-mail");
    }

    /** Each fødselsnummer and D-number in the share, and the documents (item, or item!part) that hold it. */
    private static Map<String, Set<String>> numbersIn(Path share) throws IOException {
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.now())
                .withMinConfidence(Confidence.MEDIUM)); // as the scan's workers read
        Map<String, Set<String>> out = new TreeMap<>();
        ShareReading.read(share, detectors, (place, finding) -> {
            if (finding.type() == IdentifierType.FODSELSNUMMER || finding.type() == IdentifierType.D_NUMMER) {
                out.computeIfAbsent(finding.value(), n -> new TreeSet<>()).add(place);
            }
        });
        return out;
    }
}
