package no.datakart.patterns.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The masks say where each kind of char is, the same with the Vector API as char by char. */
class CharMasksTest {

    // every char a mask tells apart, its neighbours in the table, and chars from U+8000 (negative shorts)
    private static final char[] ALPHABET = ("0123456789/:@?\n\r\t\u000b ;,-=_^`AZaz|~\u007f\u0080\u00a0æøÅ"
            + "\u7fff\u8000\ufffd\uffff").toCharArray();

    @Test
    void eachMaskHoldsItsChars() {
        String text = "Fnr;Navn\t 1@b|\n  -=_ x\u8000";
        CharMasks m = new CharMasks();
        m.fill(text.toCharArray(), 0, text.length(), 100);
        assertEquals(1, m.blocks());
        assertEquals(100, m.start());
        assertEquals(bits(text, "0123456789"), m.digits(0));
        assertEquals(bits(text, "\n"), m.newlines(0));
        assertEquals(bits(text, "@"), m.ats(0));
        assertEquals(bits(text, ";\t|"), m.delimiters(0));
        assertEquals(bits(text, " "), m.spaces(0));
        // a cell starts with anything above a space, or a tab; letters are from 'A' on but '_'; a rule is - = _
        assertEquals(bits(text, "Fnr;Navn\t1@b|-=_x\u8000"), m.cellChars(0));
        assertEquals(bits(text, "FnrNavb|x\u8000"), m.letters(0));
        assertEquals(bits(text, "FnrNav1@b|x\u8000"), m.nonRuleChars(0));
    }

    @Test
    void theVectorFillerIsThereOnThisMachine() {
        // the build runs tests with the Vector API, on AVX2 or wider: the fast path must be the one tested
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no Vector API");
        assertNotNull(VectorMaskFiller.create());
    }

    @Test
    void vectorsAndCharByCharAgree() {
        CharMasks.Filler vector = VectorMaskFiller.create();
        assumeTrue(vector != null, "no vector filler on this runtime");
        Random random = new Random(20261123L);
        CharMasks fast = new CharMasks();
        CharMasks slow = new CharMasks();
        for (int round = 0; round < 2000; round++) {
            int off = random.nextInt(70);
            int len = random.nextInt(700);
            char[] a = new char[off + len + random.nextInt(70)];
            for (int i = 0; i < a.length; i++) a[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            fast.fill(a, off, len, 0); // the runtime's filler: the vector one, checked above
            slow.fill(a, off, len, 0);
            CharMasks.ScalarFiller.fillFrom(slow, a, off, len, 0);
            for (int b = 0; b < fast.blocks(); b++) {
                String where = "round " + round + " block " + b;
                assertEquals(slow.digits(b), fast.digits(b), where);
                assertEquals(slow.newlines(b), fast.newlines(b), where);
                assertEquals(slow.ats(b), fast.ats(b), where);
                assertEquals(slow.delimiters(b), fast.delimiters(b), where);
                assertEquals(slow.spaces(b), fast.spaces(b), where);
                assertEquals(slow.cellChars(b), fast.cellChars(b), where);
                assertEquals(slow.letters(b), fast.letters(b), where);
                assertEquals(slow.nonRuleChars(b), fast.nonRuleChars(b), where);
            }
        }
    }

    private static long bits(String text, String chars) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) if (chars.indexOf(text.charAt(i)) >= 0) bits |= 1L << i;
        return bits;
    }
}
