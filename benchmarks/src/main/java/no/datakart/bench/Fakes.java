package no.datakart.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.fnr.FnrRules;

/**
 * Made-up names, places and the numbers of Norwegian paperwork, formatted the ways they are written.
 * Numbers that carry a check digit (account, organisation, KID) get a right one, so a scanner sees
 * the look-alikes it meets in real files. All from one seeded random source: same seed, same text.
 */
final class Fakes {
    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Magnus", "Nora", "Jonas",
        "Astrid", "Emil", "Solveig", "Håkon", "Ragnhild", "Øystein", "Maja", "Tobias", "Aud", "Eirik", "Liv",
        "Sander", "Åse", "Vetle", "Guro", "Mohammed", "Fatima", "Jakub", "Amina", "Ahmed", "Linnea", "Truls"};
    private static final String[] LAST = {"Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
        "Pedersen", "Nilsen", "Kristiansen", "Berg", "Haugen", "Hagen", "Bakken", "Solberg", "Dahl", "Lie",
        "Moen", "Strand", "Myklebust", "Fjørtoft", "Kvamme", "Årdal", "Nowak", "Ali", "Haugland", "Sæther"};
    private static final String[] STREETS = {"Storgata", "Kirkevegen", "Skolevegen", "Fjordgata", "Løkkeveien",
        "Bjørkelia", "Strandvegen", "Rådhusgata", "Nyvegen", "Sjøgata", "Granlia", "Industrivegen"};
    private static final String[] PLACES = {"0155 Oslo", "5003 Bergen", "7011 Trondheim", "9008 Tromsø",
        "6800 Førde", "3510 Hønefoss", "2317 Hamar", "4611 Kristiansand", "8006 Bodø", "6413 Molde",
        "5700 Voss", "2815 Gjøvik", "6770 Nordfjordeid", "5411 Stord", "3611 Kongsberg", "9600 Hammerfest"};
    private static final String[] MUNICIPALITIES = {"Ringerike kommune", "Sunnfjord kommune",
        "Vestre Toten kommune", "Askøy kommune", "Stord kommune", "Voss herad", "Molde kommune",
        "Kongsberg kommune", "Hammerfest kommune", "Stad kommune", "Hamar kommune", "Bodø kommune"};
    private static final String[] BANK_REGISTERS = {"1503", "1506", "1254", "1201", "3000", "2801", "6011",
        "9710", "1822", "3201", "1207", "9235", "4202", "3624"};

    private static final List<FnrGenerator.Spec> SPECS = FnrGenerator.allSpecs();
    private static final FnrGenerator.Spec PERSON =
            new FnrGenerator.Spec(IdentifierType.FODSELSNUMMER, null, false, CheckRule.CLASSIC);
    private static final FnrGenerator.Spec D_NUMBER =
            new FnrGenerator.Spec(IdentifierType.D_NUMMER, null, true, CheckRule.CLASSIC);

    final SplittableRandom random;
    private final FnrGenerator fnr;
    private final boolean labelled;
    private int planted;

    Fakes(long seed) {
        this(seed, false);
    }

    /** @param labelled mark each identifier {@code [[TYPE|text]]}, as the labelled corpus does */
    Fakes(long seed, boolean labelled) {
        this.random = new SplittableRandom(seed);
        this.fnr = new FnrGenerator(random);
        this.labelled = labelled;
    }

    /** The identifier as written, marked with its type when the text is labelled. */
    private String mark(IdentifierType type, String text) {
        return mark(type.name(), text);
    }

    private String mark(String label, String text) {
        return labelled ? "[[" + label + "|" + text + "]]" : text;
    }

    /**
     * The label of a number of the family: its type, or {@value #RULE_2032_LABEL} where only the 2032 rule
     * holds — before 2032 no person has such a number, so the spec wants it found but not at the confidence
     * of one that may be a person's, unless context says so.
     */
    private String familyLabel(String digits) {
        int verdict = FnrRules.verdict(FnrRules.pack(digits.replaceAll("[^0-9]", "")));
        return FnrRules.rule(verdict) == CheckRule.RULE_2032 ? RULE_2032_LABEL : FnrRules.type(verdict).name();
    }

    /** The label of the family's numbers that hold by the 2032 rule only. */
    public static final String RULE_2032_LABEL = "FNR_2032";

    /** How many valid numbers of the family were written so far. */
    int planted() {
        return planted;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    String firstName() {
        return pick(FIRST);
    }

    String fullName() {
        return firstName() + " " + (chance(0.15) ? pick(LAST) + "-" : "") + pick(LAST);
    }

    String street() {
        return pick(STREETS) + " " + between(1, 140) + (chance(0.2) ? pick("A", "B", "C") : "");
    }

    String place() {
        return pick(PLACES);
    }

    String municipality() {
        return pick(MUNICIPALITIES);
    }

    String email(String name) {
        String local = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("æ", "ae").replace("ø", "o").replace("å", "aa");
        return mark(IdentifierType.EPOST, local + "@" + pick("kommune.no", "sunnfjord.kommune.no",
                "ringerike.kommune.no", "gmail.com", "online.no", "hotmail.com"));
    }

    // --- dates, times, amounts ---

    String date() {
        return f("%02d.%02d.%d", between(1, 28), between(1, 12), between(2019, 2026));
    }

    String isoDate() {
        return f("%d-%02d-%02d", between(2019, 2026), between(1, 12), between(1, 28));
    }

    String birthDate(int fromYear, int toYear) {
        return f("%02d.%02d.%d", between(1, 28), between(1, 12), between(fromYear, toYear));
    }

    String anyDate() {
        return chance(0.75) ? date() : isoDate();
    }

    String time() {
        return f(chance(0.7) ? "%02d.%02d" : "%02d:%02d", between(7, 21), 5 * between(0, 11));
    }

    /** An amount in kroner as Norwegians write it: space (or no-break space) for thousands, comma for øre. */
    String amount(int min, int max) {
        long value = (long) Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
        char sep = chance(0.2) ? '\u00A0' : ' ';
        String whole = Long.toString(value);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) b.append(sep);
            b.append(whole.charAt(i));
        }
        return b + pick(",00", ",00", ",50", "," + between(10, 99), ",-");
    }

    String caseNumber() {
        int year = between(19, 26);
        return switch (random.nextInt(3)) {
            case 0 -> "20" + year + "/" + between(100, 9999);
            case 1 -> f("%d/%05d-%d", year, between(1, 15000), between(1, 40));
            default -> year + "/" + between(10, 9999);
        };
    }

    // --- numbers with check digits and other look-alikes ---

    String phone() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> f("%d%02d %02d %03d", pick(4, 9), between(0, 99), between(0, 99), between(0, 999));
            case 2 -> f("+47 %d%02d %02d %03d", pick(4, 9), between(0, 99), between(0, 99), between(0, 999));
            case 3 -> f("%d%d %02d %02d %02d", pick(2, 3, 5, 6, 7), between(0, 9), between(0, 99),
                    between(0, 99), between(0, 99));
            case 4 -> f("+47 %d%d %02d %02d %02d", pick(2, 3, 5, 6, 7), between(0, 9), between(0, 99),
                    between(0, 99), between(0, 99));
            default -> f("%d%07d", pick(4, 9), between(0, 9_999_999));
        };
    }

    /** A bank account number, 11 digits with its MOD11 check digit, dotted 4.2.5 or not. */
    String account() {
        while (true) {
            String ten = pick(BANK_REGISTERS) + digits(6);
            int check = mod11(ten, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2);
            if (check < 0) continue;
            String n = ten + check;
            return mark(IdentifierType.KONTONUMMER,
                    chance(0.7) ? n.substring(0, 4) + "." + n.substring(4, 6) + "." + n.substring(6) : n);
        }
    }

    /** An organisation number, 9 digits with its MOD11 check digit, in groups of three or not. */
    String orgNumber() {
        while (true) {
            String eight = pick("8", "9", "9") + digits(7);
            int check = mod11(eight, 3, 2, 7, 6, 5, 4, 3, 2);
            if (check < 0) continue;
            String n = eight + check;
            return mark(IdentifierType.ORGANISASJONSNUMMER,
                    chance(0.6) ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n);
        }
    }

    /** A KID payment reference with a Luhn (MOD10) check digit; now and then 11 digits long. */
    String kid() {
        String body = digits(pick(6, 8, 10, 10, 12, 14));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }

    String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('0' + random.nextInt(10));
        return new String(c);
    }

    // --- the fødselsnummer family ---

    /** A valid number, mostly a fødselsnummer, in any of the shapes people write. */
    String fnr() {
        String n = nextFnr();
        return mark(familyLabel(n), switch (random.nextInt(40)) {
            case 0, 1, 2, 3, 4 -> n.substring(0, 6) + " " + n.substring(6);
            case 5, 6, 7 -> n.substring(0, 6) + "-" + n.substring(6);
            case 8 -> n.substring(0, 6) + "\u00A0" + n.substring(6);
            case 9 -> n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + " " + n.substring(6);
            case 10 -> n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 9)
                       + " " + n.substring(9);
            default -> n;
        });
    }

    /** A valid number as 11 contiguous digits, for rows where other numbers follow after a space. */
    String fnrContiguous() {
        String n = nextFnr();
        return mark(familyLabel(n), n);
    }

    /** A valid number with one digit mistyped: mostly fails the checks, as typos in real files do. */
    String fnrTypo() {
        char[] n = fnr.nextString(PERSON).toCharArray();
        int at = random.nextInt(11);
        n[at] = (char) ('0' + (n[at] - '0' + between(1, 9)) % 10);
        String typo = new String(n);
        int verdict = FnrRules.verdict(FnrRules.pack(typo)); // now and then a typo makes another valid number
        return verdict == 0 ? typo : mark(familyLabel(typo), typo);
    }

    private String nextFnr() {
        planted++;
        double r = random.nextDouble();
        FnrGenerator.Spec spec = r < 0.6 ? PERSON : r < 0.75 ? D_NUMBER : SPECS.get(random.nextInt(SPECS.size()));
        return fnr.nextString(spec);
    }

    /** Formats with ASCII digits whatever the default locale: the corpus must not depend on it. */
    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private int pick(int... options) {
        return options[random.nextInt(options.length)];
    }

    /** The MOD11 check digit for the weights, or -1 where none fits (remainder 1). */
    private static int mod11(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += weights[i] * (digits.charAt(i) - '0');
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
