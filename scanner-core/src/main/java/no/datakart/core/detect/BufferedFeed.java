package no.datakart.core.detect;

import no.datakart.patterns.DetectionStream;

/**
 * Gathers a parser's text into chunks of {@value #CHUNK} chars before a detection stream sees it: parsers hand
 * text over a few words at a time, and the detectors' cost per call would dominate.
 */
public final class BufferedFeed {
    static final int CHUNK = 8192;

    private final DetectionStream stream;
    private final char[] buffer = new char[CHUNK];
    private int buffered;

    public BufferedFeed(DetectionStream stream) {
        this.stream = stream;
    }

    public void add(char[] chars, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, CHUNK - buffered);
            System.arraycopy(chars, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
            length -= n;
            if (buffered == CHUNK) flush();
        }
    }

    /** Hands over what is gathered and ends the stream. */
    public DetectionStream finish() {
        flush();
        stream.finish();
        return stream;
    }

    private void flush() {
        if (buffered > 0) stream.feed(buffer, 0, buffered);
        buffered = 0;
    }
}
