package no.datakart.patterns.fnr;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Detector;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.context.ContextLexicon;

/**
 * Finds numbers of the fødselsnummer family: fødselsnummer, D-, H- and FH-nummer and the synthetic
 * test numbers, by either check-digit rule (spec §1).
 */
public final class FnrDetector implements Detector {
    /** The section of the context lexicon that names numbers of this family (spec §1.4). */
    public static final String TAG = "fnr";

    private final DetectorSettings settings;
    private final ContextLexicon lexicon;

    public FnrDetector(DetectorSettings settings) {
        this(settings, ContextLexicon.fromResource(ContextLexicon.LABELS));
    }

    public FnrDetector(DetectorSettings settings, ContextLexicon lexicon) {
        this.settings = settings;
        this.lexicon = lexicon;
    }

    public DetectorSettings settings() {
        return settings;
    }

    @Override
    public DetectionStream open(FindingSink sink) {
        return new FnrStream(lexicon, settings, sink);
    }
}
