package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/**
 * The README's main job, {@code datakart demo}, end to end: the sample share written, scanned by worker
 * processes into a data directory, its status; a second run reads nothing. Then the leak check: every
 * identifier the share holds (as the detectors read it there, at every confidence) is looked for in every
 * file of the data directory, in every stored field of the index and in all that was printed.
 */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theMainJobScansTheSampleShareOnceAndLeaksNoIdentifier() throws Exception {
        Path data = tmp.resolve("data");
        Run first = Run.of("demo", "--data", data.toString(), "--progress", "lines");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("wrote the sample share: 300 files"), first.out());
        assertTrue(first.out().contains("(run 1): 300 items, 300 read (300 new, 0 changed)"), first.out());
        assertTrue(first.out().contains("failures {ENCRYPTED=2, CORRUPT=2}"), first.out());
        assertTrue(first.out().contains("eksempel: 300 items, "), first.out());
        assertTrue(first.out().contains("report for eksempel: "), first.out());
        assertTrue(Files.exists(data.resolve("reports/eksempel/cleanup/barnevern.xlsx")), "the departments' lists");
        var totals = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(data.resolve("reports/eksempel/eksempel-hotspots.json").toFile()).get("totals");
        assertTrue(totals.get("children").asInt() > 10 && totals.get("children").asInt() < totals.get("persons").asInt(),
                "children counted apart from persons, through the worker process: " + totals);
        Run again = Run.of("demo", "--data", data.toString(), "--progress", "none");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("(run 2): 300 items, 0 read (0 new, 0 changed), 300 unchanged"), again.out());

        Set<String> planted = identifiersIn(data.resolve("sample-share"));
        assertTrue(planted.size() > 500, "the share holds many: " + planted.size());
        List<String> leaks = new ArrayList<>();
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(data.resolve("sample-share"))).toList()) {
                byte[] bytes = f.toString().endsWith(".xlsx") ? unzipped(f) : Files.readAllBytes(f); // a list's cells are zipped
                String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
                String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
                for (String id : planted) if (latin1.contains(id) || utf16.contains(id)) leaks.add(id.length() + " chars in " + f);
            }
        }
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            for (String line : index.dump(new Tenant(DemoCommand.TENANT))) {
                for (String id : planted) if (line.contains(id)) leaks.add(id.length() + " chars in a stored field");
            }
        }
        String printed = first.out() + first.err() + again.out() + again.err();
        for (String id : planted) if (printed.contains(id)) leaks.add(id.length() + " chars in the output");
        assertEquals(List.of(), leaks, "identifiers in clear text outside the share");
    }

    /** Every entry of a zip file (an XLSX), one after the other. */
    private static byte[] unzipped(Path f) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipFile(f.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                try (var in = zip.getInputStream(entries.nextElement())) {
                    in.transferTo(out);
                }
            }
        }
        return out.toByteArray();
    }

    /** Every identifier's normalised value the detectors find in the share, at every level of confidence. */
    private static Set<String> identifiersIn(Path share) throws IOException {
        DetectorSet detectors = new DetectorSet(DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 6, 1))
                .withMinConfidence(Confidence.LOW));
        Set<String> values = new TreeSet<>();
        ShareReading.read(share, detectors, (place, finding) -> {
            if (finding.value().length() >= 8) values.add(finding.value()); // not 4-digit postnummer
        });
        return values;
    }
}
