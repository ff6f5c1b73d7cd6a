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
        };
    }
}
