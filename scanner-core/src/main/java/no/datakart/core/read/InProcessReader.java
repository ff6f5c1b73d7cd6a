package no.datakart.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import no.datakart.core.FailureReason;
import no.datakart.core.detect.PartScanner;
import no.datakart.core.extract.Extractor;
import no.datakart.core.extract.PartSink;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.source.Item;
import no.datakart.core.source.Source;
import no.datakart.patterns.set.DetectorSet;

/**
 * Reads items in this process. A parser that hangs or runs out of memory takes this process with it: the
 * scan runs this inside a worker process of its own ({@link WorkerMain}); tests and tools that read trusted
 * files use it directly.
 */
public final class InProcessReader implements ItemReader {
    private final DetectorSet detectors;
    private final Extractor extractor;
    private final Pseudonymiser hashes;

    public InProcessReader(DetectorSet detectors, Extractor extractor, Pseudonymiser hashes) {
        this.detectors = detectors;
        this.extractor = extractor;
        this.hashes = hashes;
    }

    @Override
    public void read(Source source, Item item, Consumer<PartRecord> parts) {
        read(source.file(item), () -> source.open(item), item.location(), path -> { }, parts);
    }

    /**
     * Reads a file or, if there is none, a stream; {@code name} is a hint for formats bytes cannot tell, and
     * {@code started} hears each part's path as it begins.
     */
    void read(Optional<Path> file, StreamOpener stream, String name, Consumer<String> started, Consumer<PartRecord> parts) {
        boolean[] itemEnded = {false};
        Consumer<PartRecord> out = r -> {
            itemEnded[0] |= r.path().isEmpty();
            parts.accept(r);
        };
        PartSink scanner = new Started(new PartScanner(detectors, hashes, out), started);
        try {
            if (file.isPresent()) {
                // the walk told a regular file; a link put in its place since is not followed
                if (!Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
                    out.accept(PartRecord.failed("", "", FailureReason.UNSUPPORTED, "not a regular file when read"));
                    return;
                }
                extractor.extract(file.get(), name, scanner);
            } else {
                try (InputStream in = stream.open()) {
                    extractor.extract(in, name, scanner);
                }
            }
        } catch (IOException e) {
            if (!itemEnded[0]) {
                out.accept(PartRecord.failed("", "", FailureReason.ofReading(e), e.getClass().getSimpleName()));
            }
        }
    }

    /** A sink that tells each part's path as it begins, then hands everything on. */
    private record Started(PartSink next, Consumer<String> started) implements PartSink {
        @Override
        public void start(String path) {
            started.accept(path);
            next.start(path);
        }

        @Override
        public void text(char[] chars, int offset, int length) {
            next.text(chars, offset, length);
        }

        @Override
        public void end(String contentType, FailureReason failure, String detail) {
            next.end(contentType, failure, detail);
        }
    }

    /** Opens an item's bytes. */
    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }
}
