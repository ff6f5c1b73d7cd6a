package no.datakart.patterns.fnr;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/** A stream through the fødselsnummer detector: window, digit runs, matcher. */
final class FnrStream implements DetectionStream {
    /** The shortest fødselsnummer as written: 11 contiguous digits. */
    private static final int MIN_CHARS = 11;
    private static final int BLOCK = 8192;

    private final ContextScanner context;
    // a spreadsheet repeats its few headers once a row: classify each once
    private final Map<String, Integer> headerTags = new HashMap<>();
    private final TextWindow window = new TextWindow();
    private final FnrMatcher matcher;
    private final DigitRuns runs;
    private char[] block; // for feed(CharSequence), made on first use
    private boolean finished;

    FnrStream(ContextLexicon lexicon, DetectorSettings settings, FindingSink sink) {
        this.context = new ContextScanner(lexicon, settings.contextBefore(), settings.contextAfter(),
                settings.labelDistance());
        this.matcher = new FnrMatcher(window, context, lexicon.maskOrZero(FnrDetector.TAG), settings, sink);
        this.runs = new DigitRuns(MIN_CHARS, Set.of(11), matcher); // 11: a number inside a longer run
    }

    @Override
    public void feed(char[] chars, int offset, int length) {
        if (finished) throw new IllegalStateException("stream finished; reset() it for a new text");
        if (offset < 0 || length < 0 || offset + length > chars.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + chars.length);
        }
        if (length == 0) return;
        window.begin(chars, offset, length, runs.position());
        runs.feed(chars, offset, length);
        matcher.drain(runs.position(), false);
        window.end();
    }

    @Override
    public void feed(CharSequence text) {
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
    public void cell(CharSequence columnHeader) {
        if (columnHeader == null) {
            boundary(0);
            return;
        }
        if (headerTags.size() > 1024) headerTags.clear(); // bounded, whatever the input
        boundary(headerTags.computeIfAbsent(columnHeader.toString(), context::classify));
    }

    @Override
    public void freeText() {
        boundary(0);
    }

    private void boundary(int headerTags) {
        runs.boundary();
        matcher.cell(headerTags, runs.position());
    }

    @Override
    public void finish() {
        if (finished) return;
        runs.boundary();
        matcher.drain(runs.position(), true);
        finished = true;
    }

    @Override
    public void reset() {
        runs.reset();
        window.reset();
        matcher.reset();
        finished = false;
    }

    @Override
    public long position() {
        return runs.position();
    }
}
