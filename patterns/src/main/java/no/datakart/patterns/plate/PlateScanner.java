package no.datakart.patterns.plate;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.context.ContextScore;
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.text.DigitTokens;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;

/**
 * Norwegian vehicle registration plates: two capital letters and four or five digits ({@code EL 48213},
 * {@code KJ45107}). The shape is everywhere (product codes, room numbers), so a plate starts low and is
 * reported only when a word says so ({@code reg.nr}, {@code kjennemerke}, {@code skilt}) — before it on
 * its line, or as its column's header.
 */
public final class PlateScanner implements DigitTokens.Listener, StreamPart {
    static final double BASE = 0.25;

    private final TextWindow text;
    private final ContextScanner context;
    private final int own;
    private final DetectorSettings settings;
    private final FindingSink sink;
    private long cellStart;

    public PlateScanner(TextWindow text, ContextScanner context, int ownTags, DetectorSettings settings,
                        FindingSink sink) {
        this.text = text;
        this.context = context;
        this.own = ownTags;
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void token(long start, long end, char before) {
        long n = end - start;
        if (n < 4 || n > 5) return;
        if (end < text.limit() && Character.isLetterOrDigit(text.charAt(end))) return;
        long letters = before == ' ' ? start - 3 : start - 2; // EL 48213 or EL48213
        if (letters < text.first() || letters < cellStart) return;
        char a = text.charAt(letters);
        char b = text.charAt(letters + 1);
        if (!isCapital(a) || !isCapital(b) || before != ' ' && before != b) return;
        if (letters > text.first() && Character.isLetterOrDigit(text.charAt(letters - 1))) return;
        Evidence e = context.before(text, letters, cellStart);
        double s = BASE + ContextScore.of(own, 0, e, Evidence.EMPTY);
        s = Math.round(Math.min(1.0, Math.max(0.01, s)) * 100) / 100.0;
        Confidence level = Confidence.of(s);
        if (!level.atLeast(settings.minConfidence())) return;
        StringBuilder v = new StringBuilder(7).append(a).append(b);
        for (long p = start; p < end; p++) v.append(text.charAt(p));
        sink.accept(new Finding(IdentifierType.KJENNEMERKE, letters, end, s, level, v.toString(), null));
    }

    @Override
    public void feed(CharMasks chunk) {
        // the plates come from the tokens
    }

    /** A cell boundary at the end of what was fed: context is not read across it. */
    @Override
    public void boundary() {
        cellStart = text.limit();
    }

    @Override
    public void reset() {
        cellStart = 0;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
