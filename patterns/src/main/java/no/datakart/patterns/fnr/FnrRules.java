package no.datakart.patterns.fnr;

import java.time.DateTimeException;
import java.time.LocalDate;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.Synthetic;

/**
 * The rules of the fødselsnummer family (spec §1): check digits, classic and 2032, kinds by their day
 * and month offsets, and the date check. Works on 11 digits packed 4 bits each, first digit most
 * significant, so that validating a candidate allocates nothing.
 *
 * <p>{@link #verdict(long)} packs its answer in an int: 0 for invalid, else the bits below.
 */
public final class FnrRules {
    private FnrRules() {
    }

    // verdict bits
    private static final int VALID = 1;
    private static final int RULE_2032 = 1 << 1;
    private static final int DAY_OFFSET = 1 << 2;
    private static final int KIND_SHIFT = 3;     // 3 bits: IdentifierType ordinal
    private static final int SYNTH_SHIFT = 6;    // 2 bits: 0 none, else Synthetic ordinal + 1

    private static final IdentifierType[] TYPES = IdentifierType.values();
    private static final Synthetic[] SYNTHETICS = Synthetic.values();
    private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** The digit at index {@code i} (0 = first) of 11 packed digits. */
    public static int digit(long packed, int i) {
        return (int) (packed >>> (4 * (10 - i))) & 0xF;
    }

