package no.datakart.patterns;

/** The generator behind a synthetic test number, told by its month offset. */
public enum Synthetic {
    /** Month + 40 where the number cannot be an H-nummer (day + 40 as well, or the 2032 rule). */
    NAV,
    /** Month + 65: Norsk helsenett SyntPop. */
    NHN,
    /** Month + 80: Skatteetaten Tenor / Test-Norge. */
    TENOR
}
