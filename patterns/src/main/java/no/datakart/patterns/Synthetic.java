package no.datakart.patterns;

/** The generator behind a synthetic test number, told by its month offset. */
public enum Synthetic {
    /** Month + 40 by the 2032 rule, which H-numbers do not take (by the classic rule it is an H-nummer). */
    NAV,
    /** Month + 65: Norsk helsenett SyntPop. */
    NHN,
    /** Month + 80: Skatteetaten Tenor / Test-Norge. */
    TENOR
}
