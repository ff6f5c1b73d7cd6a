package no.datakart.patterns.address;

import java.util.Locale;
import java.util.Set;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.text.DigitTokens;
import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.StreamPart;
import no.datakart.patterns.text.TextWindow;
import no.datakart.patterns.text.Waiting;

/**
 * Postal addresses, found from their postnummer: four digits standing alone, then the poststed the
 * register pairs with them ({@code 0155 OSLO}, {@code 0155 Oslo}, or {@code 0155;Oslo} in a CSV row);
 * before them, on the same line or the line above, a street with its house number, letter and
 * bruksenhet ({@code Storgata 12B, H0102}) or a {@code Postboks}. The pair from the register is the
 * strong evidence; a street named the usual way (-gata, -veien, -vegen …) adds to it.
 */
public final class AddressScanner implements DigitTokens.Listener, StreamPart {
    static final double KNOWN_STREET = 0.85;
    static final double OTHER_STREET = 0.6;
    static final double POSTBOKS = 0.85;
    private static final int LOOK_AHEAD = 40;  // the longest poststed and what separates it
    private static final int MAX_STREET = 60;
    /** How far before its postnummer an address may start: the street, its number and what separates them. */
    public static final int REACH = MAX_STREET + 20;
    private static final Set<String> STREET_WORDS = Set.of("gate", "gata", "vei", "veg", "veien", "vegen",
            "allé", "alle", "plass", "sti", "stien", "bakken", "torget", "torg", "svingen", "tunet", "lia",
            "haugen", "brygge", "kai", "kaia", "kaien", "terrasse", "ring", "ringen");

    private final PostalRegister register;
    private final TextWindow text;
    private final FindingSink sink;
    private final StringBuilder value = new StringBuilder(64);

    private final Waiting waiting = new Waiting(); // postnummer whose poststed may be in the next chunk
    private final Waiting.Decision decide = this::postnummer;

    public AddressScanner(PostalRegister register, TextWindow text, FindingSink sink) {
        this.register = register;
        this.text = text;
        this.sink = sink;
    }

    /** A new chunk has begun in the window: what waited for it is decided (the tokens come apart). */
    @Override
    public void feed(CharMasks chunk) {
        retry(false);
    }

    @Override
    public void token(long start, long end, char before) {
        if (end - start == 4 && beforePostnummer(before)) postnummer(end, false);
    }

    /**
     * What a postnummer comes after: a space or line break, a comma or semicolon, a bracket, the text's
     * start, or the hyphen of {@code N-0155}. Not a dot, slash or colon: the year of a date (12.03.2024), a
     * case number (2024/2233), a time.
     */
    private static boolean beforePostnummer(char c) {
        return c == 0 || c == ' ' || c == '\n' || c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\u00a0'
               || c == '(' || c == '-';
    }

    /** The end of a text or a cell, after the last token is heard. */
    @Override
    public void boundary() {
        retry(true);
    }

    @Override
    public long settled(long scanned) {
        long first = waiting.min();
        return first == Long.MAX_VALUE ? scanned : Math.min(scanned, first - 4 - REACH);
    }

    @Override
    public void reset() {
        waiting.clear();
    }

    private void retry(boolean ended) {
        waiting.retry(decide, ended);
    }

    /** Four digits standing alone end at {@code end}: a postnummer, if a poststed of it follows. */
    private void postnummer(long end, boolean ended) {
        long limit = text.limit();
        if (!ended && limit - end < LOOK_AHEAD) { // the poststed may not be here yet
            waiting.add(end);
            return;
        }
        long numStart = end - 4;
        if (numStart < text.first()) return;
        int number = 0;
        for (long p = numStart; p < end; p++) number = number * 10 + (text.charAt(p) - '0');
        String[] places = register.places(number);
        if (places.length == 0) return;
        long q = end;
        while (q < limit && q - end < 3 && isGap(text.charAt(q))) q++;
        if (q == end) return;
        long placeEnd = -1;
        for (String place : places) {
            long e = matches(q, place);
            if (e > placeEnd) placeEnd = e;
        }
        if (placeEnd < 0) return;
        street(numStart, placeEnd);
    }

    /** Where {@code place} ends if the text at {@code at} spells it (any case) and a word ends there. */
    private long matches(long at, String place) {
        long limit = text.limit();
        long p = at;
        for (int i = 0; i < place.length(); i++, p++) {
            if (p >= limit) return -1;
            char want = place.charAt(i);
            char got = text.charAt(p);
            if (want == ' ' ? !(got == ' ' || got == '\u00a0') : Character.toUpperCase(got) != want) return -1;
        }
        if (p < limit && Character.isLetterOrDigit(text.charAt(p))) return -1;
        return p;
    }

