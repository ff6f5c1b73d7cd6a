package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.cli.sample.SampleShare;

/** {@code datakart sample-share} as a user runs it. */
class SampleShareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheShareAndSaysSoInOneLineWithNothingIdentifying() throws Exception {
        Path share = tmp.resolve("nordby");
        int files = SampleShare.minimumFiles();
        Run run = Run.of("sample-share", "--seed", "3", "--files", Integer.toString(files), share.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("wrote " + files + " files, "), run.out());
        assertTrue(run.out().contains("docx") && run.out().contains("seven_z"), run.out());
        String said = run.out().replace(share.toString(), "DIR");
        assertFalse(said.matches("(?s).*\\d{8,}.*") || said.contains("@"), said);
        try (Stream<Path> all = Files.walk(share)) {
            assertEquals(files, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndTooFewFiles() throws Exception {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notat.txt"), "Ikkje rør");
        Run refused = Run.of("sample-share", used.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("is not empty"), refused.err());
        try (Stream<Path> in = Files.list(used)) {
            assertEquals(List.of(used.resolve("notat.txt")), in.toList());
        }
        Run few = Run.of("sample-share", "--files", "3", tmp.resolve("ny").toString());
        assertEquals(2, few.exit());
        assertTrue(few.err().contains("at least " + SampleShare.minimumFiles()), few.err());
        assertFalse(Files.exists(tmp.resolve("ny")));
    }
}
