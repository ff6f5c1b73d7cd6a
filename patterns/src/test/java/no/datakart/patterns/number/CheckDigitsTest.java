package no.datakart.patterns.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @ParameterizedTest
    @CsvSource({
        "86011117947, true",   // spec §2
        "86011117949, false",  // spec §2
        "12345678903, true",
        "12345678901, false",
        "8601111794, false",   // too short
        "860111179470, false", // too long
        "8601111794x, false",
    })
    void kontonummer(String digits, boolean valid) {
        assertEquals(valid, CheckDigits.kontonummer(digits));
    }

    @ParameterizedTest
    @CsvSource({
        "974760673, true",  // Brønnøysundregistrene
        "995525828, true",
        "974760674, false",
        "97476067, false",
    })
    void organisasjonsnummer(String digits, boolean valid) {
        assertEquals(valid, CheckDigits.organisasjonsnummer(digits));
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, true",  // card networks' published test numbers
        "5555555555554444, true",
        "378282246310005, true",
        "6011111111111117, true",
        "4111111111111112, false",
        "411111111111, false",     // 12 digits: too short for a card
    })
    void luhn(String digits, boolean valid) {
        assertEquals(valid, CheckDigits.luhn(digits));
    }

    @ParameterizedTest
    @CsvSource({
        "NO9386011117947, true",          // spec §2
        "NO9386011117948, false",
        "NO9386011117949, false",
        "GB82WEST12345698765432, true",   // ISO 13616 / ECBS examples
        "DE89370400440532013000, true",
        "SE4550000000058398257466, true",
        "DE89370400440532013001, false",
        "no9386011117947, false",         // lower case is not the electronic form
        "NO938601111794, false",          // Norwegian IBANs are 15 chars
    })
    void iban(String iban, boolean valid) {
        assertEquals(valid, CheckDigits.iban(iban));
    }

    @Test
    void aNorwegianIbanNeedsAValidKontonummerInside() {
        // 12345678901 fails mod 11; give it the right mod 97 digits and it is still no Norwegian IBAN
        String bban = "12345678901";
        int check = 98 - new java.math.BigInteger(bban + "232400").mod(java.math.BigInteger.valueOf(97)).intValue();
        String iban = "NO" + String.format("%02d", check) + bban;
        assertFalse(CheckDigits.kontonummer(bban));
        assertFalse(CheckDigits.iban(iban));
        assertTrue(CheckDigits.iban("GB" + String.format("%02d", 98 - new java.math.BigInteger(bban + "161100")
                .mod(java.math.BigInteger.valueOf(97)).intValue()) + bban), "elsewhere mod 97 alone decides");
    }

    @Test
    void mod11CatchesEveryChangedDigitAndEverySwap() {
        Random random = new Random(20261123L);
        int checked = 0;
        while (checked < 100_000) {
            String konto = complete(random, 10, CheckDigits::kontonummer);
            String org = complete(random, 8, CheckDigits::organisasjonsnummer);
            for (String n : new String[] {konto, org}) {
                java.util.function.Predicate<String> rule = n.length() == 11 ? CheckDigits::kontonummer : CheckDigits::organisasjonsnummer;
                assertTrue(rule.test(n));
                int i = random.nextInt(n.length());
                char other = (char) ('0' + (n.charAt(i) - '0' + 1 + random.nextInt(9)) % 10);
                assertFalse(rule.test(n.substring(0, i) + other + n.substring(i + 1)), "changed digit");
                int j = random.nextInt(n.length() - 1);
                if (n.charAt(j) != n.charAt(j + 1)) {
                    String swapped = n.substring(0, j) + n.charAt(j + 1) + n.charAt(j) + n.substring(j + 2);
                    assertFalse(rule.test(swapped), "swapped neighbours");
                }
                checked++;
            }
        }
    }

    /** Random leading digits with the one check digit that makes the rule pass (null-free: retries). */
    private static String complete(Random random, int leading, java.util.function.Predicate<String> rule) {
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < leading; i++) b.append((char) ('0' + random.nextInt(10)));
            for (char k = '0'; k <= '9'; k++) {
                if (rule.test(b.toString() + k)) return b.toString() + k;
            }
        }
    }
}
