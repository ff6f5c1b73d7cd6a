package no.datakart.cli.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.fnr.FnrRules;
import no.datakart.patterns.number.CheckDigits;

/**
 * Made-up people of a made-up municipality, and the numbers of their paperwork, all from one seeded
 * random source: same seed, same share. Numbers with check digits get right ones (fødselsnummer by
 * {@link FnrGenerator}, kontonummer and organisasjonsnummer by mod 11), so the scanner sees valid numbers;
 * they are random, so any may be a real person's: they exist only in the generated share, never in the
 * repository. The lists of names follow the benchmarks' {@code Fakes}.
 */
final class Fakes {
    /** The municipality the share belongs to: none of Norway's is called so. */
    static final String MUNICIPALITY = "Nordby kommune";
    static final String STAFF_DOMAIN = "nordby.kommune.no";

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Magnus", "Nora", "Jonas",
        "Astrid", "Emil", "Solveig", "Håkon", "Ragnhild", "Øystein", "Maja", "Tobias", "Aud", "Eirik", "Liv",
        "Sander", "Åse", "Vetle", "Guro", "Mohammed", "Fatima", "Jakub", "Amina", "Ahmed", "Linnea", "Truls",
        "Ærle", "Bjørn", "Tiril", "Sølve", "Marte", "Halvor", "Ylva", "Oskar", "Selma", "Teodor"};
    private static final String[] LAST = {"Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
        "Pedersen", "Nilsen", "Kristiansen", "Berg", "Haugen", "Hagen", "Bakken", "Solberg", "Dahl", "Lie",
        "Moen", "Strand", "Myklebust", "Fjørtoft", "Kvamme", "Årdal", "Nowak", "Ali", "Haugland", "Sæther",
        "Løvås", "Grønli", "Østby", "Kowalski", "Rønning", "Aas"};
    /** Streets named the usual way (-gata, -vegen, -veien …). */
    private static final String[] STREETS = {"Storgata", "Kirkevegen", "Skolevegen", "Fjordgata", "Løkkeveien",
        "Bjørkelia", "Strandvegen", "Rådhusgata", "Nyvegen", "Sjøgata", "Granlia", "Industrivegen",
        "Prestegårdsveien", "Åsveien", "Møllebakken", "Torget", "Elvegata", "Furuvegen", "Solbakken", "Kongens gate"};
    /** Postnummer and poststed as Bring's register pairs them, most near the municipality's centre. */
    private static final String[] PLACES = {"1850 Mysen", "1850 Mysen", "1850 Mysen", "1860 Trøgstad",
        "1870 Ørje", "1890 Rakkestad", "1614 Fredrikstad", "1706 Sarpsborg", "0155 Oslo", "5003 Bergen",
        "7011 Trondheim", "9008 Tromsø", "2000 Lillestrøm", "3015 Drammen", "4010 Stavanger"};
    private static final String[] PRIVATE_DOMAINS = {"heimenett.example", "fjordpost.example", "nordnett.example",
        "epost.example"};
    private static final String[] BANK_REGISTERS = {"1503", "1506", "1254", "1201", "3000", "2801", "6011",
        "9710", "1822", "3201", "1207", "9235", "4202", "3624"};
    /** Two-digit area codes of Norway's fixed lines. */
    private static final String[] FIXED = {"22", "23", "32", "33", "35", "37", "38", "51", "52", "55", "56",
        "57", "61", "62", "63", "64", "67", "69", "70", "71", "72", "73", "74", "75", "77", "78"};

    final SplittableRandom random;

    Fakes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A source of its own for one file, so that files do not shift when another changes. */
    Fakes split() {
        return new Fakes(random.nextLong());
    }

    // --- choices ---

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Bokmål or nynorsk: a third of the texts are in nynorsk. */
    boolean nynorsk() {
        return chance(0.3);
    }

    // --- people ---

    /** Born 1940-2003: an adult whatever day between 2025 and 2031 the share is scanned. */
    Person adult() {
        return person(LocalDate.of(1940, 1, 1), LocalDate.of(2003, 12, 31), chance(0.12));
    }

    /** Born 2014-2024: under 18 whatever day between 2025 and 2031 the share is scanned. */
    Person child() {
        return person(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 12, 31), false);
    }

    /** A child born in the given years, within 2014-2024. */
    Person child(int fromYear, int toYear) {
        if (fromYear < 2014 || toYear > 2024) throw new IllegalArgumentException(fromYear + "-" + toYear);
        return person(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), false);
    }

    /** An adult with a D-nummer: a foreign worker, a newcomer. */
    Person dNumberHolder() {
        return person(LocalDate.of(1960, 1, 1), LocalDate.of(2003, 12, 31), true);
    }

    private Person person(LocalDate from, LocalDate to, boolean dNummer) {
        String first = pick(FIRST);
        String last = (chance(0.1) ? pick(LAST) + "-" : "") + pick(LAST);
        LocalDate born = LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
        return new Person(first, last, born, fnr(born, dNummer), dNummer, child(born), address(), phone(),
                email(first, last, pick(PRIVATE_DOMAINS)));
    }

    private static boolean child(LocalDate born) {
        return born.getYear() >= 2014;
    }

    /** A member of staff: an e-mail address at the municipality and a work phone. */
    Person staff() {
        Person p = person(LocalDate.of(1960, 1, 1), LocalDate.of(2000, 12, 31), false);
        return p.withEmail(email(p.first(), p.last(), STAFF_DOMAIN));
    }

    String firstName() {
        return pick(FIRST);
    }

    String fullName() {
        return pick(FIRST) + " " + pick(LAST);
    }

    Address address() {
        String place = pick(PLACES);
        String number = between(1, 120) + (chance(0.2) ? " " + pick("A", "B", "C") : "");
        return new Address(pick(STREETS) + " " + number, place.substring(0, 4), place.substring(5));
    }

    static String email(String first, String last, String domain) {
        return ascii(first) + "." + ascii(last) + "@" + domain;
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("æ", "ae").replace("ø", "o").replace("å", "aa");
    }

    // --- numbers ---

    /**
     * A fødselsnummer (or D-nummer: day + 40) for the birth date, by the classic check digits, with an
     * individnummer whose range tells the century. (Every such number passes the kontonummer check too:
     * its second check digit is the same mod 11 by the same weights.)
     */
    private String fnr(LocalDate born, boolean dNummer) {
        String date = String.format(Locale.ROOT, "%02d%02d%02d", born.getDayOfMonth() + (dNummer ? 40 : 0),
                born.getMonthValue(), born.getYear() % 100);
        while (true) {
            int individ = born.getYear() < 2000 ? random.nextInt(500) : 500 + random.nextInt(500);
            String n = FnrGenerator.complete(date + String.format(Locale.ROOT, "%03d", individ), 0);
            if (n != null) return n;
        }
    }

    /** A mobile number (4 or 9 first) or now and then a fixed line, 8 digits. */
    String phone() {
        if (chance(0.2)) return pick(FIXED) + digits(6);
        return chance(0.7) ? "9" + digits(7) : pick("40", "41", "45", "46", "47", "48") + digits(6);
    }

    /**
     * A bank account number with its mod 11 check digit, 11 digits; never one that passes the checks of
     * the fødselsnummer family too. Such a number is one or the other only by its column or label, and a
     * PDF's row under a heading line that names both has neither: which type the detectors then report
     * is theirs to weigh, not something the manifest can state.
     */
    String account() {
        while (true) {
            String ten = pick(BANK_REGISTERS) + digits(6);
            for (int check = 0; check <= 9; check++) {
                String n = ten + check;
                if (CheckDigits.kontonummer(n) && !FnrRules.isValid(FnrRules.verdict(FnrRules.pack(n)))) return n;
            }
        }
    }

    /** An organisation number with its mod 11 check digit, 9 digits. */
    String orgNumber() {
        while (true) {
            String eight = pick("8", "9", "9") + digits(7);
            for (int check = 0; check <= 9; check++) {
                if (CheckDigits.organisasjonsnummer(eight + check)) return eight + check;
            }
        }
    }

    String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('0' + random.nextInt(10));
        return new String(c);
    }

    // --- dates and amounts ---

    /** A day in the given years. */
    LocalDate day(int fromYear, int toYear) {
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(fromYear, 1, 1).toEpochDay(),
                LocalDate.of(toYear, 12, 31).toEpochDay() + 1));
    }

    /** A working-hours moment on that day: documents' and archives' timestamps. */
    LocalDateTime moment(LocalDate day) {
        return day.atTime(between(7, 16), between(0, 59), between(0, 59));
    }

    static String date(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** Kroner as Norwegians write them: a space for thousands, a comma for øre. */
    String kroner(int min, int max) {
        int value = between(min, max);
        String whole = Integer.toString(value);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) b.append(' ');
            b.append(whole.charAt(i));
        }
        return b + pick(",00", ",00", ",50", ",-");
    }

    /** A case number of the archive system: year and sequence. */
    String caseNumber(int year) {
        return year + "/" + between(100, 9999);
    }
}
