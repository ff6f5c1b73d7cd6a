package no.datakart.patterns.number;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/**
 * Telephone numbers: Norwegian ones in their usual groups ({@code 912 34 567}, {@code 91 23 45 67},
 * {@code 2233 4455}) or eight digits in a row, with or without {@code +47} / {@code 0047}; foreign ones in
 * international form ({@code +46 8 123 456 78}). Google's libphonenumber decides which are valid and of
 * what type; numbers that reach no person (toll-free, premium rate, shared cost) are left out.
 */
public final class TelefonRule implements NumberRule {
    static final double GROUPED_BASE = 0.6;
    static final double INTERNATIONAL_BASE = 0.75;
    static final double CONTIGUOUS_BASE = 0.45;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> PERSONAL = EnumSet.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.PERSONAL_NUMBER,
            PhoneNumberType.VOIP);

    private final StringBuilder digits = new StringBuilder(20);

    @Override
    public IdentifierType type() {
        return IdentifierType.TELEFON;
    }

    @Override
    public List<String> tags() {
        return List.of("telefon");
    }

    @Override
    public int minRunChars() {
        return 8;
    }

    @Override
    public void examine(DigitRuns run, TextWindow text, Shapes out) {
        if (!RunDigits.apart(run) || run.groupCount() > 6) return;
        boolean plus = run.charBefore() == '+';
        int n = RunDigits.digitCount(run);
        long start = run.start(0);
        long end = run.end(run.groupCount() - 1);
        digits.setLength(0);
        if (plus) {
            if (n < 8 || n > 15) return;
            RunDigits.appendDigits(run, text, digits);
            String value = valid(digits, "+") ? "+" + digits : null;
            out.shape(start - 1, end, value, NumberShape.GROUPED, INTERNATIONAL_BASE);
            return;
        }
        if (n == 12 && run.length(0) >= 4 && first4(run, text, "0047")) { // 0047 and eight digits
            RunDigits.appendDigits(run, text, digits);
            digits.delete(0, 4);
            String value = norwegian(digits) ? "+47" + digits : null;
            out.shape(start, end, value, NumberShape.GROUPED, INTERNATIONAL_BASE);
            return;
        }
        if (n != 8) return;
        boolean grouped = RunDigits.groups(run, 3, 2, 3) || RunDigits.groups(run, 2, 2, 2, 2)
                          || run.groupCount() == 2 && run.length(0) == 4;
        boolean contiguous = RunDigits.groups(run, 8);
        if (!grouped && !contiguous) return;
        RunDigits.appendDigits(run, text, digits);
        String value = norwegian(digits) ? "+47" + digits : null;
        out.shape(start, end, value, grouped ? NumberShape.GROUPED : NumberShape.CONTIGUOUS,
                grouped ? GROUPED_BASE : CONTIGUOUS_BASE);
    }

    /** Eight digits that can be a Norwegian subscriber's: checked cheaply, then by the metadata. */
    private static boolean norwegian(CharSequence eight) {
        char first = eight.charAt(0);
        if (first < '2' || first == '8') return false; // 0 and 1 are no numbers, 8 is toll-free and shared cost
        return valid(eight, "");
    }

    private static boolean valid(CharSequence number, String prefix) {
        try {
            PhoneNumber p = PHONES.parse(prefix + number, "NO");
            return PHONES.isValidNumber(p) && PERSONAL.contains(PHONES.getNumberType(p));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean first4(DigitRuns run, TextWindow text, String expected) {
        long s = run.start(0);
        for (int i = 0; i < 4; i++) {
            if (text.charAt(s + i) != expected.charAt(i)) return false;
        }
        return true;
    }
}
