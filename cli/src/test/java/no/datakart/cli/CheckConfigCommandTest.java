package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datakart check-config FILE} on real files, as a user runs it. */
class CheckConfigCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aValidFileIsSummedUp() throws Exception {
        Files.createDirectories(tmp.resolve("shares/felles"));
        Path file = Files.writeString(tmp.resolve("datakart.yml"), """
                workers: 2
                exclude: ["**/~$*"]
                tenants:
                  - id: nordby
                    name: Nordby kommune
                    limits: {timeout: 10m}
                    sources:
                      - id: felles
                        path: shares/felles
                        departments:
                          helse: Helse og omsorg
                          "": Fellestjenester
                      - id: heim
                        path: unmounted/heim
                """);
        Run run = Run.of("check-config", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(
                file + ": valid; 1 tenant, 2 sources",
                "data directory: not set (the --data option's, by default ~/.datakart)",
                "workers: 2",
                "tenant nordby (Nordby kommune)",
                "  limits: maxBytes 2GiB, maxChars 2000000000, maxEmbedded 10000, timeout 10m, workerHeap 512MiB",
                "  source felles: " + tmp.resolve("shares/felles") + " (folder found)",
                "    2 department rules, 1 exclusion",
                "  source heim: " + tmp.resolve("unmounted/heim") + " (not there now)",
                "    0 department rules, 1 exclusion"), run.out().lines().toList());
    }

    @Test
    void aBadFileGetsEveryErrorWithItsLineOnStandardError() throws Exception {
        Path file = Files.writeString(tmp.resolve("datakart.yml"), """
                limits:
                  timeout: 5 minutter
                tenants:
                  - id: nordby
                    sources:
                      - id: felles
                        exlude: []
                """);
        Run run = Run.of("check-config", file.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals(List.of(
                file + ":2:12: 'timeout' must be a duration such as 30s, 5m or 1h, got '5 minutter'",
                file + ":6:9: source 'felles' has no 'path' (expected the folder to scan, e.g. path: /mnt/nordby/felles)",
                file + ":7:9: unknown key 'exlude' in a source (expected one of: id, path, exclude, departments)",
                "datakart check-config: 3 errors in " + file), run.err().lines().toList());
    }

    @Test
    void aMissingFileIsAnErrorAndNoFileIsBadUsage() {
        Run missing = Run.of("check-config", tmp.resolve("finst-ikkje.yml").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith(tmp.resolve("finst-ikkje.yml") + ": no such file"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        assertEquals(2, Run.of("check-config").exit());
        assertTrue(Run.of("help", "check-config").out().contains("1   the file has errors, or cannot be read"));
    }
}
