package no.datakart.patterns.number;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.NumberDetails;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.context.ColumnHeaders;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.context.ContextScore;
import no.datakart.patterns.context.Density;
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.ReusedQueue;
import no.datakart.patterns.text.TextWindow;

/**
 * Turns whole digit runs into findings of the {@link NumberRule}s it runs: each rule names the shapes
 * and the check, this class scores what passes by shape, context words, column header and the density of
 * failing look-alikes of the same rule nearby, the way the fødselsnummer matcher does. A finding waits
 * until the words after it and its neighbours are known, then goes out in text order.
 */
public final class NumberMatcher implements DigitRuns.Listener, NumberRule.Shapes {

    static final double NOISE = -0.3;

    private final NumberRule[] rules;
    private final int[] own;          // per rule: the mask of its context tags
    private final long[] totals;      // per rule: the digit totals of the runs it examines
    private final long[] groups;      // per rule: the group lengths it hears mid-run (bit n: n digits)
    private final TextWindow text;
    private final ContextScanner context;
    private final DetectorSettings settings;
    private final FindingSink sink;

    // per rule, every run of its shapes, passed or not, for the density check
    private final Density[] density;

    private final ReusedQueue<Pending> pending = new ReusedQueue<>(Pending::new);

    private int rule;        // the rule being examined
    private int header;      // tags of the current column header
    private ColumnHeaders columns; // the headers of delimiter-separated text, or null
    private long cellStart;

    public NumberMatcher(List<NumberRule> rules, ContextLexicon lexicon, TextWindow text, ContextScanner context,
                         DetectorSettings settings, FindingSink sink) {
        this.rules = rules.toArray(NumberRule[]::new);
        this.own = new int[this.rules.length];
        this.totals = new long[this.rules.length];
        this.groups = new long[this.rules.length];
        for (int r = 0; r < own.length; r++) {
            totals[r] = this.rules[r].digitTotals();
            own[r] |= this.rules[r].shapes();
            for (int n : this.rules[r].groupLengths()) groups[r] |= n < 64 ? 1L << n : 0;
        }
        for (int r = 0; r < own.length; r++) {
            for (String tag : this.rules[r].tags()) own[r] |= lexicon.maskOrZero(tag);
        }
        this.text = text;
        this.context = context;
        this.settings = settings;
        this.sink = sink;
        this.density = new Density[this.rules.length];
        for (int r = 0; r < density.length; r++) density[r] = new Density();
    }

    /** The shortest run any of the rules needs. */
    public static int minRunChars(List<NumberRule> rules) {
        return rules.stream().mapToInt(NumberRule::minRunChars).min().orElse(Integer.MAX_VALUE);
    }

    /** The group lengths inside longer runs that the rules want to hear. */
    public static Set<Integer> groupLengths(List<NumberRule> rules) {
        Set<Integer> lengths = new HashSet<>();
        for (NumberRule r : rules) lengths.addAll(r.groupLengths());
        return lengths;
    }

    @Override
    public void groupEnded(DigitRuns run, boolean runEnded) {
        int length = run.length(run.groupCount() - 1);
        if (length < 64) {
            for (rule = 0; rule < rules.length; rule++) {
                if ((groups[rule] >>> length & 1) != 0) rules[rule].examineGroup(run, text, this);
            }
        }
        if (!runEnded) return;
        int total = Math.min(63, run.digitTotal());
        for (rule = 0; rule < rules.length; rule++) {
            if ((totals[rule] >>> total & 1) != 0) rules[rule].examine(run, text, this);
        }
    }

    @Override
    public void shape(long start, long end, String value, NumberShape shape, double base) {
        long seq = density[rule].add(end, value != null);
        if (value == null) return;
        Pending p = pending.addLast();
        p.rule = rule;
        p.start = start;
        p.end = end;
        p.value = value;
        p.shape = shape;
        p.base = base;
        p.seq = seq;
        p.header = headerAt(start);
        p.before = context.before(text, start, cellStart);
        p.after = Evidence.EMPTY;
        p.afterRead = p.before.labelled();
        if (!p.afterRead && end + settings.contextAfter() <= text.limit()) readAfter(p, Long.MAX_VALUE);
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
            if (!p.afterRead) readAfter(p, position);
        }
        header = headerTags;
        cellStart = position;
    }

    /** Reports the findings whose surroundings are known. */
    public void drain(long scanned, boolean finishing) {
        for (int i = 0; i < pending.size(); i++) { // by index: no iterator on the hot path
            Pending p = pending.get(i);
            if (!p.afterRead && (finishing || p.end + settings.contextAfter() <= text.limit())) {
                readAfter(p, Long.MAX_VALUE);
            }
        }
        while (pending.size() > 0) {
            Pending p = pending.get(0);
            if (!p.afterRead) return;
            if (!finishing && !density[p.rule].known(p.seq, p.end, scanned)) return;
            emit(pending.removeFirst());
        }
    }

    /** The start of the first finding still to come: nothing before it will be reported any more. */
    public long settled(long scanned) {
        return pending.size() > 0 ? pending.get(0).start : scanned;
    }

    public void reset() {
        pending.clear();
        for (Density d : density) d.reset();
        header = 0;
        cellStart = 0;
    }

    private void readAfter(Pending p, long ceiling) {
        p.after = context.after(text, p.end, ceiling);
        p.afterRead = true;
        if ((own[p.rule] & Evidence.CONTACT_LINE_BIT) != 0 && !p.before.labelled() && !p.after.labelled()
            && context.emailOnLine(text, p.start, p.end)) {
            p.after = Evidence.of(p.after.label(), p.after.seen() | Evidence.CONTACT_LINE_BIT);
        }
    }

    private void emit(Pending p) {
        int mine = own[p.rule];
        double s = p.base + ContextScore.of(mine, p.header, p.before, p.after);
        if (density[p.rule].noise(p.seq, p.end)) s += NOISE;
        s = Math.round(Math.min(1.0, Math.max(0.01, s)) * 100) / 100.0;
        Confidence level = Confidence.of(s);
        if (!level.atLeast(settings.minConfidence())) return;
        sink.accept(new Finding(rules[p.rule].type(), p.start, p.end, s, level, p.value, new NumberDetails(p.shape)));
    }

    private static final class Pending {
        int rule;
        long start;
        long end;
        String value;
        NumberShape shape;
        double base;
        long seq;
        int header;
        Evidence before;
        Evidence after;
        boolean afterRead;
    }
}
