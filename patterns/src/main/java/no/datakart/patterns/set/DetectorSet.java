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
import no.datakart.patterns.address.PostalRegister;
import no.datakart.patterns.category.CategoryCounter;
import no.datakart.patterns.category.CategoryLexicon;
import no.datakart.patterns.context.ContextLexicon;
import no.datakart.patterns.number.BetalingskortRule;
import no.datakart.patterns.number.DufNummerRule;
import no.datakart.patterns.number.IbanRule;
import no.datakart.patterns.number.KontonummerRule;
import no.datakart.patterns.number.NumberRule;
import no.datakart.patterns.number.OrganisasjonsnummerRule;
import no.datakart.patterns.number.TelefonRule;

/**
 * The detectors a scan runs, over each text once: identifiers, and the sensitive categories of the
 * text. Which types it reports, whether it counts categories and the confidence floor are settings. Thread-safe; each stream it opens is for one thread and one text.
 */
public final class DetectorSet implements Detector {
    private final DetectorSettings settings;
    private final Set<IdentifierType> types;
    private final ContextLexicon lexicon;
    private final CategoryLexicon categories; // null: categories are not counted
    private final PostalRegister postal;

    /** Every type, and the categories. */
    public DetectorSet(DetectorSettings settings) {
        this(settings, EnumSet.allOf(IdentifierType.class), true);
    }

    /**
     * @param types      the identifier types to report
     * @param categories whether to count the sensitive categories of each text
     */
    public DetectorSet(DetectorSettings settings, Set<IdentifierType> types, boolean categories) {
        this(settings, types, categories, PostalRegister.defaults());
    }

    /** As above, with a postal register of one's own (a newer copy of Bring's file). */
    public DetectorSet(DetectorSettings settings, Set<IdentifierType> types, boolean categories,
                       PostalRegister postal) {
        if (types.isEmpty() && !categories) throw new IllegalArgumentException("nothing to detect");
        this.settings = settings;
        this.types = Set.copyOf(types);
        this.lexicon = ContextLexicon.fromResource(ContextLexicon.LABELS);
        this.categories = categories ? CategoryLexicon.defaults() : null;
        this.postal = postal;
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
        return new SetStream(lexicon, settings, fnr, rules(), types,
                categories == null ? null : new CategoryCounter(categories), postal, sink);
    }

    /** A fresh set of rules for one stream: rules keep scratch buffers. */
    private List<NumberRule> rules() {
        List<NumberRule> rules = new ArrayList<>();
        for (NumberRule r : List.of(new KontonummerRule(), new IbanRule(), new OrganisasjonsnummerRule(),
                new BetalingskortRule(), new TelefonRule(), new DufNummerRule())) {
            if (types.contains(r.type())) rules.add(r);
        }
        return rules;
    }
}
