package no.datakart.patterns;

import java.util.HashMap;
import java.util.Map;

/**
 * What every {@link DetectionStream} does alike: checks its arguments, cuts a {@link CharSequence} into
 * chunks, classifies each column header once, and refuses text after {@link #finish()} until
 * {@link #reset()}. A subclass reads the chunks and says what a boundary and the end mean to it.
 */
public abstract class ChunkedStream implements DetectionStream {
    private static final int BLOCK = 8192;
    private static final int MAX_HEADERS = 1024;

    // a spreadsheet repeats its few headers once a row: classify each once, bounded whatever the input
    private final Map<String, Integer> headerTags = new HashMap<>();
    private char[] block; // for feed(CharSequence), made on first use
    private boolean finished;

    /** The next chunk of the text, never empty; the array may be reused once this returns. */
    protected abstract void chunk(char[] chars, int offset, int length);

    /** A cell boundary or the start of running text, under a header with these context tags (0: none). */
    protected abstract void boundary(int headerTags);

    /** The context tags of a column header. */
    protected abstract int classify(String header);

    /** The text ended: report what is still pending. */
    protected abstract void end();

    /** Forget the text, for a new one from offset 0. */
    protected abstract void restart();

    @Override
    public final void feed(char[] chars, int offset, int length) {
        if (finished) throw new IllegalStateException("stream finished; reset() it for a new text");
        if (offset < 0 || length < 0 || offset + length > chars.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + chars.length);
        }
        if (length > 0) chunk(chars, offset, length);
    }

    @Override
    public final void feed(CharSequence text) {
        if (block == null) block = new char[BLOCK];
        int n = text.length();
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            if (text instanceof String s) {
                s.getChars(from, from + len, block, 0);
            } else {
                for (int i = 0; i < len; i++) block[i] = text.charAt(from + i);
            }
            feed(block, 0, len);
        }
    }

    @Override
    public final void cell(CharSequence columnHeader) {
        if (columnHeader == null) {
            boundary(0);
            return;
        }
        if (headerTags.size() > MAX_HEADERS) headerTags.clear();
        boundary(headerTags.computeIfAbsent(columnHeader.toString(), this::classify));
    }

    @Override
    public final void freeText() {
        boundary(0);
    }

    @Override
    public final void finish() {
        if (finished) return;
        end();
        finished = true;
    }

    @Override
    public final void reset() {
        restart();
        finished = false;
    }

    /** Whether {@link #finish()} has been called since the last reset. */
    protected final boolean finished() {
        return finished;
    }
}
