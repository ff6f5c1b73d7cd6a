package no.datakart.patterns.number;

/**
 * Check-digit rules over digit strings. Every method takes the digits only (no separators) and returns
 * false for anything of the wrong length or with a non-digit.
 */
public final class CheckDigits {
    private static final int[] KONTO_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ORG_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private CheckDigits() {
    }

    /** Kontonummer: 11 digits, mod 11 over the first 10 (spec §2). */
    public static boolean kontonummer(CharSequence digits) {
        return digits.length() == 11 && mod11(digits, KONTO_WEIGHTS);
    }

    /** Organisasjonsnummer: 9 digits, mod 11 over the first 8 (spec §2). */
    public static boolean organisasjonsnummer(CharSequence digits) {
        return digits.length() == 9 && mod11(digits, ORG_WEIGHTS);
    }

    /** Payment card: 13 to 19 digits, Luhn. */
    public static boolean luhn(CharSequence digits) {
        int n = digits.length();
        if (n < 13 || n > 19) return false;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = digit(digits.charAt(n - 1 - i));
            if (d < 0) return false;
            if ((i & 1) == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * IBAN by ISO 13616: two capital letters, two check digits, then up to 30 letters and digits, mod 97
     * of the rearranged number equal to 1. A Norwegian IBAN must also be 15 chars and hold a valid
     * kontonummer.
     */
    public static boolean iban(CharSequence iban) {
        int n = iban.length();
        if (n < 15 || n > 34) return false;
        if (!isCapital(iban.charAt(0)) || !isCapital(iban.charAt(1))) return false;
        if (digit(iban.charAt(2)) < 0 || digit(iban.charAt(3)) < 0) return false;
        int rest = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n); // the country code and check digits move to the end
            int v = digit(c);
            if (v >= 0) {
                rest = (rest * 10 + v) % 97;
            } else if (isCapital(c)) {
                rest = (rest * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        if (rest != 1) return false;
        if (iban.charAt(0) == 'N' && iban.charAt(1) == 'O') {
            return n == 15 && kontonummer(iban.subSequence(4, 15));
        }
        return true;
    }

    private static boolean mod11(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            int d = digit(digits.charAt(i));
            if (d < 0) return false;
            sum += d * weights[i];
        }
        int k = 11 - sum % 11;
        if (k == 11) k = 0;
        return k != 10 && digit(digits.charAt(weights.length)) == k;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