    /** Packs 11 ASCII digits; -1 if the text is not exactly that. */
    public static long pack(CharSequence s) {
        if (s.length() != 11) return -1;
        long p = 0;
        for (int i = 0; i < 11; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) return -1;
            p = (p << 4) | d;
        }
        return p;
    }

    public static String unpack(long packed) {
        char[] c = new char[11];
        for (int i = 0; i < 11; i++) c[i] = (char) ('0' + digit(packed, i));
        return new String(c);
    }

    /**
     * Appends the two check digits to nine packed digits so that {@code (S1 + k1) mod 11 == remainder}
     * (0: classic; 1-3: the 2032 rule). Returns the 11 packed digits, or -1 where no check digit fits.
     */
    public static long withCheckDigits(long nine, int remainder) {
        long p = nine << 8;
        int s1 = 3 * digit(p, 0) + 7 * digit(p, 1) + 6 * digit(p, 2) + digit(p, 3) + 8 * digit(p, 4)
                 + 9 * digit(p, 5) + 4 * digit(p, 6) + 5 * digit(p, 7) + 2 * digit(p, 8);
        int k1 = Math.floorMod(remainder - s1, 11);
        if (k1 == 10) return -1;
        int s2 = 5 * digit(p, 0) + 4 * digit(p, 1) + 3 * digit(p, 2) + 2 * digit(p, 3) + 7 * digit(p, 4)
                 + 6 * digit(p, 5) + 5 * digit(p, 6) + 4 * digit(p, 7) + 3 * digit(p, 8) + 2 * k1;
        int k2 = Math.floorMod(-s2, 11);
        if (k2 == 10) return -1;
        return p | (long) k1 << 4 | k2;
    }

    /** Validates 11 packed digits: check digits, kind and date. 0 if invalid. */
    public static int verdict(long p) {
        int d0 = digit(p, 0), d1 = digit(p, 1), d2 = digit(p, 2), d3 = digit(p, 3), d4 = digit(p, 4),
            d5 = digit(p, 5), d6 = digit(p, 6), d7 = digit(p, 7), d8 = digit(p, 8), k1 = digit(p, 9),
            k2 = digit(p, 10);
        int s2 = 5 * d0 + 4 * d1 + 3 * d2 + 2 * d3 + 7 * d4 + 6 * d5 + 5 * d6 + 4 * d7 + 3 * d8 + 2 * k1 + k2;
        if (s2 % 11 != 0) return 0;
        int r1 = (3 * d0 + 7 * d1 + 6 * d2 + d3 + 8 * d4 + 9 * d5 + 4 * d6 + 5 * d7 + 2 * d8 + k1) % 11;
        if (r1 > 3) return 0;
        boolean classic = r1 == 0;

        if (d0 >= 8) { // FH-nummer: health sector, no date, classic rule only
            return classic ? valid(IdentifierType.FH_NUMMER, null, false, false) : 0;
        }
        int day = d0 * 10 + d1;
        boolean dayOffset = day > 40;
        if (dayOffset) day -= 40;
        if (day < 1 || day > 31) return 0;

        int month = d2 * 10 + d3;
        int monthOffset;
        if (month <= 12) monthOffset = 0;
        else if (month >= 41 && month <= 52) monthOffset = 40;
        else if (month >= 66 && month <= 77) monthOffset = 65;
        else if (month >= 81 && month <= 92) monthOffset = 80;
        else return 0;
        month -= monthOffset;
        if (month < 1) return 0;
        int yy = d4 * 10 + d5;
        // 29 February whenever yy is divisible by 4, as Skatteetaten's reference validator does
        if (day > DAYS_IN_MONTH[month] || (month == 2 && day == 29 && yy % 4 != 0)) return 0;

        return switch (monthOffset) {
            case 0 -> valid(dayOffset ? IdentifierType.D_NUMMER : IdentifierType.FODSELSNUMMER, null,
                    dayOffset, !classic);
            // month + 40 is an H-nummer, which takes the classic rule only; by the 2032 rule it can only
            // be NAV's synthetic kind. Where both are possible it is taken for a person's number.
            case 40 -> classic
                    ? valid(IdentifierType.H_NUMMER, null, dayOffset, false)
                    : valid(IdentifierType.SYNTHETIC, Synthetic.NAV, dayOffset, true);
            case 65 -> valid(IdentifierType.SYNTHETIC, Synthetic.NHN, dayOffset, !classic);
            default -> valid(IdentifierType.SYNTHETIC, Synthetic.TENOR, dayOffset, !classic);
        };
    }

    private static int valid(IdentifierType type, Synthetic synthetic, boolean dayOffset, boolean rule2032) {
        return VALID | (rule2032 ? RULE_2032 : 0) | (dayOffset ? DAY_OFFSET : 0)
               | type.ordinal() << KIND_SHIFT | (synthetic == null ? 0 : synthetic.ordinal() + 1) << SYNTH_SHIFT;
    }

    public static boolean isValid(int verdict) {
        return (verdict & VALID) != 0;
    }

    public static IdentifierType type(int verdict) {
        return TYPES[(verdict >>> KIND_SHIFT) & 7];
    }

    public static CheckRule rule(int verdict) {
        return (verdict & RULE_2032) != 0 ? CheckRule.RULE_2032 : CheckRule.CLASSIC;
    }

    public static boolean dayOffset(int verdict) {
        return (verdict & DAY_OFFSET) != 0;
    }

    /** The synthetic generator, or null. */
    public static Synthetic synthetic(int verdict) {
        int s = (verdict >>> SYNTH_SHIFT) & 3;
        return s == 0 ? null : SYNTHETICS[s - 1];
    }

    /**
     * The birth date of a real person's number with the classic rule, the century taken from the
     * individnummer; null for synthetic, FH and 2032-style numbers, and where the individnummer and
     * year give no century (the number is not rejected for that: from 2032 they no longer tell it).
     */
    public static LocalDate birthDate(long p, int verdict) {
        IdentifierType type = type(verdict);
        if (!isValid(verdict) || !type.isPerson() || type == IdentifierType.FH_NUMMER
            || rule(verdict) == CheckRule.RULE_2032) {
            return null;
        }
        int day = digit(p, 0) * 10 + digit(p, 1);
        if (dayOffset(verdict)) day -= 40;
        int month = (digit(p, 2) * 10 + digit(p, 3)) % 40; // H-nummer: month + 40
        int yy = digit(p, 4) * 10 + digit(p, 5);
        int individ = digit(p, 6) * 100 + digit(p, 7) * 10 + digit(p, 8);
        int century;
        if (individ <= 499) century = 1900;
        else if (individ <= 749 && yy >= 54) century = 1800;
        else if (yy <= 39) century = 2000;
        else if (individ >= 900) century = 1900;
        else return null;
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) { // 29 February in a century year that was no leap year
            return null;
        }
    }
}
