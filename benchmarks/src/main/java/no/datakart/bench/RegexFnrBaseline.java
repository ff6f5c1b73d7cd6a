package no.datakart.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.fnr.FnrDetector;
import no.datakart.patterns.fnr.FnrRules;
import no.datakart.patterns.text.CharSource;

/**
 * The yardstick for {@link FnrDetector}: the same candidates and the same checks, written the plain way
 * with one {@link java.util.regex} pattern run over a whole text. Every match is validated with
 * {@link FnrRules#verdict}, and for each valid one the context words on both sides are read with a
 * {@link ContextScanner}, so the work per valid number is comparable to the detector's.
 *
 * <p>It does not score: no density check of look-alikes nearby, no confidence, no column headers. Those
 * cost the detector little (they run only on candidates) and would need state a regex cannot keep.
 * Its output therefore equals the detector's at {@code minConfidence = LOW}, where nothing is dropped.
 *
 * <p>Not thread-safe: the matcher and context buffers are reused from text to text.
 */
public final class RegexFnrBaseline {

    /** One number found: its kind, its span, how it was written, and the context words around it. */
    public record Hit(IdentifierType type, int start, int end, NumberShape shape, Evidence context) {
    }

    // --- the pattern, built from named pieces so each boundary rule reads as the detector states it ---

    private static final String DIGIT = "[0-9]";
    /** A separator between digit groups: space, hyphen, dot and the Unicode spaces and hyphen of {@code Chars}. */
    private static final String SEP = "[ .\\-\\x{00A0}\\x{202F}\\x{2007}\\x{2009}\\x{2011}]";
    /** The separators that are spaces: the only ones that set an 11-digit group apart inside a run. */
    private static final String SPACE = "[ \\x{00A0}\\x{202F}\\x{2007}\\x{2009}]";
    /**
     * A letter, one UTF-16 unit at a time as the detector tests it: a letter outside the BMP (a surrogate
     * pair) does not count. Lookbehind already sees one unit; lookahead would see the whole pair.
     */
    private static final String LETTER = "[\\p{L}&&[\\x{0}-\\x{FFFF}]]";

    /** A run starts here: no digit, or digit and separator, before; and no letter glued to it. */
    private static final String RUN_START = "(?<!" + DIGIT + ")(?<!" + DIGIT + SEP + ")(?<!" + LETTER + ")";
    /** A run ends here: no digit, or separator and digit, after; and no letter glued to it. */
    private static final String RUN_END = "(?!" + DIGIT + ")(?!" + SEP + DIGIT + ")(?!" + LETTER + ")";
    /** Another group of the same run follows after a space. */
    private static final String SPACE_THEN_GROUP = "(?=" + SPACE + DIGIT + ")";

    private static final String ELEVEN = DIGIT + "{11}";
    /** A whole run shaped like a number of the family: 11, 6+5, 2-2-2-5 or 2-2-2-3-2 digits. */
    private static final String WHOLE_SHAPES = "(?:" + ELEVEN
            + "|" + DIGIT + "{6}" + SEP + DIGIT + "{5}"
            + "|" + DIGIT + "{2}" + SEP + DIGIT + "{2}" + SEP + DIGIT + "{2}" + SEP
            + "(?:" + DIGIT + "{5}|" + DIGIT + "{3}" + SEP + DIGIT + "{2}))";

    /**
     * Group 1: a whole run of a family shape. Group 2: 11 digits opening a longer run. Group 3: 11 digits
     * later in a run, after a space, and either closing it or followed by a space and more groups.
     * The leading lookahead only makes the common case (not a digit) fail at once.
     */
    static final Pattern CANDIDATES = Pattern.compile("(?=" + DIGIT + ")(?:"
            + RUN_START + "(?:(" + WHOLE_SHAPES + ")" + RUN_END + "|(" + ELEVEN + ")" + SPACE_THEN_GROUP + ")"
            + "|(?<=" + DIGIT + SPACE + ")(" + ELEVEN + ")(?:" + SPACE_THEN_GROUP + "|" + RUN_END + "))");

    private final Matcher matcher = CANDIDATES.matcher("");
    private final ContextScanner context;
    private final StringBuilder digits = new StringBuilder(11);

    public RegexFnrBaseline(DetectorSettings settings) {
        this.context = new ContextScanner(ContextLexicon.fromResource(ContextLexicon.LABELS),
                settings.contextBefore(), settings.contextAfter(), settings.labelDistance());
    }

    /** Every valid number in the text, in text order. */
    public List<Hit> findAll(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        CharSource source = null;
        matcher.reset(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            int verdict = FnrRules.verdict(FnrRules.pack(digitsOf(text, start, end)));
            if (verdict == 0) continue;
            if (source == null) source = CharSource.of(text);
            Evidence around = context.before(source, start, 0).or(context.after(source, end, Long.MAX_VALUE));
            hits.add(new Hit(FnrRules.type(verdict), start, end, shape(end - start), around));
        }
        return hits;
    }

    /** The digits of a match without its separators, in a reused buffer: 11 of them by construction. */
    private CharSequence digitsOf(CharSequence text, int start, int end) {
        digits.setLength(0);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
        }
        return digits;
    }

    private NumberShape shape(int length) {
        if (matcher.start(1) < 0) return NumberShape.IN_RUN;
        return switch (length) {
            case 11 -> NumberShape.CONTIGUOUS;
            case 12 -> NumberShape.SPLIT;
            default -> NumberShape.GROUPED;
        };
    }
}
