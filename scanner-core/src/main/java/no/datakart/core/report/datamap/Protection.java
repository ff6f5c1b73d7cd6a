package no.datakart.core.report.datamap;

/**
 * The protection the law gives a category of personal data: what the DPO weighs first when the data map
 * shows where it lies. The order is from the least to the most protected.
 */
public enum Protection {
    /** Ordinary personal data: a legal basis under GDPR art. 6 is enough. */
    ORDINARY,
    /** A fødselsnummer or another unique identifier: only where secure identification is needed (personopplysningsloven § 12). */
    IDENTITY_NUMBER,
    /** Data about children, who merit specific protection (GDPR recital 38). */
    CHILDREN,
    /** A confidential municipal matter (taushetsplikt, forvaltningsloven § 13), not an art. 9 category. */
    CONFIDENTIAL,
    /** A special category of GDPR art. 9: processing is prohibited unless an exception applies. */
    SPECIAL,
    /** Criminal convictions and offences, GDPR art. 10. */
    CRIMINAL
}
