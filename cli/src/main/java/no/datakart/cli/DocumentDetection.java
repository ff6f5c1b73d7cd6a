package no.datakart.cli;

import java.util.ArrayDeque;
import java.util.Deque;

import no.datakart.core.FailureReason;
import no.datakart.core.detect.BufferedFeed;
import no.datakart.core.extract.PartSink;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.set.DetectorSet;

/**
 * {@code detect} on a document: each part (the document, each file in an archive, each attachment) gets a
 * detection stream of its own, its findings printed with the part's path and offsets into the part's text,
 * and a summary line when it ends.
 */
final class DocumentDetection implements PartSink {
    private final DetectorSet detectors;
    private final FindingJson json;
    private final Deque<Open> open = new ArrayDeque<>();

    private record Open(String path, BufferedFeed feed) {
    }

    DocumentDetection(DetectorSet detectors, FindingJson json) {
        this.detectors = detectors;
        this.json = json;
    }

    @Override
    public void start(String path) {
        DetectionStream stream = detectors.open(f -> json.write(f, path));
        open.push(new Open(path, new BufferedFeed(stream)));
    }

    @Override
    public void text(char[] chars, int offset, int length) {
        open.getFirst().feed().add(chars, offset, length);
    }

    @Override
    public void end(String contentType, FailureReason failure, String detail) {
        Open part = open.pop();
        DetectionStream stream = part.feed().finish();
        json.summary(stream.categories(), new FindingJson.Part(part.path(), contentType, failure, detail));
    }
}
