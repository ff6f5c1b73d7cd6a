package no.datakart.core.report.datamap;

import java.util.Locale;

import no.datakart.core.report.Labels;

/**
 * The columns of the data map's CSV and of the DPO's file, each with its heading under
 * {@code column.<key>} in the {@code datamap} labels. The DPO's file is read back by these headings, in
 * any language Datakart writes.
 */
enum Column {
    LEVEL("level"),
    CATEGORY_KEY("categoryKey"),
    CATEGORY("category"),
    PROTECTION("protection"),
    SOURCE("source"),
    DEPARTMENT("department"),
    TOP_FOLDER("topFolder"),
    DOCUMENTS("documents"),
    FINDINGS("findings"),
    PERSONS("persons"),
    PERSONS_AT_LEAST("personsAtLeast"),
    DOCUMENTS_WITH_CHILDREN("documentsWithChildren"),
    OLDEST("oldest"),
    NEWEST("newest"),
    PURPOSE("purpose"),
    LEGAL_BASIS("legalBasis"),
    DATA_SUBJECTS("dataSubjects"),
    RECIPIENTS("recipients"),
    RETENTION("retention"),
    NOTE("note"),
    FIRST_FOUND("firstFound"),
    LAST_FOUND("lastFound"),
    GONE("gone");

    private final String key;

    Column(String key) {
        this.key = key;
    }

    String heading(Labels labels) {
        return labels.get("column." + key);
    }

    /** A heading as compared when read back: Excel or the DPO may have changed its case or spacing. */
    static String normal(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
