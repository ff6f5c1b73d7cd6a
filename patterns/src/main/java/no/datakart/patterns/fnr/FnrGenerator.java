package no.datakart.patterns.fnr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.Synthetic;

/**
 * Generates valid numbers of every kind of the family, for tests, benchmarks and sample data. The
 * numbers are random, so any may belong to a real person: use them only in generated test material.
 */
public final class FnrGenerator {

    /** One kind of number: type, generator, D-nummer day offset and check rule. */
    public record Spec(IdentifierType type, Synthetic synthetic, boolean dayOffset, CheckRule rule) {
        public Spec {
            boolean ok = switch (type) {
                case FODSELSNUMMER -> synthetic == null && !dayOffset;
                case D_NUMMER -> synthetic == null && dayOffset;
                case H_NUMMER -> synthetic == null && rule == CheckRule.CLASSIC;
                case FH_NUMMER -> synthetic == null && !dayOffset && rule == CheckRule.CLASSIC;
                // month + 40 by the classic rule is taken for an H-nummer
                case SYNTHETIC -> synthetic != null && (synthetic != Synthetic.NAV || rule == CheckRule.RULE_2032);
                default -> false; // not of the family
            };
            if (!ok) throw new IllegalArgumentException("no such kind: " + type + " " + synthetic + " " + dayOffset + " " + rule);
        }

        @Override
        public String toString() {
            return type + (synthetic == null ? "" : "/" + synthetic) + (dayOffset ? "/D" : "") + "/" + rule;
        }
    }

    /** Every kind there is. */
    public static List<Spec> allSpecs() {
        List<Spec> specs = new ArrayList<>();
        for (CheckRule rule : CheckRule.values()) {
            specs.add(new Spec(IdentifierType.FODSELSNUMMER, null, false, rule));
            specs.add(new Spec(IdentifierType.D_NUMMER, null, true, rule));
            for (Synthetic s : Synthetic.values()) {
                for (boolean d : new boolean[] {false, true}) {
                    if (s == Synthetic.NAV && rule == CheckRule.CLASSIC) continue;
                    specs.add(new Spec(IdentifierType.SYNTHETIC, s, d, rule));
                }
            }
        }
        specs.add(new Spec(IdentifierType.H_NUMMER, null, false, CheckRule.CLASSIC));
        specs.add(new Spec(IdentifierType.H_NUMMER, null, true, CheckRule.CLASSIC));
        specs.add(new Spec(IdentifierType.FH_NUMMER, null, false, CheckRule.CLASSIC));
        return List.copyOf(specs);
    }

    private static final long FIRST_DAY = LocalDate.of(1920, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2025, 12, 31).toEpochDay();

    private final RandomGenerator random;

    public FnrGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** A valid number of the given kind, as 11 digits packed 4 bits each. */
    public long next(Spec spec) {
        while (true) {
            long p = attempt(spec);
            if (p >= 0) return p;
        }
    }

    public String nextString(Spec spec) {
        return FnrRules.unpack(next(spec));
    }

    private long attempt(Spec spec) {
        int[] d = new int[9];
        if (spec.type() == IdentifierType.FH_NUMMER) {
            d[0] = 8 + random.nextInt(2);
            for (int i = 1; i < 9; i++) d[i] = random.nextInt(10);
        } else {
            LocalDate birth = LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
            int day = birth.getDayOfMonth() + (spec.dayOffset() ? 40 : 0);
            int month = birth.getMonthValue() + switch (spec.type()) {
                case H_NUMMER -> 40;
                case SYNTHETIC -> switch (spec.synthetic()) {
                    case NAV -> 40;
                    case NHN -> 65;
                    case TENOR -> 80;
                };
                default -> 0;
            };
            int yy = birth.getYear() % 100;
            int individ = spec.rule() == CheckRule.RULE_2032 ? random.nextInt(1000) : individFor(birth.getYear());
            set(d, 0, day);
            set(d, 2, month);
            set(d, 4, yy);
            d[6] = individ / 100;
            d[7] = individ / 10 % 10;
            d[8] = individ % 10;
        }
        long nine = 0;
        for (int i = 0; i < 9; i++) nine = (nine << 4) | d[i];
        int remainder = spec.rule() == CheckRule.CLASSIC ? 0 : 1 + random.nextInt(3);
        return FnrRules.withCheckDigits(nine, remainder);
    }

    /**
     * Completes nine digits with the two check digits, so that {@code (S1 + k1) mod 11 == remainder}
     * (0 for the classic rule, 1-3 for the 2032 rule). Null where no check digit fits.
     */
    public static String complete(String nineDigits, int remainder) {
        if (nineDigits.length() != 9 || remainder < 0 || remainder > 3) throw new IllegalArgumentException(nineDigits);
        long nine = 0;
        for (int i = 0; i < 9; i++) nine = (nine << 4) | (nineDigits.charAt(i) - '0');
        long p = FnrRules.withCheckDigits(nine, remainder);
        return p < 0 ? null : FnrRules.unpack(p);
    }

    /** An individnummer whose range tells the birth year's century (classic numbers). */
    private int individFor(int year) {
        if (year < 1900) return 500 + random.nextInt(250);
        if (year < 2000) {
            return year >= 1940 && random.nextInt(5) == 0 ? 900 + random.nextInt(100) : random.nextInt(500);
        }
        return 500 + random.nextInt(500);
    }

    private static void set(int[] d, int at, int twoDigits) {
        d[at] = twoDigits / 10;
        d[at + 1] = twoDigits % 10;
    }
}
