package no.datakart.cli.sample;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * Writes one part's identifiers the ways people write them, and counts each one it writes: what it
 * counts is the manifest's truth, so no identifier may reach a document but through it.
 */
final class Pen {
    private final Fakes x;
    private final boolean exported;
    private final Map<IdentifierType, Integer> planted = new EnumMap<>(IdentifierType.class);
    private final Set<Category> categories = EnumSet.noneOf(Category.class);
    private int children;

    /**
     * @param exported whether the document's tables come out of a system (a CSV, a spreadsheet, a report
     *                 as PDF), which writes numbers as bare digits, rather than typed by a person in Word,
     *                 who groups them ({@code 912 34 567}, {@code 1503.12.34567})
     */
    Pen(Fakes fakes, boolean exported) {
        this.x = fakes;
        this.exported = exported;
    }

    /** A person's number as 11 digits, or now and then 6 + 5 with a space. */
    String fnr(Person p) {
        return x.chance(0.7) ? fnrDigits(p) : fnrSplit(p);
    }

    /** 11 digits in a row, as exports and lists have them. */
    String fnrDigits(Person p) {
        count(p);
        return p.fnr();
    }

    String fnrSplit(Person p) {
        count(p);
        return p.fnr().substring(0, 6) + " " + p.fnr().substring(6);
    }

    private void count(Person p) {
        add(p.dNummer() ? IdentifierType.D_NUMMER : IdentifierType.FODSELSNUMMER);
        if (p.child()) children++;
    }

    /** A telephone number in the groups people write: 912 34 567, 91 23 45 67, +47 912 34 567; 22 33 44 55. */
    String phone(String n) {
        add(IdentifierType.TELEFON);
        boolean mobile = n.charAt(0) == '4' || n.charAt(0) == '9';
        String grouped = mobile && x.chance(0.6)
                ? n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5)
                : n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
        return x.chance(0.15) ? "+47 " + grouped : grouped;
    }

    /** A table's cell: 8 digits in a row in an export (its column header says what they are), else grouped. */
    String cellPhone(String n) {
        if (!exported) return phone(n);
        add(IdentifierType.TELEFON);
        return n;
    }

    /** An account number, mostly dotted 4.2.5 as banks print it. */
    String account(String n) {
        add(IdentifierType.KONTONUMMER);
        return x.chance(0.8) ? n.substring(0, 4) + "." + n.substring(4, 6) + "." + n.substring(6)
                : n.substring(0, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
    }

    /** A table's cell: 11 digits in a row in an export (its column header says what they are), else dotted. */
    String cellAccount(String n) {
        if (!exported) return account(n);
        add(IdentifierType.KONTONUMMER);
        return n;
    }

    /** A Norwegian IBAN of the account, in groups of four. */
    String iban(String account) {
        add(IdentifierType.IBAN);
        int rest = 0;
        for (char c : (account + "NO00").toCharArray()) {
            rest = Character.isDigit(c) ? (rest * 10 + (c - '0')) % 97 : (rest * 100 + (c - 'A' + 10)) % 97;
        }
        String iban = "NO" + String.format(Locale.ROOT, "%02d", 98 - rest) + account;
        return iban.substring(0, 4) + " " + iban.substring(4, 8) + " " + iban.substring(8, 12) + " " + iban.substring(12);
    }

    /** An organisation number in groups of three, or 9 digits. */
    String org(String n) {
        add(IdentifierType.ORGANISASJONSNUMMER);
        return x.chance(0.7) ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n;
    }

    /** A table's cell: 9 digits in a row in an export, else in groups of three. */
    String cellOrg(String n) {
        add(IdentifierType.ORGANISASJONSNUMMER);
        return exported ? n : n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
    }

    String email(String address) {
        add(IdentifierType.EPOST);
        return address;
    }

    /** On one line: {@code Storgata 12, 1850 Mysen}. */
    String address(Address a) {
        add(IdentifierType.ADRESSE);
        return a.street() + ", " + a.place();
    }

    /** On two lines, as on an envelope. */
    String addressLines(Address a) {
        add(IdentifierType.ADRESSE);
        return a.street() + "\n" + a.place();
    }

    /** The text is written to show these categories: the scanner should judge them present. */
    void about(Category... shown) {
        categories.addAll(java.util.List.of(shown));
    }

    private void add(IdentifierType type) {
        planted.merge(type, 1, Integer::sum);
    }

    Map<IdentifierType, Integer> planted() {
        return planted;
    }

    int children() {
        return children;
    }

    Set<Category> categories() {
        return categories;
    }
}
