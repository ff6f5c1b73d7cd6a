package no.datakart.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.function.BiConsumer;

import no.datakart.core.detect.BufferedFeed;
import no.datakart.core.extract.Extractor;
import no.datakart.core.extract.PartSink;
import no.datakart.patterns.Finding;
import no.datakart.patterns.set.DetectorSet;

/**
 * Reads a share directly, outside the scan: every document (the file, and each one inside it) through the
 * extractor and the detectors, each finding told with its place ({@code item}, or {@code item!part}). What a
 * test compares the scan's index and the commands' output with.
 */
final class ShareReading {
    private ShareReading() {
    }

    static void read(Path share, DetectorSet detectors, BiConsumer<String, Finding> found) throws IOException {
        Extractor extractor = new Extractor(Extractor.Limits.DEFAULT);
        try (var files = Files.walk(share)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String item = share.relativize(f).toString().replace('\\', '/');
                extractor.extract(f, f.getFileName().toString(), new PartSink() {
                    final ArrayDeque<BufferedFeed> open = new ArrayDeque<>();

                    @Override
                    public void start(String path) {
                        String place = path.isEmpty() ? item : item + "!" + path;
                        open.push(new BufferedFeed(detectors.open(finding -> found.accept(place, finding))));
                    }

                    @Override
                    public void text(char[] chars, int offset, int length) {
                        open.getFirst().add(chars, offset, length);
                    }

                    @Override
                    public void end(String contentType, no.datakart.core.FailureReason failure, String detail) {
                        open.pop().finish();
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
