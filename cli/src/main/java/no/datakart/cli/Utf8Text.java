package no.datakart.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams UTF-8 bytes as chars in chunks. A malformed sequence becomes U+FFFD, as in any reader, but
 * is counted and located so the user hears of it rather than finding silently less.
 */
final class Utf8Text {
    private static final int BUFFER = 64 * 1024;

    /** Receives the decoded text, chunk by chunk; the array is reused after the call. */
    interface Chunks {
        void accept(char[] chars, int offset, int length);
    }

    /** How the decoding went. */
    record Result(long bytes, long chars, long malformed, long firstMalformedAt) {
    }

    private Utf8Text() {
    }

    static Result read(InputStream in, Chunks sink) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] raw = new byte[BUFFER];
        ByteBuffer bytes = ByteBuffer.wrap(raw).limit(0); // holds the bytes read but not yet decoded
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long consumed = 0; // bytes decoded before the buffer's start
        long malformed = 0;
        long first = -1;
        long charCount = 0;
        boolean eof = false;
        while (!eof) {
            int n = in.read(raw, bytes.limit(), raw.length - bytes.limit());
            if (n < 0) eof = true;
            else bytes.limit(bytes.limit() + n);
            while (true) {
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    if (first < 0) first = consumed + bytes.position();
                    malformed++;
                    bytes.position(bytes.position() + r.length());
                    if (!chars.hasRemaining()) charCount += drain(chars, sink);
                    chars.put('\uFFFD');
                    continue;
                }
                if (r.isOverflow()) {
                    charCount += drain(chars, sink);
                    continue;
                }
                break; // underflow: needs more bytes
            }
            // keep an incomplete sequence at the end for the next read
            consumed += bytes.position();
            bytes.compact().flip();
        }
        decoder.flush(chars);
        charCount += drain(chars, sink);
        return new Result(consumed + bytes.remaining(), charCount, malformed, first);
    }

    private static int drain(CharBuffer chars, Chunks sink) {
        chars.flip();
        int n = chars.remaining();
        if (n > 0) sink.accept(chars.array(), chars.arrayOffset() + chars.position(), n);
        chars.clear();
        return n;
    }
}
