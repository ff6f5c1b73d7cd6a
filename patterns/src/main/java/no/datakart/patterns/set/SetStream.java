package no.datakart.patterns.set;

import java.util.ArrayList;
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
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.DigitTokens;
import no.datakart.patterns.text.TextWindow;

/** A stream through a {@link DetectorSet}: one window, one digit-run scan, every matcher, one arbiter. */
final class SetStream extends ChunkedStream {
    private static final int IBAN_PREFIX = 2; // an IBAN's span starts at its country code, before its run

    private final TextWindow window = new TextWindow();
    private final ContextScanner context;
    private final FnrMatcher fnr;          // null when no type of the family is asked for
    private final NumberMatcher numbers;   // null when no other number is
    private final DigitRuns runs;
    private final CategoryCounter categories; // null when categories are not counted
    private final EmailScanner emails;        // null when e-mail is not asked for
    private final AddressScanner addresses;   // null when addresses are not asked for
    private final PlateScanner plates;        // null when plates are not asked for
    private final MrzScanner passports;       // null when passports are not asked for
    private final LetterIbanScanner letterIbans; // null when IBANs are not asked for
    private final DigitTokens tokens;         // short digit runs, for addresses, plates and IBANs; or null
    private final ColumnHeaders columns;
    private final SpanArbiter arbiter;

    SetStream(ContextLexicon lexicon, DetectorSettings settings, boolean withFnr, List<NumberRule> rules,
              Set<IdentifierType> types, CategoryCounter categories, PostalRegister postal, FindingSink sink) {
        this.categories = categories;
        this.context = new ContextScanner(lexicon, settings.contextBefore(), settings.contextAfter(),
                settings.labelDistance());
        this.arbiter = new SpanArbiter(types, sink);
        this.columns = new ColumnHeaders(context, window);
        this.emails = types.contains(IdentifierType.EPOST) ? new EmailScanner(window, arbiter) : null;
        this.addresses = types.contains(IdentifierType.ADRESSE) ? new AddressScanner(postal, window, arbiter) : null;
        this.plates = types.contains(IdentifierType.KJENNEMERKE)
                ? new PlateScanner(window, context, lexicon.maskOrZero("kjennemerke"), settings, arbiter) : null;
        this.letterIbans = types.contains(IdentifierType.IBAN) ? new LetterIbanScanner(window, arbiter) : null;
        List<DigitTokens.Listener> hear = new ArrayList<>();
        if (addresses != null) hear.add(addresses);
        if (plates != null) hear.add(plates);
        if (letterIbans != null) hear.add(letterIbans);
        DigitTokens.Listener[] all = hear.toArray(DigitTokens.Listener[]::new);
        DigitTokens.Listener heard = all.length == 0 ? null : all.length == 1 ? all[0] : (s, e, b) -> {
            for (DigitTokens.Listener l : all) l.token(s, e, b);
        };
        this.tokens = heard == null ? null : new DigitTokens(5, heard);
        this.passports = types.contains(IdentifierType.PASS_MRZ) ? new MrzScanner(window, arbiter) : null;
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
        this.runs = new DigitRuns(listener == null ? 64 : minRun, withFnr ? Set.of(11) : Set.of(),
                listener == null ? (run, ended) -> { } : listener);
    }

    @Override
    protected void chunk(char[] chars, int offset, int length) {
        long start = runs.position();
        window.begin(chars, offset, length, start);
        if (categories != null) categories.feed(chars, offset, length);
        if (emails != null) emails.feed(chars, offset, length, start);
        if (addresses != null) addresses.beginChunk();
        if (letterIbans != null) letterIbans.beginChunk();
        if (tokens != null) tokens.feed(chars, offset, length, start);
        if (passports != null) passports.feed(chars, offset, length, start);
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
        runs.boundary();
        columns.boundary();
        if (categories != null) categories.boundary();
        if (emails != null) emails.boundary();
        if (tokens != null) tokens.boundary(window.limit());
        if (addresses != null) addresses.boundary();
        if (letterIbans != null) letterIbans.boundary();
        if (passports != null) passports.boundary();
        long at = runs.position();
        if (fnr != null) fnr.cell(tags, at);
        if (numbers != null) numbers.cell(tags, at);
        if (plates != null) plates.cell(at);
    }

    @Override
    protected void end() {
        runs.boundary();
        columns.boundary();
        if (categories != null) categories.boundary();
        if (emails != null) emails.boundary();
        if (tokens != null) tokens.boundary(window.limit());
        if (addresses != null) addresses.boundary();
        if (letterIbans != null) letterIbans.boundary();
        if (passports != null) passports.boundary();
        drain(true);
        arbiter.releaseAll();
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
        if (emails != null) s = Math.min(s, emails.settled(at));
        if (addresses != null) s = Math.min(s, addresses.settled(at));
        if (tokens != null) s = Math.min(s, tokens.openStart(at) - 80); // a street before an open postnummer
        if (passports != null) s = Math.min(s, passports.settled(at));
        if (letterIbans != null) s = Math.min(s, letterIbans.settled(at));
        return s;
    }

    @Override
    protected void restart() {
        runs.reset();
        window.reset();
        if (fnr != null) fnr.reset();
        if (numbers != null) numbers.reset();
        arbiter.reset();
        columns.reset();
        if (categories != null) categories.reset();
        if (emails != null) emails.reset();
        if (addresses != null) addresses.reset();
        if (plates != null) plates.reset();
        if (passports != null) passports.reset();
        if (letterIbans != null) letterIbans.reset();
        if (tokens != null) tokens.reset();
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
