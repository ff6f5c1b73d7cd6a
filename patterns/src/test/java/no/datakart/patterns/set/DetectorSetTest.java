package no.datakart.patterns.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.NumberShape;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.number.CheckDigits;

class DetectorSetTest {
    static final DetectorSettings SETTINGS = DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23));
    static final DetectorSet ALL = new DetectorSet(SETTINGS);

    // a fødselsnummer whose digits pass the kontonummer check as well: which one it is, context tells
    static final String BOTH = bothValid();

    static Finding only(String text) {
        List<Finding> found = ALL.findAll(text);
        assertEquals(1, found.size(), () -> "one finding expected in <" + text + ">, got " + found);
        return found.get(0);
    }

    @Test
    void kontonummerInItsShapeAndContiguousWithContext() {
        Finding dotted = only("Kontonr: 8601.11.17947");
        assertEquals(IdentifierType.KONTONUMMER, dotted.type());
        assertEquals(Confidence.HIGH, dotted.confidence());
        assertEquals("86011117947", dotted.value());
        assertEquals("8601 ** *****", dotted.masked());
        assertEquals(9, dotted.start());
        assertEquals(22, dotted.end());
        assertEquals(Confidence.HIGH, only("Lønn til bankkonto 86011117947.").confidence());
        assertEquals(Confidence.MEDIUM, only("Konto for utbetaling av lønn i november er 86011117947").confidence(), "a word nearby");
        assertEquals(Confidence.LOW, only("Referanse 86011117947").confidence(), "a bare 11-digit number passes by chance");
        assertEquals(Confidence.HIGH, only("Utbetalt til meglers klientkonto 86011117947.").confidence(), "a kind of account");
        assertEquals(0, ALL.findAll("Kontonr: 8601.11.17949").size(), "check digit");
        // in its shape inside a row of numbers set off by single spaces, as a PDF's table comes out
        String row = "4711 Kari Nordmann 12345 8601.11.17947 45 990,00";
        Finding inRun = only(row);
        assertEquals(IdentifierType.KONTONUMMER, inRun.type());
        assertEquals(row.indexOf("8601"), inRun.start());
        assertEquals(NumberShape.IN_RUN, ((no.datakart.patterns.NumberDetails) inRun.details()).shape());
        assertEquals(Confidence.MEDIUM, inRun.confidence());
    }

    @Test
    void organisasjonsnummerWithItsMvaForm() {
        assertEquals(Confidence.HIGH, only("Fakturaen går som EHF til 974760673.").confidence(), "EHF is sent to an org.nr.");
        Finding f = only("Leverandør: Renovasjon IKS, NO 974 760 673 MVA");
        assertEquals(IdentifierType.ORGANISASJONSNUMMER, f.type());
        assertEquals(Confidence.HIGH, f.confidence());
        assertEquals("974 *** ***", f.masked());
        assertEquals(Confidence.HIGH, only("org.nr. 974760673").confidence());
        assertTrue(!f.type().isPerson());
    }

    @Test
    void ibanFromItsCountryCode() {
        String text = "Betal til IBAN NO93 8601 1117 947 innen fristen.";
        Finding f = only(text);
        assertEquals(IdentifierType.IBAN, f.type());
        assertEquals(text.indexOf("NO93"), f.start());
        assertEquals(text.indexOf(" innen"), f.end());
        assertEquals("NO9386011117947", f.value());
        assertEquals("NO93 ***********", f.masked());
        assertEquals(IdentifierType.IBAN, only("IBAN: NO9386011117947").type());
        assertEquals(IdentifierType.IBAN, only("Zahlung an DE89 3704 0044 0532 0130 00").type());
        assertEquals(0, ALL.findAll("NO93 8601 1117 948").size());
        // letters in the account part: read from the country code on
        String gb = "Kursarrangør: IBAN GB82 WEST 1234 5698 7654 32 OK, betalt.";
        Finding g = only(gb);
        assertEquals(IdentifierType.IBAN, g.type());
        assertEquals(gb.indexOf("GB82"), g.start());
        assertEquals(gb.indexOf(" OK"), g.end(), "the longest prefix that checks, not the word after it");
        assertEquals("GB82WEST12345698765432", g.value());
        assertEquals("GB82WEST12345698765432", only("IBAN GB82WEST12345698765432").value());
        assertEquals(0, ALL.findAll("GB82 WEST 1234 5698 7654 33").size());
        assertEquals(0, ALL.findAll("XNO9386011117947").size(), "inside a word");
    }

    @Test
    void paymentCards() {
        Finding f = only("Kortnummer: 4111 1111 1111 1111, utløp 12/27");
        assertEquals(IdentifierType.BETALINGSKORT, f.type());
        assertEquals(Confidence.HIGH, f.confidence());
        assertEquals("411111 **********", f.masked());
        assertEquals(0, ALL.findAll("Kortnummer: 4111 1111 1111 1112").size(), "Luhn");
        assertEquals(Confidence.HIGH, only("Betalt på servicetorget med kort 4012888888881881.").confidence());
    }

    @Test
    void telephoneNumbersInTheirShapesValidatedByLibphonenumber() {
        Finding mobile = only("Ring meg på 912 34 567 i morgon.");
        assertEquals(IdentifierType.TELEFON, mobile.type());
        assertEquals("+4791234567", mobile.value());
        assertEquals("+4791 ** ** **", mobile.masked());
        assertEquals(Confidence.HIGH, mobile.confidence(), "ring: a call names the number");
        assertEquals(Confidence.HIGH, only("Tlf: 22 33 44 55").confidence());
        String plus = "Kontakt: +47 41 23 45 67.";
        Finding p = only(plus);
        assertEquals(plus.indexOf('+'), p.start(), "the + belongs to the number");
        assertEquals("+4741234567", p.value());
        assertEquals("+4722334455", only("tlf. 0047 22 33 44 55").value());
        assertEquals("+4722334455", only("Tlf: 2233 4455").value());
        assertEquals(0, ALL.findAll("Tlf: 2233/4455 og 2233-4455").stream().filter(f -> f.type() == IdentifierType.TELEFON).count(),
                "four and four digits only with a space: a case number (2024/2233) or years (2024-2025) otherwise");
        assertEquals("+442079460958", only("Kursarrangør: +44 20 7946 0958").value());
        assertEquals(Confidence.LOW, only("Ordre 41234567 er sendt.").confidence(), "eight bare digits need a word");
        // ... or a name right before, or an e-mail address on the line: a contact line, a signature
        assertEquals(Confidence.MEDIUM, only("Tor Hope, 46149514").confidence());
        for (String contact : List.of("kari.berg@kommune.no – 46149514", "Arbeidstakar: 46149514, kari.berg@kommune.no")) {
            assertEquals(Confidence.MEDIUM, ALL.findAll(contact).stream().filter(f -> f.type() == IdentifierType.TELEFON)
                    .findFirst().orElseThrow().confidence(), contact);
        }
        assertEquals(Confidence.LOW, only("Kari skreiv @ 14 – 46149514").confidence(), "an @ alone is no address");
        assertEquals(Confidence.LOW, ALL.findAll("kari.berg@kommune.no\n46149514").get(1).confidence(), "another line");
        assertEquals(Confidence.HIGH, only("Ring 46149514 for time.").confidence());
        assertEquals(Confidence.HIGH, only("Tiltak    Ansvarleg      Kontakt\nDepot     Heimesjukepleien  57820184\n").confidence(),
                "a Kontakt column");
        assertEquals(0, ALL.findAll("Gratis: 800 12 345, og 12 34 56 78").size(), "toll-free, and no number at all");
    }

    @Test
    void emailAddresses() {
        String text = "Send svar til Kari.Nordmann+skole@nordby.kommune.no.";
        Finding f = only(text);
        assertEquals(IdentifierType.EPOST, f.type());
        assertEquals(text.indexOf("Kari"), f.start());
        assertEquals(text.length() - 1, f.end(), "the full stop after it is not part of it");
        assertEquals("kari.nordmann+skole@nordby.kommune.no", f.value());
        assertEquals("k***@nordby.kommune.no", f.masked());
        assertEquals(Confidence.HIGH, f.confidence());
        assertEquals(IdentifierType.EPOST, only("<ola@example.no>").type());
        for (String none : List.of("ola@localhost", "ola..n@example.no", "@example.no", "ola@.no", "ola@example.n",
                "ola@-x.no", "C:/users/ola@x.no", "Pris 10 @ 20 kr")) {
            assertEquals(List.of(), ALL.findAll(none), none);
        }
    }

    @Test
    void postalAddressesFromAPairTheRegisterKnows() {
        String letter = "Til:\nKari Nordmann\nSjøgata 33\n0155 Oslo\n\nVedtak";
        Finding f = only(letter);
        assertEquals(IdentifierType.ADRESSE, f.type());
        assertEquals(letter.indexOf("Sjøgata"), f.start());
        assertEquals(letter.indexOf("\n\nVedtak"), f.end());
        assertEquals("SJØGATA 33 0155 OSLO", f.value());
        assertEquals("*** 0155 OSLO", f.masked());
        assertEquals(Confidence.HIGH, f.confidence());
        String box = "Svar til Postboks 1208 Vika, 0110 OSLO.";
        assertEquals(box.indexOf("Postboks"), only(box).start());
        String unit = "Hun bor i Nedre Torvgate 3, H0102, 2380 Brumunddal nå.";
        Finding u = only(unit);
        assertEquals(unit.indexOf("Nedre"), u.start(), "a lower-case word before the name is not part of it");
        assertEquals("NEDRE TORVGATE 3 H0102 2380 BRUMUNDDAL", u.value());
        assertEquals(IdentifierType.ADRESSE, only("100118;Fjellstuvegen 12;2380;Brumunddal;30").type());
        assertEquals(IdentifierType.ADRESSE, only("Karl Johans gate 22 B, 0159 OSLO").type());
        assertEquals(IdentifierType.ADRESSE, only("Storgata 12 0155 Oslo").type(), "on one line without a comma too");
        for (String none : List.of("Møtet er i 1850 Mysen.", "Storgata 12, 0155 Bergen", "I 2024 Oslo kommune",
                "Sak 24/1850 Mysen")) {
            assertEquals(List.of(), ALL.findAll(none).stream().filter(x -> x.type() == IdentifierType.ADRESSE).toList(), none);
        }
    }

    @Test
    void columnHeadersOfCsvAndFixedWidthTablesInPlainText() {
        String csv = "levnr;navn;orgnr;kontonr\n100112;Mysen Rør AS;974760673;86011117947\n"
                     + "100118;Østfold AS;995525828;12345678903\n";
        List<Finding> found = ALL.findAll(csv);
        assertEquals(List.of(IdentifierType.ORGANISASJONSNUMMER, IdentifierType.KONTONUMMER,
                IdentifierType.ORGANISASJONSNUMMER, IdentifierType.KONTONUMMER), found.stream().map(Finding::type).toList());
        assertTrue(found.stream().allMatch(f -> f.confidence() == Confidence.HIGH), found::toString);
        String fixed = """
                Tilsettnr  Namn                Konto          Timar
                ---------------------------------------------------
                70411      Aarstad, Johannes   86011117947    262,5
                70412      Bakke, Synnøve      12345678903    210,0
                """;
        List<Finding> accounts = ALL.findAll(fixed);
        assertEquals(2, accounts.size(), accounts::toString);
        assertTrue(accounts.stream().allMatch(f -> f.type() == IdentifierType.KONTONUMMER && f.confidence() == Confidence.HIGH));
        // without the header the same rows are bare numbers: LOW
        assertEquals(Confidence.LOW, only("70411      Aarstad, Johannes   86011117947    262,5").confidence());
        // a line of figures is no header; a label in the cell beats the column's header
        assertEquals(Confidence.LOW, only("KID: 0936857    Kroner: 3092  Øre: 60\nTil:  x  86011117947  y").confidence());
        // a heading line over rows written with single spaces (a PDF's table as text): its words name the
        // numbers of every row; an account as bare digits among them needs it
        String heading = "Ansnr Navn Fnr Konto Brutto Netto\n4711 Kari Nordmann %s 86011117947 45 990,00 31 200,00\n"
                .formatted(BOTH);
        List<Finding> row = ALL.findAll(heading);
        assertEquals(List.of(IdentifierType.FODSELSNUMMER, IdentifierType.KONTONUMMER), row.stream().map(Finding::type).toList());
        assertTrue(row.stream().allMatch(f -> f.confidence() == Confidence.HIGH), row::toString);
        assertEquals(Confidence.LOW, only("4711 Kari Nordmann x 86011117947 45 990,00 31 200,00").confidence(), "no heading");
        assertEquals(Confidence.MEDIUM, only("Søkeren, Kari Nordmann, har Konto i banken\n4711 x 86011117947 45 990,00").confidence(),
                "a sentence is no heading: its word is only nearby");
        // pipe-separated, as text exports and e-mails lay tables out; Hjelpenr. names the FH-nummer
        String fh = new FnrGenerator(new java.util.Random(3)).nextString(
                new FnrGenerator.Spec(IdentifierType.FH_NUMMER, null, false, no.datakart.patterns.CheckRule.CLASSIC));
        Finding piped = only("Tid    | Hjelpenr.      | Tiltak\n04:10  | " + fh + "    | Overført fra AMK\n");
        assertEquals(IdentifierType.FH_NUMMER, piped.type());
        assertEquals(Confidence.HIGH, piped.confidence());
        assertEquals(Confidence.LOW, only("04:10  | " + fh + "    | Overført fra AMK\n").confidence(), "no header");
        String labelled = "Rolle  Namn  Fødselsnummer\nEigar  Invest AS  org.nr. 974760673\n";
        assertEquals(IdentifierType.ORGANISASJONSNUMMER, only(labelled).type());
        assertEquals(Confidence.HIGH, only(labelled).confidence());
    }

    @Test
    void dufNumbersOnlyWithContext() {
        Finding f = only("Søkjar: DUF 202203994052, busett i kommunen.");
        assertEquals(IdentifierType.DUF_NUMMER, f.type());
        assertEquals(Confidence.MEDIUM, f.confidence());
        assertEquals("2022 ********", f.masked());
        assertEquals(Confidence.LOW, only("Referanse 202203994052").confidence(), "twelve bare digits say little");
        assertEquals(List.of(), ALL.findAll("DUF 992203994052"), "no year of registration");
    }

    @Test
    void platesOnlyWithContext() {
        String text = "Kjøretøy: reg.nr. EL 48213 (egen bil).";
        Finding f = only(text);
        assertEquals(IdentifierType.KJENNEMERKE, f.type());
        assertEquals(text.indexOf("EL"), f.start());
        assertEquals("EL48213", f.value());
        assertEquals("EL *****", f.masked());
        assertEquals(Confidence.MEDIUM, f.confidence());
        assertEquals(IdentifierType.KJENNEMERKE, only("bil med kjennemerke KJ45107 på plassen").type());
        assertEquals(Confidence.LOW, only("Rom EL 48213").confidence(), "the shape alone says little");
        assertEquals(List.of(), ALL.findAll("reg.nr. XEL 48213"), "letters glued to more letters");
        assertEquals(List.of(), ALL.findAll("reg.nr. EL 482130"), "six digits");
    }

    @Test
    void passportsByTheirMachineReadableZone() {
        // ICAO 9303's published specimen (Utopia)
        String mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        String text = "Kopi av pass:\n" + mrz + "\nMottatt 12.03.2024";
        Finding f = only(text);
        assertEquals(IdentifierType.PASS_MRZ, f.type());
        assertEquals(text.indexOf("P<UTO"), f.start());
        assertEquals(text.indexOf("\nMottatt"), f.end());
        assertEquals("UTO:L898902C3", f.value());
        assertEquals("P<UTO *********", f.masked());
        assertEquals(Confidence.HIGH, f.confidence());
        assertEquals(List.of(), ALL.findAll(text.replace("7408122", "7408123")), "a birth date's check digit");
        assertEquals(List.of(), ALL.findAll(text.replace("<<<<<10", "<<<<<11")), "the composite check");
        for (int chunk = 1; chunk < 60; chunk += 7) {
            List<Finding> found = new ArrayList<>();
            DetectionStream s = ALL.open(found::add);
            char[] c = text.toCharArray();
            for (int off = 0; off < c.length; off += chunk) s.feed(c, off, Math.min(chunk, c.length - off));
            s.finish();
            assertEquals(List.of(f), found, "chunks of " + chunk);
        }
    }

    @Test
    void oneTypePerSpanByContext() {
        assertNotNull(BOTH);
        assertEquals(IdentifierType.FODSELSNUMMER, only("fnr: " + BOTH).type());
        assertEquals(IdentifierType.KONTONUMMER, only("kontonr: " + BOTH).type());
        assertEquals(IdentifierType.FODSELSNUMMER, only("Mottatt " + BOTH + " i går").type(),
                "no context: a fødselsnummer, which passes the account check one time in eleven anyway");
    }

    @Test
    void aPersonsNameRightBeforeANumberSpeaksForTheFamilyAndAgainstNoOther() {
        Finding named = only("Gjelder Kari Berg-Olsen (" + BOTH + ").");
        Finding unnamed = only("Gjelder saka (" + BOTH + ").");
        assertEquals(IdentifierType.FODSELSNUMMER, named.type());
        assertTrue(named.score() > unnamed.score(), named + " vs " + unnamed);
        assertTrue(named.confidence().atLeast(Confidence.MEDIUM), named::toString);
        // lower case, a dot between, a line between: no name
        for (String notNamed : List.of("Gjelder kari berg (", "Gjelder Kari. Berg (", "Kari Berg\n(", "KARI BERG (")) {
            assertEquals(unnamed.score(), only(notNamed + BOTH + ").").score(), notNamed);
        }
        // a telephone number after a name scores as after any two words
        assertEquals(only("Ring kari berg, 41 23 45 67").score(), only("Ring Kari Berg, 41 23 45 67").score());
    }

    @Test
    void onlyTheTypesAskedFor() {
        String text = "fnr " + BOTH + ", kontonr 8601.11.17947, org.nr. 974 760 673";
        assertEquals(3, ALL.findAll(text).size());
        List<Finding> accounts = new DetectorSet(SETTINGS, EnumSet.of(IdentifierType.KONTONUMMER), false).findAll(text);
        assertEquals(List.of(IdentifierType.KONTONUMMER, IdentifierType.KONTONUMMER),
                accounts.stream().map(Finding::type).toList(), "without the fødselsnummer, the other reading stands");
        List<Finding> persons = new DetectorSet(SETTINGS, EnumSet.of(IdentifierType.FODSELSNUMMER), false).findAll(text);
        assertEquals(1, persons.size());
    }

    @Test
    void everyChunkingGivesTheSameFindingsInTextOrder() {
        String text = """
                Kunde: Kari Nordmann, fnr %s
                Kontonr: 8601.11.17947   IBAN NO93 8601 1117 947
                Leverandør org.nr. 974 760 673 MVA. Kort 4111 1111 1111 1111.
                Spørsmål? Skriv til post@nordby.kommune.no eller ring 22 33 44 55.
                Nordby kommune, Postboks 44, 6771 NORDFJORDEID
                """.formatted(BOTH);
        List<Finding> whole = ALL.findAll(text);
        assertEquals(8, whole.size(), whole::toString);
        for (int i = 1; i < whole.size(); i++) assertTrue(whole.get(i - 1).end() <= whole.get(i).start(), "text order");
        for (int chunk = 1; chunk <= 17; chunk++) {
            assertEquals(whole, inChunks(text, chunk), "chunks of " + chunk);
        }
    }

    @Test
    void tablesReadTheSameInEveryChunking() {
        // the column headers are read from each chunk's masks, 64 chars a block: a header, a gap or a
        // delimiter cut by a chunk's end must read as when whole
        String text = "Lønnsliste november\n"
                      + "levnr;navn;orgnr;kontonr\n100112;Mysen Rør AS;974760673;86011117947\n"
                      + "100118;Østfold AS;995525828;12345678903\n\n"
                      + "Tilsettnr  Namn                Konto          Timar\n"
                      + "---------------------------------------------------\n"
                      + "70411      Aarstad, Johannes   86011117947    262,5\n"
                      + "70412      Bakke, Synnøve      12345678903    210,0\n";
        List<Finding> whole = ALL.findAll(text);
        assertEquals(6, whole.size(), whole::toString);
        assertTrue(whole.stream().allMatch(f -> f.confidence() == Confidence.HIGH), whole::toString);
        for (int chunk = 1; chunk <= 200; chunk += chunk < 20 ? 1 : 9) {
            assertEquals(whole, inChunks(text, chunk), "chunks of " + chunk);
        }
    }

    @Test
    void categoriesOfTheTextWhenFinished() {
        String text = "U.off. jf. offl. § 13\nBekymringsmelding til barneverntjenesten om " + "elev med fnr " + BOTH
                      + ". Det er opprettet undersøkelsessak, og akuttvedtak om plassering i fosterhjem er vurdert.";
        List<Finding> found = new ArrayList<>();
        DetectionStream s = ALL.open(found::add);
        s.feed(text);
        s.finish();
        assertEquals(1, found.size());
        assertTrue(s.categories().present().contains(no.datakart.patterns.category.Category.BARNEVERN),
                s.categories()::toString);
        assertTrue(s.categories().unntattOffentlighet());
        s.reset();
        s.feed("Faktura for renovasjon.");
        s.finish();
        assertEquals(List.of(), s.categories().present());
        assertTrue(!s.categories().unntattOffentlighet());
        DetectionStream without = new DetectorSet(SETTINGS, EnumSet.of(IdentifierType.IBAN), false).open(f -> { });
        without.feed(text);
        without.finish();
        assertEquals(no.datakart.patterns.category.DocumentCategories.NONE, without.categories());
    }

    private static List<Finding> inChunks(String text, int chunk) {
        List<Finding> found = new ArrayList<>();
        DetectionStream s = ALL.open(found::add);
        char[] c = text.toCharArray();
        for (int off = 0; off < c.length; off += chunk) s.feed(c, off, Math.min(chunk, c.length - off));
        s.finish();
        return found;
    }

    private static String bothValid() {
        FnrGenerator.Spec spec = FnrGenerator.allSpecs().get(0);
        FnrGenerator g = new FnrGenerator(new java.util.Random(7));
        for (int i = 0; i < 10_000; i++) {
            String n = g.nextString(spec);
            if (CheckDigits.kontonummer(n)) return n;
        }
        return null;
    }
}
