package no.datakart.patterns;

/** What a finding identifies. A closed set: reports, the index and the command line all key on it. */
public enum IdentifierType {
    /** Ordinary fødselsnummer: DDMMYY + individnummer + two check digits. */
    FODSELSNUMMER,
    /** D-nummer: day + 40. */
    D_NUMMER,
    /** H-nummer from the health sector: month + 40, classic check digits only; also NAV's synthetic
     * numbers of that shape, which cannot be told apart and are taken for a person's to be safe. */
    H_NUMMER,
    /** Felles hjelpenummer: first digit 8 or 9, check digits only. */
    FH_NUMMER,
    /** A synthetic test number (NAV, Norsk helsenett, Skatteetaten Tenor): not a real person. */
    SYNTHETIC;

    /** Whether a finding of this type is personal data of a real person. */
    public boolean isPerson() {
        return this != SYNTHETIC;
    }
}
