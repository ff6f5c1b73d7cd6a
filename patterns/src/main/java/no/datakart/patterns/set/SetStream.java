package no.datakart.patterns.set;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.datakart.patterns.ChunkedStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.address.AddressScanner;
import no.datakart.patterns.address.PostalRegister;
import no.datakart.patterns.category.CategoryCounter;
import no.datakart.patterns.category.DocumentCategories;
import no.datakart.patterns.context.ColumnHeaders;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.context.ContextScanner;
import no.datakart.patterns.email.EmailScanner;
import no.datakart.patterns.fnr.FnrDetector;
import no.datakart.patterns.fnr.FnrMatcher;
import no.datakart.patterns.mrz.MrzScanner;
import no.datakart.patterns.number.LetterIbanScanner;
import no.datakart.patterns.number.NumberMatcher;
import no.datakart.patterns.number.NumberRule;
import no.datakart.patterns.plate.PlateScanner;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.DigitTokens;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;

/** A stream through a {@link DetectorSet}: one window, one digit-run scan, every matcher, one arbiter. */
final class SetStream extends ChunkedStream {
    private static final int IBAN_PREFIX = 2; // an IBAN's span starts at its country code, before its run

    private final TextWindow window = new TextWindow();
    private final CharMasks masks = new CharMasks(); // the chunk's chars the scanners look for
    private final ContextScanner context;
    private final FnrMatcher fnr;          // null when no type of the family is asked for
    private final NumberMatcher numbers;   // null when no other number is
    private final DigitRuns runs;
    private final CategoryCounter categories; // null when categories are not counted
    // the scanners that see every chunk beside the digit-run scan, in the order they hear it
    private final StreamPart[] parts;
    private final ColumnHeaders columns;
    private final SpanArbiter arbiter;

    SetStream(ContextLexicon lexicon, DetectorSettings settings, boolean withFnr, List<NumberRule> rules,
              Set<IdentifierType> types, CategoryCounter categories, PostalRegister postal, FindingSink sink) {
        this.categories = categories;
        this.context = new ContextScanner(lexicon, settings.contextBefore(), settings.contextAfter(),
                settings.labelDistance());
        this.arbiter = new SpanArbiter(types, sink);
        this.columns = new ColumnHeaders(context, window, masks);
        List<StreamPart> scanners = new ArrayList<>();
        if (types.contains(IdentifierType.EPOST)) scanners.add(new EmailScanner(window, arbiter));
        // short digit runs: a postnummer, a plate's number, the check digits of an IBAN with letters
        List<DigitTokens.Listener> hear = new ArrayList<>();
        if (types.contains(IdentifierType.ADRESSE)) hear.add(new AddressScanner(postal, window, arbiter));
        if (types.contains(IdentifierType.IBAN)) hear.add(new LetterIbanScanner(window, arbiter));
        if (types.contains(IdentifierType.KJENNEMERKE)) {
            hear.add(new PlateScanner(window, context, lexicon.maskOrZero("kjennemerke"), settings, arbiter));
        }
        if (!hear.isEmpty()) {
            scanners.add(new DigitTokens(5, AddressScanner.REACH, window, DigitTokens.Listener.all(hear)));
            for (DigitTokens.Listener l : hear) scanners.add((StreamPart) l); // after it: their boundary follows its last token
        }
        if (types.contains(IdentifierType.PASS_MRZ)) scanners.add(new MrzScanner(window, arbiter));
        this.parts = scanners.toArray(StreamPart[]::new);
        this.fnr = withFnr
                ? new FnrMatcher(window, context, lexicon.maskOrZero(FnrDetector.TAG), settings, arbiter) : null;
        this.numbers = rules.isEmpty() ? null : new NumberMatcher(rules, lexicon, window, context, settings, arbiter);
        if (fnr != null) fnr.readColumns(columns);
        if (numbers != null) numbers.readColumns(columns);
        int minRun = Math.min(withFnr ? 11 : Integer.MAX_VALUE, NumberMatcher.minRunChars(rules));
        DigitRuns.Listener listener;
        if (fnr != null && numbers != null) {
            listener = (run, ended) -> {
                fnr.groupEnded(run, ended);
                numbers.groupEnded(run, ended);
            };
        } else {
            listener = fnr != null ? fnr : numbers;
        }
        // with no number to find, the runs are still scanned for the offsets; nobody listens
        Set<Integer> groups = new HashSet<>(NumberMatcher.groupLengths(rules));
        if (withFnr) groups.add(11); // a fødselsnummer inside a longer run
        this.runs = new DigitRuns(listener == null ? 64 : minRun, groups,
                listener == null ? (run, ended) -> { } : listener);
    }

    @Override
    protected void chunk(char[] chars, int offset, int length) {
        long start = runs.position();
        window.begin(chars, offset, length, start);
        masks.fill(chars, offset, length, start);
        if (categories != null) categories.feed(masks);
        for (StreamPart part : parts) part.feed(masks);
        runs.feed(chars, offset, length);
        drain(false);
        columns.scanTo(window.limit()); // the rest of the chunk, while it is in the window
        arbiter.release(settled());
        window.end();
    }

    @Override
    protected int classify(String header) {
        return context.classify(header);
    }

    @Override
    protected void boundary(int tags) {
        boundaries();
        long at = runs.position();
        if (fnr != null) fnr.cell(tags, at);
        if (numbers != null) numbers.cell(tags, at);
    }

    @Override
    protected void end() {
        boundaries();
        drain(true);
        arbiter.releaseAll();
    }

    /** Every scan hears that no word, number or line goes on past what has been fed. */
    private void boundaries() {
        runs.boundary();
        columns.boundary();
        if (categories != null) categories.boundary();
        for (StreamPart part : parts) part.boundary();
    }

    private void drain(boolean finishing) {
        long at = runs.position();
        if (fnr != null) fnr.drain(at, finishing);
        if (numbers != null) numbers.drain(at, finishing);
    }

    /** Nothing that starts before this is still to come. */
    private long settled() {
        long at = runs.position();
        long s = runs.openRunStart() - IBAN_PREFIX;
        if (fnr != null) s = Math.min(s, fnr.settled(at));
        if (numbers != null) s = Math.min(s, numbers.settled(at));
        for (StreamPart part : parts) s = Math.min(s, part.settled(at));
        return s;
    }

    @Override
    protected void restart() {
        runs.reset();
        window.reset();
        masks.clear();
        if (fnr != null) fnr.reset();
        if (numbers != null) numbers.reset();
        arbiter.reset();
        columns.reset();
        if (categories != null) categories.reset();
        for (StreamPart part : parts) part.reset();
    }

    @Override
    public DocumentCategories categories() {
        if (!finished()) throw new IllegalStateException("categories are known once the text is finished");
        return categories == null ? DocumentCategories.NONE : categories.result(arbiter.reportedPerson());
    }

    @Override
    public long position() {
        return runs.position();
    }
}
