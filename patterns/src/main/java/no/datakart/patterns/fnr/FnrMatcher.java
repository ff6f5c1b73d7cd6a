package no.datakart.patterns.fnr;

import java.time.LocalDate;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.context.ColumnHeaders;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.context.ContextScore;
import no.datakart.patterns.context.Density;
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.text.Chars;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.ReusedQueue;
import no.datakart.patterns.text.TextWindow;

/**
 * Turns digit runs into fødselsnummer-family findings: picks the shapes a number takes in text,
 * validates them, and scores what passes by kind, shape, context words, column header and the density
 * of failing look-alikes around it. A finding waits until the text after it is known (context after,
 * density), then goes out in text order.
 */
public final class FnrMatcher implements DigitRuns.Listener {

    // base scores by kind, and what lowers or lifts them (see the README, "Confidence")
    static final double BASE_PERSON = 0.6;
    static final double BASE_H_OR_SYNTHETIC = 0.55;
    static final double BASE_FH = 0.3;
    static final double GROUPED = -0.2;
    static final double IN_RUN = -0.1;
    static final double RULE_2032_EARLY = -0.25;
    static final double FUTURE_BIRTH = -0.25;
    static final double NOISE = -0.3;

    private static final LocalDate RULE_2032_START = LocalDate.of(2032, 1, 1);

    private final TextWindow text;
    private final ContextScanner context;
    private final FindingSink sink;
    private final DetectorSettings settings;
    private final ReusedQueue<Pending> pending = new ReusedQueue<>(Pending::new);

    // every 11-digit candidate of a fødselsnummer shape, passed or not, for the density check
    private final Density density = new Density();

    private final int own;   // mask of the context tags that name this detector's numbers, and a name
    private int header;      // mask of the context tags in the current column header
    private ColumnHeaders columns; // the headers of delimiter-separated text, or null
    private long cellStart;  // context is not read across a cell boundary

