package no.datakart.core.report.cleanup;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import no.datakart.core.report.AgeBucket;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * What a department is advised to do with a file on its list. The rule, first match wins:
 * <ol>
 *   <li>special or confidential categories (health, child welfare, social, ...) → {@link #ARCHIVE}: a case
 *       document belongs in the archive system (sak/arkiv), with access control, and the archive law may
 *       forbid deleting it, so age does not make it a deletion;</li>
 *   <li>no finding identifies a real person (organisation numbers, synthetic test numbers only) →
 *       {@link #REVIEW}: probably no personal data, a person should confirm and move on;</li>
 *   <li>last modified {@value #OLD_YEARS} years or more before the report → {@link #DELETE}: personal data
 *       kept longer than needed (GDPR art. 5(1)(e));</li>
 *   <li>a list or register: {@value #REGISTER_FINDINGS} findings or more, or {@value #SHEET_FINDINGS} or more
 *       in spreadsheets or CSV → {@link #MINIMISE}: drop the rows and columns not needed;</li>
 *   <li>else {@link #REVIEW}: a few identifiers in an ordinary document.</li>
 * </ol>
 */
public enum SuggestedAction {
    DELETE,
    MINIMISE,
    ARCHIVE,
    REVIEW;

    /** Age from which a file is suggested for deletion, in calendar years (as {@link AgeBucket#Y5_10} starts). */
    public static final int OLD_YEARS = 5;
    /** Findings from which any file is taken for a list or register. */
    public static final int REGISTER_FINDINGS = 20;
    /** Findings in spreadsheets or CSV from which the file is taken for a list: a sheet of people is one. */
    public static final int SHEET_FINDINGS = 5;

    /**
     * The action for an item and why, by the rule above.
     *
     * @param counts          findings per type in the item and all its parts
     * @param findings        the findings in the item and all its parts
     * @param sheetFindings   of those, the ones in parts that are spreadsheets or CSV
     * @param now             the report's moment
     */
    public static ActionReason decide(Set<Category> categories, Map<IdentifierType, Integer> counts, int findings,
                                      int sheetFindings, Instant modified, Instant now) {
        if (!categories.isEmpty()) return ActionReason.CASE_DOCUMENT;
        if (counts.entrySet().stream().noneMatch(e -> e.getKey().isPerson() && e.getValue() > 0)) {
            return ActionReason.NO_PERSON;
        }
        if (AgeBucket.of(modified, now).compareTo(AgeBucket.Y5_10) >= 0) return ActionReason.OLD;
        if (findings >= REGISTER_FINDINGS) return ActionReason.REGISTER;
        if (sheetFindings >= SHEET_FINDINGS) return ActionReason.SHEET;
        return ActionReason.FEW;
    }
}
