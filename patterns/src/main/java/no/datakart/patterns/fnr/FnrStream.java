package no.datakart.patterns.fnr;

import java.util.Set;

import no.datakart.patterns.ChunkedStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/** A stream through the fødselsnummer detector: window, digit runs, matcher. */
final class FnrStream extends ChunkedStream {
    /** The shortest fødselsnummer as written: 11 contiguous digits. */
    private static final int MIN_CHARS = 11;

    private final ContextScanner context;
    private final TextWindow window = new TextWindow();
    private final FnrMatcher matcher;
    private final DigitRuns runs;

    FnrStream(ContextLexicon lexicon, DetectorSettings settings, FindingSink sink) {
        this.context = new ContextScanner(lexicon, settings.contextBefore(), settings.contextAfter(),
                settings.labelDistance());
        this.matcher = new FnrMatcher(window, context, lexicon.maskOrZero(FnrDetector.TAG), settings, sink);
        this.runs = new DigitRuns(MIN_CHARS, Set.of(11), matcher); // 11: a number inside a longer run
    }

    @Override
    protected void chunk(char[] chars, int offset, int length) {
        window.begin(chars, offset, length, runs.position());
        runs.feed(chars, offset, length);
        matcher.drain(runs.position(), false);
        window.end();
    }

    @Override
    protected int classify(String header) {
        return context.classify(header);
    }

    @Override
    protected void boundary(int headerTags) {
        runs.boundary();
        matcher.cell(headerTags, runs.position());
    }

    @Override
    protected void end() {
        runs.boundary();
        matcher.drain(runs.position(), true);
    }

    @Override
    protected void restart() {
        runs.reset();
        window.reset();
        matcher.reset();
    }

    @Override
    public long position() {
        return runs.position();
    }
}
