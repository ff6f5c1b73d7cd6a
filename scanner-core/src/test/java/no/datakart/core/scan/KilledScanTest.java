package no.datakart.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.Tenant;
import no.datakart.core.TestDocuments;
import no.datakart.core.index.FindingsIndex;
import no.datakart.patterns.fnr.FnrGenerator;

/**
 * A scan killed with SIGKILL at several moments, then run again, ends with the same index as a scan that
 * ran through: the scan runs in a process of its own ({@link ScanMain}), killed before its first
 * checkpoint, after its first and after its second (seen by the commit generation of its index).
 */
class KilledScanTest {
    static final Tenant NORDBY = new Tenant("nordby");

    @TempDir
    Path tmp;

    private Process start(Path data, Path tree) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ScanMain.class.getName(),
                data.toString(), tree.toString(), NORDBY.id())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + data.getFileName() + ".log").toFile())
                .start();
    }

    /**
     * Waits until the scan has committed {@code commits} times (its index's commit generation) and is still
     * running; false if it ended first.
     */
    private static boolean waitForCommits(Process p, Path data, int commits) throws Exception {
        Path index = data.resolve("index");
        while (p.isAlive()) {
            if (generation(index) >= commits) return p.isAlive();
            Thread.sleep(5);
        }
        return false;
    }

    private static long generation(Path index) throws Exception {
        if (!Files.isDirectory(index)) return 0;
        try (var files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
        }
    }

    private static List<String> dump(Path data) throws Exception {
        if (!Files.isDirectory(data.resolve("index"))) return List.of();
        try (FindingsIndex index = new FindingsIndex(data.resolve("index"))) {
            return index.dump(NORDBY);
        }
    }

    @Test
    void aScanKilledAtAnyMomentEndsLikeOneThatRanThrough() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("share"));
        FnrGenerator numbers = new FnrGenerator(new Random(23));
        for (int i = 0; i < 900; i++) {
            Path dir = Files.createDirectories(tree.resolve("mappe" + i % 30));
            String text = "Notat " + i + ". " + (i % 3 == 0 ? "Fødselsnummer " + numbers.nextString(FnrGenerator.allSpecs().get(0)) : "Ingen nummer.");
            Files.writeString(dir.resolve("notat" + i + ".txt"), text, StandardCharsets.UTF_8);
            if (i % 100 == 0) Files.write(dir.resolve("arkiv" + i + ".zip"), TestDocuments.zip("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        }
        Path reference = tmp.resolve("reference");
        Process whole = start(reference, tree);
        assertTrue(whole.waitFor(5, TimeUnit.MINUTES) && whole.exitValue() == 0, "the whole run");
        List<String> expected = dump(reference);
        assertEquals(900 + 9 + 9 + 1, expected.size(), "every file, every zip and its member, the run");

        List<String> interrupted = new ArrayList<>();
        boolean partial = false; // a kill left some of the parts committed, not all
        for (int commits : new int[] {0, 1, 2}) { // killed before any checkpoint, after the first, after the second
            Path data = tmp.resolve("killed-" + commits);
            Process p = start(data, tree);
            if (waitForCommits(p, data, commits)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
                p.waitFor();
                int before = dump(data).size();
                interrupted.add("after " + commits + " checkpoints: " + before + " parts");
                partial |= before > 0 && before < expected.size();
            }
            Process again = start(data, tree);
            assertTrue(again.waitFor(5, TimeUnit.MINUTES) && again.exitValue() == 0, "the run after the kill");
            assertEquals(expected, dump(data), "killed after " + commits + " checkpoints, then run again");
        }
        assertTrue(interrupted.size() >= 2 && partial, "kills before the scan ended, one after a checkpoint: " + interrupted);
        assertTrue(File.separatorChar == '/', "SIGKILL is what destroyForcibly sends on this platform");
    }
}
