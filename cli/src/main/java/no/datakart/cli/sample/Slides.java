package no.datakart.cli.sample;

import java.time.LocalDate;

/** Presentations: a heading a slide, a few lines under it. Most carry no personal data; some a contact slide. */
final class Slides {
    private final Fakes x;
    private final Pen pen;

    Slides(Fakes x, Pen pen) {
        this.x = x;
        this.pen = pen;
    }

    /** A training deck on handling personal data: rules, no person. */
    Draft personvern() {
        LocalDate date = x.day(2018, 2025);
        Doc.Builder d = new Doc.Builder("Personvern i hverdagen");
        d.heading("Personvern i hverdagen");
        d.para("Fagdag for ansatte, ", Fakes.date(date));
        d.heading("Hva er en personopplysning?");
        d.para("Alt som kan knyttes til en person: navn, adresse, telefonnummer og fødselsnummer.");
        d.heading("Hvor skal dokumentene ligge?");
        d.para("I sak- og arkivsystemet, ikke på fellesområdet eller i e-post. Rydd i egne mapper hvert år.");
        d.heading("Avvik");
        d.para("Meld avvik i kvalitetssystemet. Personvernombudet hjelper deg.");
        return new Draft("", "Personvern i hverdagen", d.build(), date);
    }

    /** A project's status with its contact people: work telephones and e-mail addresses. */
    Draft prosjektstatus() {
        LocalDate date = x.day(2019, 2025);
        String project = x.pick("Ny barneskole", "Digitalisering av byggesak", "Nytt sykehjem", "Ny brannstasjon");
        Doc.Builder d = new Doc.Builder(project);
        d.heading(project + " – status");
        d.para("Styringsgruppemøte ", Fakes.date(date));
        d.heading("Fremdrift");
        d.para("Forprosjektet er ferdig. Anbudet lyses ut i ", x.pick("mars", "juni", "september"), ".");
        d.heading("Økonomi");
        d.para("Kostnadsrammen er kr ", x.between(20, 400), " millioner. Prognosen holder seg innenfor rammen.");
        d.heading("Kontaktpersoner");
        Person leader = x.staff();
        Person adviser = x.staff();
        d.para("Prosjektleder: ", leader.name(), ", tlf. ", pen.phone(leader.phone()), ", ", pen.email(leader.email()),
                "\n", "Rådgiver: ", adviser.name(), ", tlf. ", pen.phone(adviser.phone()), ", ", pen.email(adviser.email()));
        return new Draft("", project + " status " + Fakes.date(date).replace('.', '-'), d.build(), date);
    }

    /** The year's figures of a service: numbers of cases, no person. */
    Draft arsrapport() {
        LocalDate date = x.day(2017, 2025);
        String service = x.pick("Servicetorget", "Byggesak", "Kulturskolen", "Biblioteket");
        Doc.Builder d = new Doc.Builder("Årsrapport " + service);
        d.heading("Årsrapport " + (date.getYear() - 1) + " – " + service);
        d.heading("Nøkkeltall");
        d.para("Antall henvendelser: ", x.between(200, 9000), "\nSaker behandlet: ", x.between(50, 900),
                "\nGjennomsnittlig svartid: ", x.between(2, 20), " dager");
        d.heading("Veien videre");
        d.para("Vi skal bli mer digitale og korte ned svartiden. Brukerundersøkelsen gjentas neste år.");
        return new Draft("", "Årsrapport " + service + " " + (date.getYear() - 1), d.build(), date);
    }
}