    /** Reads back from the postnummer for the street and house number, and reports the address. */
    private void street(long numStart, long placeEnd) {
        long first = Math.max(text.first(), numStart - REACH);
        long p = numStart;
        // the separator: a comma, a semicolon or one line break, with spaces
        int breaks = 0;
        boolean separated = false;
        while (p > first) {
            char c = text.charAt(p - 1);
            if (c == '\n') {
                if (++breaks > 1) return;
            } else if (c != ' ' && c != ',' && c != ';' && c != '\t' && c != '\r' && c != '\u00a0') {
                break;
            }
            separated = true;
            p--;
        }
        if (!separated) return;
        // a bruksenhet: H (or U, K, L) and four digits
        long q = p;
        if (q - 5 >= first && "HUKL".indexOf(text.charAt(q - 5)) >= 0 && allDigits(q - 4, q)) {
            q -= 5;
            while (q > first && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == ',')) q--;
        }
        // a letter after the house number: 12B or 22 B
        long h = q;
        if (h - 2 > first && Character.isLetter(text.charAt(h - 1)) && !Character.isLetter(text.charAt(h - 2))) {
            long k = h - 1;
            if (text.charAt(k - 1) == ' ') k--;
            if (k > first && Character.isDigit(text.charAt(k - 1))) h = k;
        }
        // a word after the number: the place of a Postboks (Postboks 1208 Vika)
        boolean postboksPlace = false;
        if (h > first && Character.isLetter(text.charAt(h - 1))) {
            long k = h;
            while (k > first && Character.isLetter(text.charAt(k - 1))) k--;
            if (k - 2 < first || text.charAt(k - 1) != ' ' || !Character.isDigit(text.charAt(k - 2))) return;
            h = k - 1;
            postboksPlace = true;
        }
        // the house number (or box number): one to five digits after a space
        long digitsEnd = h;
        while (h > first && Character.isDigit(text.charAt(h - 1)) && digitsEnd - h < 6) h--;
        if (h == digitsEnd || digitsEnd - h > 5 || h <= first || text.charAt(h - 1) != ' ') return;
        // the street name: capitalised words, the last one may be a street word in lower case
        long nameEnd = h - 1;
        long s = nameEnd;
        int words = 0;
        String lastWord = null;
        while (s > first && words < 5) {
            long e = s;
            long b = e;
            while (b > first && isNameChar(text.charAt(b - 1))) b--;
            if (b == e) break;
            String word = slice(b, e);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (words == 0) lastWord = word.toLowerCase(Locale.ROOT);
            if (!capital && !(words == 0 && STREET_WORDS.contains(lastWord))) break;
            s = b;
            words++;
            if (b > first && text.charAt(b - 1) == ' ' && b - 1 > first && isNameChar(text.charAt(b - 2))) {
                s = b - 1;
                continue;
            }
            break;
        }
        if (words == 0) return;
        while (text.charAt(s) == ' ') s++;
        if (nameEnd - s > MAX_STREET) return;
        String name = slice(s, nameEnd).toLowerCase(Locale.ROOT);
        boolean postboks = name.equals("postboks") || name.equals("pb.") || name.equals("boks");
        if (postboksPlace && !postboks) return;
        double score = postboks ? POSTBOKS : knownStreet(name) ? KNOWN_STREET : OTHER_STREET;
        value.setLength(0);
        for (long r = s; r < placeEnd; r++) {
            char c = text.charAt(r);
            boolean gap = c == ' ' || c == ',' || c == ';' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0';
            if (gap) {
                if (value.length() > 0 && value.charAt(value.length() - 1) != ' ') value.append(' ');
            } else {
                value.append(Character.toUpperCase(c));
            }
        }
        sink.accept(new Finding(IdentifierType.ADRESSE, s, placeEnd, score, Confidence.of(score), value.toString(), null));
    }

    private boolean knownStreet(String name) {
        int space = name.lastIndexOf(' ');
        String last = space < 0 ? name : name.substring(space + 1);
        if (STREET_WORDS.contains(last)) return true;
        for (String w : STREET_WORDS) {
            if (w.length() >= 3 && last.endsWith(w)) return true;
        }
        return false;
    }

    private boolean allDigits(long from, long to) {
        for (long p = from; p < to; p++) if (!Character.isDigit(text.charAt(p))) return false;
        return true;
    }

    private String slice(long from, long to) {
        StringBuilder b = new StringBuilder((int) (to - from));
        for (long p = from; p < to; p++) b.append(text.charAt(p));
        return b.toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '-' || c == '\'';
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == ';' || c == '\t' || c == '\u00a0';
    }
}
