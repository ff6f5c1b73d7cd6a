package no.datakart.patterns.set;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Detector;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.number.BetalingskortRule;
import no.datakart.patterns.number.IbanRule;
import no.datakart.patterns.number.KontonummerRule;
import no.datakart.patterns.number.NumberRule;
import no.datakart.patterns.number.OrganisasjonsnummerRule;

/**
 * The detectors a scan runs, over each text once. Which types it reports and the confidence floor are
 * settings. Thread-safe; each stream it opens is for one thread and one text.
 */
public final class DetectorSet implements Detector {
    private final DetectorSettings settings;
    private final Set<IdentifierType> types;
    private final ContextLexicon lexicon;

    /** Every type. */
    public DetectorSet(DetectorSettings settings) {
        this(settings, EnumSet.allOf(IdentifierType.class));
    }

    public DetectorSet(DetectorSettings settings, Set<IdentifierType> types) {
        if (types.isEmpty()) throw new IllegalArgumentException("no type to detect");
        this.settings = settings;
        this.types = Set.copyOf(types);
        this.lexicon = ContextLexicon.fromResource(ContextLexicon.LABELS);
    }

    public DetectorSettings settings() {
        return settings;
    }

    public Set<IdentifierType> types() {
        return types;
    }

    @Override
    public DetectionStream open(FindingSink sink) {
        boolean fnr = types.stream().anyMatch(IdentifierType::isFnrFamily);
        return new SetStream(lexicon, settings, fnr, rules(), types, sink);
    }

    /** A fresh set of rules for one stream: rules keep scratch buffers. */
    private List<NumberRule> rules() {
        List<NumberRule> rules = new ArrayList<>();
        for (NumberRule r : List.of(new KontonummerRule(), new IbanRule(), new OrganisasjonsnummerRule(),
                new BetalingskortRule())) {
            if (types.contains(r.type())) rules.add(r);
        }
        return rules;
    }
}