    public FnrMatcher(TextWindow text, ContextScanner context, int ownTags, DetectorSettings settings, FindingSink sink) {
        this.own = ownTags | Evidence.PERSON_NAME_BIT; // a person's number follows a person's name
        this.text = text;
        this.context = context;
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void groupEnded(DigitRuns run, boolean runEnded) {
        int n = run.groupCount();
        int k = n - 1;
        // 11 digits set off by spaces inside a longer run: a number in a table row
        if (run.length(k) == 11 && (n > 1 || !runEnded)) {
            boolean left = k == 0 ? !Chars.isLetter(run.charBefore()) : Chars.isSpace(run.separatorBefore(k));
            boolean right = runEnded ? !Chars.isLetter(run.charAfter()) : Chars.isSpace(run.separatorAfter(k));
            if (left && right) candidate(run.start(k), run.end(k), run.digits(k), NumberShape.IN_RUN);
        }
        if (!runEnded || n > 5 || Chars.isLetter(run.charBefore()) || Chars.isLetter(run.charAfter())) return;
        switch (n) {
            case 1 -> {
                if (run.length(0) == 11) candidate(run.start(0), run.end(0), run.digits(0), NumberShape.CONTIGUOUS);
            }
            case 2 -> {
                if (run.length(0) == 6 && run.length(1) == 5) {
                    candidate(run.start(0), run.end(1), run.digits(0) << 20 | run.digits(1), NumberShape.SPLIT);
                }
            }
            case 4 -> {
                if (run.length(0) == 2 && run.length(1) == 2 && run.length(2) == 2 && run.length(3) == 5) {
                    long d = run.digits(0) << 36 | run.digits(1) << 28 | run.digits(2) << 20 | run.digits(3);
                    candidate(run.start(0), run.end(3), d, NumberShape.GROUPED);
                }
            }
            case 5 -> {
                if (run.length(0) == 2 && run.length(1) == 2 && run.length(2) == 2 && run.length(3) == 3
                    && run.length(4) == 2) {
                    long d = run.digits(0) << 36 | run.digits(1) << 28 | run.digits(2) << 20 | run.digits(3) << 8
                             | run.digits(4);
                    candidate(run.start(0), run.end(4), d, NumberShape.GROUPED);
                }
            }
            default -> {
            }
        }
    }

    private void candidate(long start, long end, long digits, NumberShape shape) {
        int verdict = FnrRules.verdict(digits);
        long seq = density.add(end, verdict != 0);
        if (verdict != 0) {
            Pending p = pending.addLast();
            p.set(start, end, digits, verdict, shape, seq, headerAt(start), context.before(text, start, cellStart));
            if (p.before.labelled()) p.afterRead = true; // a label names it: the words after do not count
            else if (end + settings.contextAfter() <= text.limit()) p.readAfter(context, text, Long.MAX_VALUE);
        }
        drain(end, false);
    }

    /** Reads the column headers of delimiter-separated text too, where no caller gives a cell's header. */
    public void readColumns(ColumnHeaders headers) {
        this.columns = headers;
    }

    private int headerAt(long position) {
        return header != 0 || columns == null ? header : columns.tagsAt(position);
    }

    /** A cell boundary at the current position: what follows is read under a new header. */
    public void cell(int headerTags, long position) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (!p.afterRead) p.readAfter(context, text, position);
        }
        header = headerTags;
        cellStart = position;
    }

    /**
     * Reports the findings whose surroundings are now known.
     *
     * @param scanned   everything before this offset has been scanned
     * @param finishing the text ended: report everything
     */
    public void drain(long scanned, boolean finishing) {
        for (int i = 0; i < pending.size(); i++) { // by index: no iterator on the hot path
            Pending p = pending.get(i);
            if (!p.afterRead && (finishing || p.end + settings.contextAfter() <= text.limit())) {
                p.readAfter(context, text, Long.MAX_VALUE);
            }
        }
        while (pending.size() > 0) {
            Pending p = pending.get(0);
            if (!p.afterRead) return;
            if (!finishing && !density.known(p.seq, p.end, scanned)) return;
            pending.removeFirst();
            emit(p);
        }
    }

    /** The start of the first finding still to come: nothing before it will be reported any more. */
    public long settled(long scanned) {
        return pending.size() > 0 ? pending.get(0).start : scanned;
    }

    public void reset() {
        pending.clear();
        density.reset();
        header = 0;
        cellStart = 0;
    }

    private void emit(Pending p) {
        IdentifierType type = FnrRules.type(p.verdict);
        CheckRule rule = FnrRules.rule(p.verdict);
        LocalDate today = settings.referenceDate();
        LocalDate birth = FnrRules.birthDate(p.digits, p.verdict);
        boolean future = birth != null && birth.isAfter(today);
        boolean child = birth != null && !future && birth.plusYears(18).isAfter(today);

        double s = switch (type) {
            case FODSELSNUMMER, D_NUMMER -> BASE_PERSON;
            case H_NUMMER, SYNTHETIC -> BASE_H_OR_SYNTHETIC;
            case FH_NUMMER -> BASE_FH;
            default -> throw new IllegalStateException("not of the family: " + type);
        };
        if (p.shape == NumberShape.GROUPED) s += GROUPED;
        if (p.shape == NumberShape.IN_RUN) s += IN_RUN;
        // before 2032 a 2032-style number cannot be a real person's
        if (rule == CheckRule.RULE_2032 && type.isPerson() && today.isBefore(RULE_2032_START)) s += RULE_2032_EARLY;
        if (future) s += FUTURE_BIRTH;
        s += ContextScore.of(own, p.header, p.before, p.after);
        if (density.noise(p.seq, p.end)) s += NOISE;
        s = Math.round(Math.min(1.0, Math.max(0.01, s)) * 100) / 100.0;

        Confidence level = Confidence.of(s);
        if (!level.atLeast(settings.minConfidence())) return;
        FnrDetails details = new FnrDetails(rule, FnrRules.synthetic(p.verdict), FnrRules.dayOffset(p.verdict),
                p.shape, birth, child);
        sink.accept(new Finding(type, p.start, p.end, s, level, FnrRules.unpack(p.digits), details));
    }

    /** A FIFO of findings waiting for their surroundings; grows as needed, never shrinks. */
    private static final class Pending {
        long start;
        long end;
        long digits;
        int verdict;
        NumberShape shape;
        long seq;
        int header;
        Evidence before;
        Evidence after;
        boolean afterRead;

        void set(long start, long end, long digits, int verdict, NumberShape shape, long seq, int header,
                 Evidence before) {
            this.start = start;
            this.end = end;
            this.digits = digits;
            this.verdict = verdict;
            this.shape = shape;
            this.seq = seq;
            this.header = header;
            this.before = before;
            this.after = Evidence.EMPTY;
            this.afterRead = false;
        }

        void readAfter(ContextScanner context, TextWindow text, long ceiling) {
            after = context.after(text, end, ceiling);
            afterRead = true;
        }
    }
}
