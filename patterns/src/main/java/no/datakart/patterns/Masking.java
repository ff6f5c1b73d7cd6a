package no.datakart.patterns;

/** How identifiers are shown to people: never whole. */
public final class Masking {
    private Masking() {
    }

    public static String mask(IdentifierType type, String value) {
        return switch (type) {
            // the birth-date part is shown (as in 010190 *****), the personnummer never
            case FODSELSNUMMER, D_NUMMER, H_NUMMER, FH_NUMMER, SYNTHETIC ->
                    value.substring(0, 6) + " " + "*".repeat(value.length() - 6);
            // the bank's register number is no one's secret, the account is
            case KONTONUMMER -> value.substring(0, 4) + " ** *****";
            case IBAN -> value.substring(0, 4) + " " + stars(value.length() - 4);
            case ORGANISASJONSNUMMER -> value.substring(0, 3) + " *** ***";
            // the issuer's first six digits, as PCI DSS allows a card number to be shown at most
            case BETALINGSKORT -> value.substring(0, 6) + " " + stars(value.length() - 6);
            // the country and the first two digits (mobile or the area of a fixed line)
            case TELEFON -> value.startsWith("+47") ? value.substring(0, 5) + " ** ** **"
                    : value.substring(0, Math.min(4, value.length())) + " " + stars(value.length() - 4);
            // the domain says where, the local part who: only its first letter shows
            case EPOST -> value.charAt(0) + "***" + value.substring(value.indexOf('@'));
            // the place (postnummer and poststed) is no one's secret, the street and number are
            case ADRESSE -> "*** " + placeOf(value);
            case DUF_NUMMER -> value.substring(0, 4) + " " + stars(value.length() - 4); // the year
            case KJENNEMERKE -> value.substring(0, 2) + " " + stars(value.length() - 2); // the letters
            case PASS_MRZ -> "P<" + value.substring(0, 3) + " " + stars(value.length() - 4); // the nationality
        };
    }

    /** From a normalised address (STORGATA 12B 0155 OSLO): the postnummer and what follows. */
    private static String placeOf(String address) {
        for (int i = address.length() - 4; i >= 0; i--) {
            boolean four = true;
            for (int k = 0; k < 4 && four; k++) four = Character.isDigit(address.charAt(i + k));
            if (four && (i == 0 || address.charAt(i - 1) == ' ')) return address.substring(i);
        }
        return "****";
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
