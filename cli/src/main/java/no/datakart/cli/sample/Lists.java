package no.datakart.cli.sample;

import java.time.LocalDate;
import java.util.Locale;

import no.datakart.patterns.category.Category;

/**
 * Lists and exports: a title, a header row that names each column, a row a person. Numbers in a row are
 * written as exports write them, mostly digits in a row: the column's header says what they are.
 *
 * <p>A title has no comma: Tika takes a text file whose every line has one for comma-separated values.
 * Headers are single capitalised words, and two numbers never stand in adjacent columns but an account
 * and a fødselsnummer, the account first: in a PDF's text the cells of a row are one line joined by single
 * spaces, where the detectors take only such a heading line for the table's header, read adjacent numbers
 * as one run, and count the heading's words also as context words of the rows within 100 chars of them
 * (a window that begins after {@code Fnr} but before {@code Kontonr} would make a fødselsnummer an
 * account).
 */
final class Lists {
    private final Fakes x;
    private final Pen pen;
    private final Town town;

    Lists(Fakes x, Pen pen, Town town) {
        this.x = x;
        this.pen = pen;
        this.town = town;
    }

    /** A class list: children's numbers, their addresses and their parents' telephone numbers. */
    Draft elevliste(String school) {
        LocalDate date = x.day(2023, 2025);
        int grade = x.between(1, 7);
        String group = grade + x.pick("A", "B", "C");
        int born = Math.min(2024, date.getYear() - 6 - grade);
        Doc.Builder d = new Doc.Builder("Elevliste " + group);
        d.para("Elevliste ", group, " – ", school, " – skoleåret ", date.getYear(), "/", date.getYear() + 1);
        d.table("Nr", "Elev", "Fødselsnummer", "Adresse", "Foresatt", "Telefon", "E-post");
        int rows = x.between(16, 26);
        for (int i = 1; i <= rows; i++) {
            Person pupil = x.child(Math.max(2014, born - 1), Math.max(2014, born));
            Person parent = x.adult();
            d.row(Integer.toString(i), pupil.name(), pen.fnrDigits(pupil), pen.address(pupil.address()),
                    parent.name(), pen.cellPhone(parent.phone()), pen.email(parent.email()));
        }
        return new Draft(date.getYear() + "-" + (date.getYear() + 1), "Elevliste " + group, d.build(), date);
    }

