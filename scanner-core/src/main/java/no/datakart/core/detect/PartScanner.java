package no.datakart.core.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import no.datakart.core.FailureReason;
import no.datakart.core.extract.PartSink;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Finding;
import no.datakart.patterns.category.DocumentCategories;
import no.datakart.patterns.set.DetectorSet;

/**
 * Runs the detector set over each part of an item as the extractor streams it: every part (the item, each
 * archive member, each attachment) is a text of its own, with its own findings and categories. Parts nest
 * as the extractor tells them, so each open part has a stream of its own, fed in chunks of {@value #CHUNK}
 * chars: the detectors' cost per call would dominate the few words a parser hands over at a time. One per
 * item and thread.
 */
public final class PartScanner implements PartSink {

    /**
     * What one part holds. The findings carry their values in clear text: they go no further than the
     * index writer, which keeps only their keyed hashes and masked forms.
     */
    public record PartResult(String path, String contentType, FailureReason failure, String detail,
                             List<Finding> findings, DocumentCategories categories) {
    }

    private final DetectorSet detectors;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<PartResult> results = new ArrayList<>();

    public PartScanner(DetectorSet detectors) {
        this.detectors = detectors;
    }

    /** Chars gathered before the detectors see them: a parser hands text over a few words at a time. */
    static final int CHUNK = 8192;

    private static final class Open {
        final String path;
        final List<Finding> findings = new ArrayList<>();
        final DetectionStream stream;
        final char[] buffer = new char[CHUNK];
        int buffered;

        Open(String path, DetectorSet detectors) {
            this.path = path;
            this.stream = detectors.open(findings::add);
        }

        void add(char[] chars, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, CHUNK - buffered);
                System.arraycopy(chars, offset, buffer, buffered, n);
                buffered += n;
                offset += n;
                length -= n;
                if (buffered == CHUNK) flush();
            }
        }

        void flush() {
            if (buffered > 0) stream.feed(buffer, 0, buffered);
            buffered = 0;
        }
    }

    @Override
    public void start(String path) {
        open.push(new Open(path, detectors));
    }

    @Override
    public void text(char[] chars, int offset, int length) {
        open.getFirst().add(chars, offset, length);
    }

    @Override
    public void end(String contentType, FailureReason failure, String detail) {
        Open part = open.pop();
        part.flush();
        part.stream.finish();
        results.add(new PartResult(part.path, contentType, failure, detail, List.copyOf(part.findings),
                part.stream.categories()));
    }

    /** The parts in the order they ended: an archive's members before the archive. */
    public List<PartResult> results() {
        return List.copyOf(results);
    }
}
