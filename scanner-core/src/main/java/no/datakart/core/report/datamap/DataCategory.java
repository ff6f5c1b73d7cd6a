package no.datakart.core.report.datamap;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import no.datakart.core.index.IndexedPart;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * A category of personal data as a record of processing activities (GDPR art. 30(1)(c)) names it. A part
 * belongs to every category it holds: to those of the identifier types found in it, to {@link #CHILDREN}
 * if an identity number in it is a child's, and to one per {@link Category} its words show.
 * {@link IdentifierType#ORGANISASJONSNUMMER} and {@link IdentifierType#SYNTHETIC} are no person's data and
 * belong to none.
 */
public enum DataCategory {
    IDENTITY_NUMBERS(Protection.IDENTITY_NUMBER, EnumSet.of(IdentifierType.FODSELSNUMMER, IdentifierType.D_NUMMER,
            IdentifierType.H_NUMMER, IdentifierType.FH_NUMMER, IdentifierType.DUF_NUMMER, IdentifierType.PASS_MRZ), null),
    CONTACT(Protection.ORDINARY, EnumSet.of(IdentifierType.TELEFON, IdentifierType.EPOST, IdentifierType.ADRESSE), null),
    FINANCIAL(Protection.ORDINARY, EnumSet.of(IdentifierType.KONTONUMMER, IdentifierType.IBAN, IdentifierType.BETALINGSKORT), null),
    VEHICLE(Protection.ORDINARY, EnumSet.of(IdentifierType.KJENNEMERKE), null),
    CHILDREN(Protection.CHILDREN, EnumSet.noneOf(IdentifierType.class), null),
    HEALTH(Category.HELSE),
    CHILD_WELFARE(Category.BARNEVERN),
    SOCIAL(Category.SOSIAL),
    EDUCATION(Category.OPPLAERING),
    CRIMINAL(Category.STRAFF),
    TRADE_UNION(Category.FAGFORENING),
    RELIGION(Category.RELIGION),
    ETHNICITY(Category.ETNISITET),
    SEXUALITY(Category.SEKSUALITET),
    BIOMETRIC_GENETIC(Category.BIOMETRI_GENETIKK),
    POLITICAL(Category.POLITIKK);

    private final Protection protection;
    private final Set<IdentifierType> types;
    private final Category category;

    DataCategory(Protection protection, Set<IdentifierType> types, Category category) {
        this.protection = protection;
        this.types = types;
        this.category = category;
    }

    DataCategory(Category category) {
        // art. 10 is apart from art. 9 in law and in the legal bases it allows; the rest the enum tells
        this(!category.isSpecial() ? Protection.CONFIDENTIAL : category == Category.STRAFF ? Protection.CRIMINAL
                : Protection.SPECIAL, EnumSet.noneOf(IdentifierType.class), category);
    }

    public Protection protection() {
        return protection;
    }

    /** Whether it is a special category of GDPR art. 9 or 10 ({@link Category#isSpecial()}). */
    public boolean isSpecial() {
        return category != null && category.isSpecial();
    }

    /** The identifier types that put a part in it; empty for {@link #CHILDREN} and the categories of words. */
    public Set<IdentifierType> types() {
        return java.util.Collections.unmodifiableSet(types);
    }

    /** The category of words it stands for, or null. */
    public Category category() {
        return category;
    }

    /** Whether the part holds data of this category. */
    public boolean holds(IndexedPart part) {
        if (this == CHILDREN) return part.childData();
        if (category != null) return part.categories().contains(category);
        for (IdentifierType t : types) if (part.counts().getOrDefault(t, 0) > 0) return true;
        return false;
    }

    /**
     * The findings of the part this category counts: those of its own types; for {@link #CHILDREN} and the
     * categories of words, which no type makes, all of the part's findings of a person's data.
     */
    public int findingsIn(IndexedPart part) {
        if (types.isEmpty()) return personFindings(part);
        int n = 0;
        for (IdentifierType t : types) n += part.counts().getOrDefault(t, 0);
        return n;
    }

    /** Every category the part holds; empty for a part with no personal data found. */
    public static Set<DataCategory> of(IndexedPart part) {
        Set<DataCategory> out = EnumSet.noneOf(DataCategory.class);
        for (DataCategory c : values()) if (c.holds(part)) out.add(c);
        return out;
    }

    /** The part's findings of a person's data: all types but organisation numbers and synthetic test numbers. */
    public static int personFindings(IndexedPart part) {
        int n = 0;
        for (Map.Entry<IdentifierType, Integer> e : part.counts().entrySet()) if (e.getKey().isPerson()) n += e.getValue();
        return n;
    }
}