    /** A month's salary list, fifty rows: numbers of the family and accounts, both 11 digits in a row. */
    Draft lonnsliste() {
        LocalDate date = x.day(2018, 2025);
        String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("nb"));
        Doc.Builder d = new Doc.Builder("Lønnsliste " + month + " " + date.getYear());
        d.para("Lønnsliste ", month, " ", date.getYear(), " – ", town.name());
        d.table("Ansattnr", "Navn", "Kontonummer", "Fødselsnummer", "Stilling", "Brutto", "Skattetrekk", "Netto");
        for (int i = 0; i < 50; i++) {
            Person p = x.chance(0.1) ? x.dNumberHolder() : x.adult();
            int gross = x.between(28000, 72000);
            int tax = gross * x.between(22, 36) / 100;
            d.row(Integer.toString(10000 + x.between(0, 8999)), p.name(), pen.cellAccount(x.account()),
                    pen.fnrDigits(p), x.pick("Lærer", "Helsefagarbeider", "Konsulent", "Renholder",
                            "Sykepleier", "Barne- og ungdomsarbeider", "Rådgiver"),
                    money(gross), money(tax), money(gross - tax));
        }
        return new Draft(Integer.toString(date.getYear()), "Lønnsliste " + month + " " + date.getYear(), d.build(), date);
    }

    private static String money(int kroner) {
        return kroner + ",00";
    }

    /** Payments of financial assistance: who got how much, to which account. */
    Draft utbetalinger() {
        LocalDate date = x.day(2018, 2025);
        Doc.Builder d = new Doc.Builder("Utbetalinger sosialhjelp");
        d.para("Utbetalinger økonomisk sosialhjelp – uke ", x.between(1, 52), " ", date.getYear());
        d.table("Navn", "Adresse", "Kontonr", "Fnr", "Beløp", "Dato");
        int rows = x.between(8, 20);
        for (int i = 0; i < rows; i++) {
            Person p = x.chance(0.2) ? x.dNumberHolder() : x.adult();
            d.row(p.name(), pen.address(p.address()), pen.cellAccount(x.account()), pen.fnrDigits(p),
                    money(x.between(1500, 14000)), Fakes.date(date.plusDays(x.between(0, 4))));
        }
        return new Draft(Integer.toString(date.getYear()), "Utbetalinger uke " + x.between(1, 52), d.build(), date);
    }

    /** The home nursing service's list of users: numbers, telephones, next of kin, and diagnoses. */
    Draft brukerliste() {
        LocalDate date = x.day(2020, 2025);
        pen.about(Category.HELSE);
        Doc.Builder d = new Doc.Builder("Brukerliste hjemmesykepleien");
        d.para("Brukerliste hjemmesykepleien – sone ", x.pick("nord", "sør", "sentrum"), " – oppdatert ",
                Fakes.date(date));
        d.table("Navn", "Fødselsnummer", "Adresse", "Telefon", "Pårørende", "Telefon", "Diagnose", "Tiltak");
        int rows = x.between(10, 18);
        for (int i = 0; i < rows; i++) {
            Person p = x.adult();
            Person kin = x.adult();
            d.row(p.name(), pen.fnrDigits(p), pen.address(p.address()), pen.cellPhone(p.phone()), kin.name(),
                    pen.cellPhone(kin.phone()), x.pick("Diabetes type 2", "Demens", "Hjerneslag", "Astma",
                            "Epilepsi", "Kreftbehandling"),
                    x.pick("Medisinering", "Sårstell", "Insulin morgen", "Tilsyn kveld", "Praktisk bistand"));
        }
        return new Draft("", "Brukerliste sone " + date.getYear(), d.build(), date);
    }

    /** Staff with their work telephones and e-mail addresses. */
    Draft telefonliste() {
        LocalDate date = x.day(2019, 2025);
        String unit = x.pick("Oppvekst", "Helse og omsorg", "Teknisk", "Økonomi", "Servicetorget");
        Doc.Builder d = new Doc.Builder("Telefonliste " + unit);
        d.para("Telefonliste – ", unit, " – ", Fakes.date(date));
        d.table("Navn", "Telefon", "Stilling", "Mobil", "E-post");
        int rows = x.between(8, 25);
        for (int i = 0; i < rows; i++) {
            Person p = x.staff();
            d.row(p.name(), pen.phone(town.switchboard().substring(0, 4) + x.digits(4)),
                    x.pick("Rådgiver", "Konsulent", "Enhetsleder", "Saksbehandler", "Fagleder"), pen.phone(p.phone()),
                    pen.email(p.email()));
        }
        return new Draft("", "Telefonliste " + unit, d.build(), date);
    }

    /** The municipality's suppliers: organisation numbers, accounts, contacts. */
    Draft leverandorer() {
        LocalDate date = x.day(2019, 2025);
        Doc.Builder d = new Doc.Builder("Leverandørregister");
        d.para("Leverandørregister – eksport ", Fakes.date(date));
        d.table("Leverandør", "Org.nr", "Adresse", "Kontonummer", "Kontaktperson", "Telefon", "E-post");
        int rows = x.between(10, 30);
        for (int i = 0; i < rows; i++) {
            Person p = x.adult();
            String firm = p.last() + x.pick(" AS", " Bygg AS", " Transport AS", " Regnskap AS", " Catering");
            d.row(firm, pen.cellOrg(x.orgNumber()), pen.address(x.address()), pen.cellAccount(x.account()), p.name(),
                    pen.cellPhone(p.phone()), pen.email(Fakes.email(p.first(), p.last(), "firma.example")));
        }
        return new Draft("", "Leverandører " + date.getYear(), d.build(), date);
    }

    /** Children waiting for a kindergarten place, with a parent to call. */
    Draft venteliste() {
        LocalDate date = x.day(2022, 2025);
        Doc.Builder d = new Doc.Builder("Venteliste barnehage");
        d.para("Venteliste barnehageopptak ", date.getYear(), " – ", town.name());
        d.table("Barn", "Fødselsnummer", "Barnehage", "Foresatt", "Telefon", "E-post");
        int rows = x.between(8, 20);
        for (int i = 0; i < rows; i++) {
            Person child = x.child(Math.max(2019, date.getYear() - 4), Math.min(2024, date.getYear() - 1));
            Person parent = x.adult();
            d.row(child.name(), pen.fnrDigits(child), x.pick(Town.KINDERGARTENS), parent.name(),
                    pen.cellPhone(parent.phone()), pen.email(parent.email()));
        }
        return new Draft(Integer.toString(date.getYear()), "Venteliste " + date.getYear(), d.build(), date);
    }

    /** A budget: figures only, no person in it. */
    Draft budsjett() {
        LocalDate date = x.day(2017, 2025);
        int year = date.getYear() + 1;
        Doc.Builder d = new Doc.Builder("Budsjett " + year);
        d.para("Budsjett ", year, " – driftsbudsjett per tjeneste (kr)");
        d.table("Ansvar", "Tjeneste", "Regnskap " + (year - 2), "Budsjett " + (year - 1), "Budsjett " + year);
        String[] services = {"Grunnskole", "Barnehage", "Hjemmetjenester", "Sykehjem", "Kultur", "Vei",
            "Vann og avløp", "Administrasjon", "Brann og redning"};
        for (String s : services) {
            d.row(Integer.toString(x.between(1000, 9999)), s, money(x.between(100000, 9000000)),
                    money(x.between(100000, 9000000)), money(x.between(100000, 9000000)));
        }
        return new Draft(Integer.toString(year), "Budsjett " + year, d.build(), date);
    }

    /** Who signed up for a course: names and work e-mail addresses. */
    Draft deltakerliste() {
        LocalDate date = x.day(2019, 2025);
        String course = x.pick("Kurs i førstehjelp", "Kurs i arkivering", "Fagdag personvern", "Kurs i Excel");
        Doc.Builder d = new Doc.Builder("Deltakerliste " + course);
        d.para("Deltakerliste – ", course, " – ", Fakes.date(date));
        d.table("Navn", "Enhet", "E-post");
        int rows = x.between(6, 18);
        for (int i = 0; i < rows; i++) {
            Person p = x.staff();
            d.row(p.name(), x.pick("Oppvekst", "Helse og omsorg", "Teknisk", "Økonomi"), pen.email(p.email()));
        }
        return new Draft("", "Deltakerliste " + course, d.build(), date);
    }
}
