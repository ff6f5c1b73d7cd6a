package no.datakart.patterns.category;

import java.text.Normalizer;

/**
 * The alphabet the term automaton reads: lower-case letters a–z, æ, ø, å, the digits, one symbol for
 * any other letter, and one separator for everything else. Accented letters fold to their base
 * (é → e, ö → ø, ä → æ, ü → u), so a term matches however it is written; runs of separators count as one.
 */
final class Symbols {
    static final int SEP = 0;
    static final int OTHER_LETTER = 1;
    private static final int FIRST_LETTER = 2;        // a..z, then æ ø å
    static final int DIGIT_0 = FIRST_LETTER + 29;
    static final int COUNT = DIGIT_0 + 10;

    static final int TABLE_SIZE = 0x250; // Latin-1 and Latin Extended-A/B
    private static final byte[] TABLE = new byte[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE.length; c++) TABLE[c] = (byte) compute((char) c);
    }

    private Symbols() {
    }

    static int of(char c) {
        if (c < TABLE.length) return TABLE[c];
        return Character.isLetterOrDigit(c) ? OTHER_LETTER : SEP;
    }

    private static int compute(char c) {
        if (c >= '0' && c <= '9') return DIGIT_0 + (c - '0');
        char l = Character.toLowerCase(c);
        if (l >= 'a' && l <= 'z') return FIRST_LETTER + (l - 'a');
        switch (l) {
            case 'æ', 'ä': return FIRST_LETTER + 26;
            case 'ø', 'ö': return FIRST_LETTER + 27;
            case 'å': return FIRST_LETTER + 28;
            default: break;
        }
        if (Character.isLetter(c)) {
            // fold other accents to the base letter: é → e, ü → u
            String base = Normalizer.normalize(String.valueOf(l), Normalizer.Form.NFD);
            char b = base.charAt(0);
            if (b >= 'a' && b <= 'z') return FIRST_LETTER + (b - 'a');
            return OTHER_LETTER;
        }
        return Character.isDigit(c) ? OTHER_LETTER : SEP;
    }
}
