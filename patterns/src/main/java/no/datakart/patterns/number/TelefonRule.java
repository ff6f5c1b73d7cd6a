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
import no.datakart.patterns.context.Evidence;
import no.datakart.patterns.text.Chars;
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

    // Norway's numbering plan decides validity and type by the first digits: ask libphonenumber once per
    // three-digit prefix (with the lowest and the highest number behind it) and keep the answer, since
    // asking it per number costs microseconds. A prefix whose numbers differ is asked per number.
    private static final byte YES = 1;
    private static final byte NO = 2;
    private static final byte ASK = 3;
    private static final byte[] NORWEGIAN_PREFIX = new byte[1000];

    static {
        for (int p = 0; p < 1000; p++) {
            String prefix = String.format("%03d", p);
            boolean low = valid(prefix + "00000", "");
            boolean high = valid(prefix + "99999", "");
            NORWEGIAN_PREFIX[p] = low && high ? YES : !low && !high ? NO : ASK;
        }
    }

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

    /** A person's name right before, or an e-mail address on the line: a contact line, a signature. */
    @Override
    public int shapes() {
        return Evidence.PERSON_NAME_BIT | Evidence.CONTACT_LINE_BIT;
    }

    @Override
    public long digitTotals() {
        return NumberRule.totals(8, 15); // eight digits; 0047 and eight; an international number after +
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
            String value = international(digits) ? "+" + digits : null;
            out.shape(start - 1, end, value, NumberShape.GROUPED, INTERNATIONAL_BASE);
            return;
        }
        if (n == 12 && run.length(0) >= 4 && first4(run, text, "0047")) { // 0047 and eight digits
            RunDigits.appendDigits(run, text, digits);
            digits.delete(0, 4);
            String value = norwegian(digits, 0) ? "+47" + digits : null;
            out.shape(start, end, value, NumberShape.GROUPED, INTERNATIONAL_BASE);
            return;
        }
        if (n != 8) return;
        boolean grouped = RunDigits.groups(run, 3, 2, 3) || RunDigits.groups(run, 2, 2, 2, 2)
                          || run.groupCount() == 2 && run.length(0) == 4 && Chars.isSpace(run.separatorBefore(1));
        boolean contiguous = RunDigits.groups(run, 8);
        if (!grouped && !contiguous) return;
        RunDigits.appendDigits(run, text, digits);
        String value = norwegian(digits, 0) ? "+47" + digits : null;
        out.shape(start, end, value, grouped ? NumberShape.GROUPED : NumberShape.CONTIGUOUS,
                grouped ? GROUPED_BASE : CONTIGUOUS_BASE);
    }

    /** The eight digits from {@code from} that can be a Norwegian subscriber's, by their prefix, or by the metadata if need be. */
    private static boolean norwegian(CharSequence digits, int from) {
        int prefix = (digits.charAt(from) - '0') * 100 + (digits.charAt(from + 1) - '0') * 10 + (digits.charAt(from + 2) - '0');
        return switch (NORWEGIAN_PREFIX[prefix]) {
            case YES -> true;
            case NO -> false;
            default -> valid(digits.subSequence(from, from + 8), "");
        };
    }

    /** Digits after a {@code +}: a Norwegian number by its prefix, like those without; others by the metadata. */
    private static boolean international(StringBuilder digits) {
        if (digits.length() == 10 && digits.charAt(0) == '4' && digits.charAt(1) == '7') {
            return norwegian(digits, 2);
        }
        return valid(digits, "+");
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
