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
    SYNTHETIC,
    /** Norwegian bank account number: 11 digits, mod 11. */
    KONTONUMMER,
    /** International bank account number, ISO 13616; a Norwegian one also holds a valid kontonummer. */
    IBAN,
    /** Organisasjonsnummer from Enhetsregisteret: an organisation, not a person (sole proprietors aside). */
    ORGANISASJONSNUMMER,
    /** Payment card number: 13 to 19 digits, Luhn. */
    BETALINGSKORT,
    /** Telephone number of a person's line: Norwegian, or foreign in international form. */
    TELEFON,
    /** E-mail address. */
    EPOST,
    /** Postal address: a street and house number or a Postboks, with postnummer and poststed. */
    ADRESSE,
    /** UDI's DUF-nummer: twelve digits, reported only with context. */
    DUF_NUMMER,
    /** Vehicle registration plate, reported only with context. */
    KJENNEMERKE,
    /** A passport's machine-readable zone (ICAO 9303), its check digits holding. */
    PASS_MRZ;

    /** Whether a finding of this type is personal data of a real person. */
    public boolean isPerson() {
        return this != SYNTHETIC && this != ORGANISASJONSNUMMER;
    }

    /** The fødselsnummer family: the numbers that identify a person by birth date and number. */
    public boolean isFnrFamily() {
        return ordinal() <= SYNTHETIC.ordinal();
    }
}
