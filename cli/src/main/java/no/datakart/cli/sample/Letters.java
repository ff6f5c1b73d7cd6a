package no.datakart.cli.sample;

import java.time.LocalDate;

import no.datakart.patterns.category.Category;

/**
 * Case documents and letters, in bokmål or nynorsk: what a case handler writes about one person, with the
 * numbers such papers carry where they carry them (a label before a fødselsnummer, a name before a
 * telephone number, an address on an envelope's two lines). Every identifier goes through the {@link Pen}.
 */
final class Letters {
    private final Fakes x;
    private final Pen pen;
    private final Town town;
    private final boolean nn;

    Letters(Fakes x, Pen pen, Town town) {
        this.x = x;
        this.pen = pen;
        this.town = town;
        this.nn = x.nynorsk();
    }

    private String t(String bokmaal, String nynorsk) {
        return nn ? nynorsk : bokmaal;
    }

    /**
     * A paragraph of the sentences most of a case document is made of, no number and no word of a
     * sensitive category in them: the letter's length varies, what it shows does not.
     */
    private void filler(Doc.Builder d) {
        String[] pool = nn ? FILLER_NN : FILLER_NB;
        int n = x.between(0, 5);
        if (n == 0) return;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(x.pick(pool));
        d.para(b);
    }

    private static final String[] FILLER_NB = {
        "Kommunen skal sikre at tjenestene er forsvarlige og tilpasset den enkeltes behov.",
        "Det er gjennomført en samlet vurdering av saken, der alle opplysninger er tatt med.",
        "Vi ber om at eventuelle endringer i situasjonen meldes til oss så snart som mulig.",
        "Du har rett til å se dokumentene i saken, jf. forvaltningsloven § 18.",
        "Tiltaket dekkes innenfor vedtatt budsjettramme for enheten.",
        "Det er ikke kommet inn merknader til saken innen fristen.",
        "Vi gjør oppmerksom på at vedtaket kan bli endret dersom forutsetningene endrer seg.",
        "Ta gjerne kontakt med servicetorget dersom du har spørsmål til brevet.",
        "Saken er behandlet i tråd med kommunens delegeringsreglement.",
        "Vi beklager lang saksbehandlingstid, som skyldes stor pågang den siste tiden.",
        "Kommunen vil evaluere ordningen etter en prøveperiode.",
        "Opplysningene i saken blir oppbevart i kommunens sak- og arkivsystem."};
    private static final String[] FILLER_NN = {
        "Kommunen skal sikre at tenestene er forsvarlege og tilpassa behova til kvar enkelt.",
        "Det er gjort ei samla vurdering av saka, der alle opplysningane er tekne med.",
        "Vi ber om at endringar i situasjonen blir melde til oss så snart som råd.",
        "Du har rett til å sjå dokumenta i saka, jf. forvaltningslova § 18.",
        "Tiltaket blir dekt innanfor vedteken budsjettramme for eininga.",
        "Det har ikkje kome inn merknader til saka innan fristen.",
        "Vi gjer merksam på at vedtaket kan bli endra dersom føresetnadene endrar seg.",
        "Ta gjerne kontakt med servicetorget om du har spørsmål til brevet.",
        "Saka er handsama i tråd med delegeringsreglementet til kommunen.",
        "Vi orsakar lang sakshandsamingstid, som kjem av stor pågang den siste tida.",
        "Kommunen vil evaluere ordninga etter ein prøveperiode.",
        "Opplysningane i saka blir oppbevarte i sak- og arkivsystemet til kommunen."};

    /** The municipality's letterhead, then the addressee as on an envelope. */
    private void letterhead(Doc.Builder d, String unit, Person to, LocalDate date, String caseNumber) {
        d.para(town.name(), "\n", unit, "\n", pen.address(town.townHall()));
        d.para(to.name(), "\n", pen.addressLines(to.address()));
        d.para(t("Vår ref.: ", "Vår ref.: "), caseNumber, "     Dato: ", Fakes.date(date));
    }

    /** A case handler's sign-off: name, title, telephone and e-mail. */
    private void signOff(Doc.Builder d, Person handler, String title) {
        d.para(t("Med vennlig hilsen", "Med venleg helsing"), "\n", handler.name(), "\n", title, "\n",
                "Tlf. ", pen.phone(handler.phone()), " | ", pen.email(handler.email()));
    }

    /** The footer every letter of the municipality ends with. */
    private void footer(Doc.Builder d) {
        d.para(town.name(), " | Sentralbord: ", pen.phone(town.switchboard()), " | E-post: ",
                pen.email(town.postmottak()), " | Org.nr. ", pen.org(town.orgNumber()));
    }

    /** A report of concern to the child welfare service: a child's number, its parents, the reporter. */
    Draft bekymringsmelding() {
        LocalDate date = x.day(2019, 2025);
        Person child = x.child();
        Person mother = x.adult();
        Person father = x.adult();
        Person reporter = x.staff();
        pen.about(Category.BARNEVERN);
        Doc.Builder d = new Doc.Builder(t("Bekymringsmelding", "Bekymringsmelding"));
        d.para(town.name(), "\n", t("Barneverntjenesten", "Barnevernstenesta"));
        d.para(t("Unntatt offentlighet, jf. offl. § 13", "Unnateke offentlegheit, jf. offl. § 13"));
        d.heading(t("BEKYMRINGSMELDING TIL BARNEVERNTJENESTEN", "BEKYMRINGSMELDING TIL BARNEVERNSTENESTA"));
        d.para(t("Mottatt: ", "Motteken: "), Fakes.date(date), "     Saksnr.: ", x.caseNumber(date.getYear()));
        d.heading(t("Opplysninger om barnet", "Opplysningar om barnet"));
        d.para(t("Navn: ", "Namn: "), child.name(), "\n", t("Fødselsnummer: ", "Fødselsnummer: "), pen.fnr(child),
                "\n", t("Adresse: ", "Adresse: "), pen.address(child.address()));
        d.para(t("Foresatte: ", "Føresette: "), mother.name(), ", tlf. ", pen.phone(mother.phone()), "\n",
                t("Foresatte: ", "Føresette: "), father.name(), ", tlf. ", pen.phone(father.phone()));
        d.para(t("Melder: ", "Meldar: "), reporter.name(), ", ", x.pick("kontaktlærer", "helsesykepleier",
                "barnehagelærer"), ", tlf. ", pen.phone(reporter.phone()), ", ", pen.email(reporter.email()));
        d.heading(t("Bakgrunn for meldingen", "Bakgrunn for meldinga"));
        d.para(t("Vi er bekymret for barnets omsorgssituasjon. Barnet har over tid kommet sent og sliten til "
                 + "skolen, ofte uten matpakke og uten klær etter været.",
                 "Vi er uroa for omsorgssituasjonen til barnet. Barnet har over tid kome seint og slite til "
                 + "skulen, ofte utan matpakke og utan klede etter vêret."));
        d.para(t("Barnet fortalte i en samtale med kontaktlærer at det er mye uro hjemme, og at det er redd for "
                 + "å gå hjem. Vi mener situasjonen kan tyde på omsorgssvikt og ber barneverntjenesten vurdere "
                 + "saken. Foreldrene er orientert om at meldingen er sendt.",
                 "Barnet fortalde i ein samtale med kontaktlæraren at det er mykje uro heime, og at det er redd "
                 + "for å gå heim. Vi meiner situasjonen kan tyde på omsorgssvikt og ber barnevernstenesta "
                 + "vurdere saka. Foreldra er orienterte om at meldinga er send."));
        filler(d);
        d.para(t("Melder ønsker tilbakemelding om at meldingen er mottatt.",
                 "Meldar ønskjer tilbakemelding om at meldinga er motteken."));
        return new Draft(Integer.toString(date.getYear()), t("Bekymringsmelding ", "Bekymringsmelding ")
                + child.first() + " " + child.last().charAt(0) + " " + Fakes.date(date).replace('.', '-'), d.build(), date);
    }

    /** A decision on home nursing: a health matter, with the person's number and address. */
    Draft vedtakHjemmesykepleie() {
        LocalDate date = x.day(2018, 2025);
        Person to = x.adult();
        Person handler = x.staff();
        pen.about(Category.HELSE);
        Doc.Builder d = new Doc.Builder(t("Vedtak om hjemmesykepleie", "Vedtak om heimesjukepleie"));
        letterhead(d, t("Helse og omsorg – Tildelingskontoret", "Helse og omsorg – Tildelingskontoret"), to, date,
                x.caseNumber(date.getYear()));
        d.heading(t("VEDTAK OM HJEMMESYKEPLEIE", "VEDTAK OM HEIMESJUKEPLEIE"));
        d.para(t("Gjelder: ", "Gjeld: "), to.name(), ", ", t("fødselsnummer ", "fødselsnummer "), pen.fnr(to));
        d.para(t("Vi viser til søknaden din og til kartleggingsbesøket hjemme hos deg. Du har en kronisk sykdom "
                 + "og trenger hjelp til medisinering morgen og kveld. Fastlegen har i legeerklæringen beskrevet "
                 + "diagnosen og behovet for oppfølging.",
                 "Vi viser til søknaden din og til kartleggingsbesøket heime hos deg. Du har ein kronisk sjukdom "
                 + "og treng hjelp til medisinering morgon og kveld. Fastlegen har i legeerklæringa skildra "
                 + "diagnosen og behovet for oppfølging."));
        d.para(t("Du får innvilget hjemmesykepleie med to besøk daglig fra ", "Du får innvilga heimesjukepleie med "
                 + "to besøk dagleg frå "), Fakes.date(date.plusDays(7)), t(". Tjenesten er gratis.", ". Tenesta er gratis."));
        filler(d);
        d.heading(t("Klagerett", "Klagerett"));
        d.para(t("Du kan klage på vedtaket innen tre uker fra du mottok dette brevet, jf. forvaltningsloven § 29.",
                 "Du kan klage på vedtaket innan tre veker frå du fekk dette brevet, jf. forvaltningslova § 29."));
        signOff(d, handler, t("Saksbehandler", "Sakshandsamar"));
        footer(d);
        return new Draft(Integer.toString(date.getYear()), t("Vedtak hjemmesykepleie ", "Vedtak heimesjukepleie ")
                + to.name(), d.build(), date);
    }

    /** A decision on financial assistance: the person's number, the account it is paid to. */
    Draft vedtakSosialhjelp() {
        LocalDate date = x.day(2018, 2025);
        Person to = x.chance(0.2) ? x.dNumberHolder() : x.adult();
        Person handler = x.staff();
        pen.about(Category.SOSIAL);
        Doc.Builder d = new Doc.Builder(t("Vedtak om økonomisk sosialhjelp", "Vedtak om økonomisk sosialhjelp"));
        letterhead(d, "NAV Nordby", to, date, x.caseNumber(date.getYear()));
        d.heading(t("VEDTAK OM ØKONOMISK SOSIALHJELP", "VEDTAK OM ØKONOMISK SOSIALHJELP"));
        d.para(t("Søker: ", "Søkjar: "), to.name(), ", ", to.dNummer() ? "D-nummer: " : "fnr. ", pen.fnr(to));
        d.para(t("Du har søkt om økonomisk stønad til livsopphold for ", "Du har søkt om økonomisk stønad til "
                 + "livsopphald for "), x.pick("januar", "februar", "mars", "april", "mai", "juni"), " ",
                date.getYear(), t(". Du innvilges sosialhjelp med kr ", ". Du får innvilga sosialhjelp med kr "),
                x.kroner(4000, 14000), t(" etter sosialtjenesteloven § 18.", " etter sosialtenestelova § 18."));
        d.para(t("Stønaden utbetales til kontonummer ", "Stønaden blir utbetalt til kontonummer "),
                pen.account(x.account()), ".");
        d.para(t("Det settes vilkår om aktivitet: du skal møte til samtale med veileder hver fjortende dag.",
                 "Det blir sett vilkår om aktivitet: du skal møte til samtale med rettleiaren kvar fjortande dag."));
        filler(d);
        signOff(d, handler, t("Veileder", "Rettleiar"));
        footer(d);
        return new Draft(Integer.toString(date.getYear()), t("Vedtak sosialhjelp ", "Vedtak sosialhjelp ")
                + to.last(), d.build(), date);
    }

    /** An employment contract: number, address, account for the salary; now and then a union membership. */
    Draft arbeidsavtale() {
        LocalDate date = x.day(2016, 2025);
        Person employee = x.chance(0.15) ? x.dNumberHolder() : x.adult();
        String job = x.pick("Helsefagarbeider", "Lærer", "Barnehagelærer", "Konsulent", "Renholder", "Vernepleier");
        Doc.Builder d = new Doc.Builder(t("Arbeidsavtale", "Arbeidsavtale"));
        d.heading(t("ARBEIDSAVTALE – FAST ANSETTELSE", "ARBEIDSAVTALE – FAST TILSETJING"));
        d.para(t("Arbeidsgiver: ", "Arbeidsgjevar: "), town.name(), ", org.nr. ", pen.org(town.orgNumber()));
        d.para(t("Arbeidstaker: ", "Arbeidstakar: "), employee.name(), "\n",
                employee.dNummer() ? "D-nummer: " : t("Fødselsnummer: ", "Fødselsnummer: "), pen.fnr(employee), "\n",
                t("Adresse: ", "Adresse: "), pen.address(employee.address()), "\n",
                t("Telefon: ", "Telefon: "), pen.phone(employee.phone()), "\n",
                t("E-post: ", "E-post: "), pen.email(employee.email()), "\n",
                t("Kontonummer for lønn: ", "Kontonummer for løn: "), pen.account(x.account()));
        d.para(t("Stilling: ", "Stilling: "), job, ", ", x.pick("100", "80", "60", "50"), t(" prosent, fra ",
                " prosent, frå "), Fakes.date(date), ".");
        d.para(t("Lønn etter hovedtariffavtalen, lønnstrinn ", "Løn etter hovudtariffavtalen, lønssteg "),
                x.between(30, 60), t(". Prøvetiden er seks måneder. Gjensidig oppsigelsestid er tre måneder.",
                ". Prøvetida er seks månader. Gjensidig oppseiingstid er tre månader."));
        if (x.chance(0.4)) {
            pen.about(Category.FAGFORENING);
            d.para(t("Arbeidstaker er medlem av Fagforbundet. Kontingenttrekk for fagforeningen gjøres i lønn hver "
                     + "måned etter skriftlig fullmakt.",
                     "Arbeidstakar er medlem av Fagforbundet. Kontingenttrekk for fagforeininga blir gjort i løna "
                     + "kvar månad etter skriftleg fullmakt."));
        }
        d.para(t("Sted og dato: Mysen, ", "Stad og dato: Mysen, "), Fakes.date(date));
        return new Draft("", t("Arbeidsavtale ", "Arbeidsavtale ") + employee.name(), d.build(), date);
    }

    /** A follow-up plan for an employee on sick leave: a health matter in a personnel file. */
    Draft oppfolgingsplan() {
        LocalDate date = x.day(2019, 2025);
        Person employee = x.adult();
        Person leader = x.staff();
        pen.about(Category.HELSE);
        Doc.Builder d = new Doc.Builder(t("Oppfølgingsplan ved sykmelding", "Oppfølgingsplan ved sjukmelding"));
        d.heading(t("OPPFØLGINGSPLAN VED SYKMELDING", "OPPFØLGINGSPLAN VED SJUKMELDING"));
        d.para(t("Arbeidstaker: ", "Arbeidstakar: "), employee.name(), ", fnr. ", pen.fnr(employee));
        d.para(t("Leder: ", "Leiar: "), leader.name(), ", tlf. ", pen.phone(leader.phone()));
        d.para(t("Arbeidstaker har vært sykmeldt siden ", "Arbeidstakar har vore sjukmeld sidan "),
                Fakes.date(date.minusWeeks(6)), t(". Etter samtale med fastlegen er det enighet om gradert "
                + "sykmelding og tilrettelagt arbeid. Sykdommen gjør at tunge løft må unngås i en periode.",
                ". Etter samtale med fastlegen er det semje om gradert sjukmelding og tilrettelagt arbeid. "
                + "Sjukdommen gjer at tunge løft må unngåast ei tid."));
        filler(d);
        d.para(t("Neste dialogmøte: ", "Neste dialogmøte: "), Fakes.date(date.plusWeeks(4)), ".");
        return new Draft(Integer.toString(date.getYear()), t("Oppfølgingsplan ", "Oppfølgingsplan ")
                + employee.name(), d.build(), date);
    }

    /** An expert assessment of a pupil's need for special education: a child's number and its parents. */
    Draft sakkyndigVurdering(String school) {
        LocalDate date = x.day(2020, 2025);
        Person pupil = x.child();
        Person parent = x.adult();
        pen.about(Category.OPPLAERING);
        Doc.Builder d = new Doc.Builder(t("Sakkyndig vurdering", "Sakkunnig vurdering"));
        d.para(town.name(), "\n", t("PP-tjenesten", "PP-tenesta"));
        d.heading(t("SAKKYNDIG VURDERING – SPESIALUNDERVISNING", "SAKKUNNIG VURDERING – SPESIALUNDERVISNING"));
        d.para(t("Elev: ", "Elev: "), pupil.name(), ", ", t("fødselsnummer ", "fødselsnummer "), pen.fnr(pupil),
                "\n", t("Skole: ", "Skule: "), school, "\n", t("Foresatt: ", "Føresett: "), parent.name(), ", tlf. ",
                pen.phone(parent.phone()), ", ", pen.email(parent.email()));
        d.para(t("PPT har kartlagt eleven etter henvisning fra skolen. Eleven har store lesevansker og får ikke "
                 + "tilfredsstillende utbytte av den ordinære opplæringen.",
                 "PPT har kartlagt eleven etter tilvising frå skulen. Eleven har store lesevanskar og får ikkje "
                 + "tilfredsstillande utbyte av den ordinære opplæringa."));
        d.para(t("Vi tilrår spesialundervisning fem timer i uken, og at skolen utarbeider en individuell "
                 + "opplæringsplan med mål i norsk og matematikk.",
                 "Vi tilrår spesialundervisning fem timar i veka, og at skulen lagar ein individuell "
                 + "opplæringsplan med mål i norsk og matematikk."));
        return new Draft(Integer.toString(date.getYear()), t("Sakkyndig vurdering ", "Sakkunnig vurdering ")
                + pupil.first(), d.build(), date);
    }

    /** An application for a building permit: the owner's address, the contractor's numbers; no fødselsnummer. */
    Draft byggesoknad() {
        LocalDate date = x.day(2016, 2025);
        Person owner = x.adult();
        Person contact = x.adult();
        String firm = contact.last() + x.pick(" Bygg AS", " Tømrer AS", " Arkitekter AS", " Entreprenør AS");
        Doc.Builder d = new Doc.Builder(t("Søknad om tillatelse til tiltak", "Søknad om løyve til tiltak"));
        d.heading(t("SØKNAD OM TILLATELSE I ETT TRINN", "SØKNAD OM LØYVE I EITT TRINN"));
        d.para(t("Eiendom: gnr. ", "Eigedom: gnr. "), x.between(1, 140), " bnr. ", x.between(1, 400), ", ",
                pen.address(owner.address()));
        d.para(t("Tiltakshaver: ", "Tiltakshavar: "), owner.name(), ", tlf. ", pen.phone(owner.phone()));
        d.para(t("Ansvarlig søker: ", "Ansvarleg søkjar: "), firm, ", org.nr. ", pen.org(x.orgNumber()), "\n",
                t("Kontaktperson: ", "Kontaktperson: "), contact.name(), ", tlf. ", pen.phone(contact.phone()),
                ", ", pen.email(Fakes.email(contact.first(), contact.last(), "bygg.example")));
        d.para(t("Tiltaket gjelder oppføring av ", "Tiltaket gjeld oppføring av "), x.pick("garasje", "tilbygg",
                "terrasse", "enebolig"), t(" på ", " på "), x.between(18, 160), t(" kvadratmeter. Nabovarsel er sendt, og "
                + "det er ikke kommet merknader.", " kvadratmeter. Nabovarsel er sendt, og det har ikkje kome merknader."));
        filler(d);
        d.para(t("Vedlegg: situasjonsplan, tegninger, gjenpart av nabovarsel.",
                 "Vedlegg: situasjonsplan, teikningar, gjenpart av nabovarsel."));
        return new Draft(owner.address().street(), t("Søknad om tillatelse ", "Søknad om løyve ")
                + Fakes.date(date).replace('.', '-'), d.build(), date);
    }

    /** A supplier's invoice: organisation number, account, IBAN and a KID that is no identifier. */
    Draft faktura() {
        LocalDate date = x.day(2017, 2025);
        Person contact = x.adult();
        String firm = contact.last() + x.pick(" Elektro AS", " Rør AS", " Maskin AS", " Renhold AS");
        String account = x.account();
        Doc.Builder d = new Doc.Builder("Faktura");
        d.para(firm, "\n", pen.address(x.address()), "\nOrg.nr. ", pen.org(x.orgNumber()), " MVA");
        d.heading("FAKTURA");
        d.para("Fakturanr.: ", x.between(10000, 99999), "     Fakturadato: ", Fakes.date(date), "     Forfall: ",
                Fakes.date(date.plusDays(30)));
        d.para("Kunde: ", town.name(), ", ", pen.address(town.townHall()));
        d.table("Beskrivelse", "Antall", "Pris", "Sum")
                .row(x.pick("Service varmepumpe", "Reparasjon", "Vask av fellesareal", "Bytte av armatur"),
                        Integer.toString(x.between(1, 9)), x.kroner(300, 2000), x.kroner(1000, 20000))
                .row("Kjøring", "1", x.kroner(300, 900), x.kroner(300, 900));
        d.para("Å betale: kr ", x.kroner(2000, 40000));
        d.para("Betales til kontonummer ", pen.account(account), ", KID: ", x.digits(9) + "0", "\n",
                "IBAN: ", pen.iban(account), "     BIC: ", x.pick("DNBANOKK", "SPRONO22", "NDEANOKK"));
        d.para(t("Spørsmål om fakturaen? Ring ", "Spørsmål om fakturaen? Ring "), pen.phone(contact.phone()));
        return new Draft(Integer.toString(date.getYear()), "Faktura " + firm, d.build(), date);
    }

    /** A letter inviting parents to a meeting: the teacher's telephone and e-mail, nothing else. */
    Draft foreldremote(String school) {
        LocalDate date = x.day(2021, 2025);
        Person teacher = x.staff();
        Doc.Builder d = new Doc.Builder(t("Innkalling til foreldremøte", "Innkalling til foreldremøte"));
        d.heading(t("INNKALLING TIL FORELDREMØTE", "INNKALLING TIL FORELDREMØTE"));
        d.para(t("Vi inviterer til foreldremøte for ", "Vi inviterer til foreldremøte for "), x.between(1, 10),
                t(". trinn på ", ". trinn på "), school, " ", Fakes.date(date), t(" klokken 18.", " klokka 18."));
        d.para(t("På møtet tar vi opp turdagen, leksehjelp og samarbeidet mellom hjem og skole. Det blir servert "
                 + "kaffe og boller.",
                 "På møtet tek vi opp turdagen, leksehjelp og samarbeidet mellom heim og skule. Det blir servert "
                 + "kaffi og bollar."));
        d.para(t("Gi beskjed hvis dere ikke kan komme.", "Gi beskjed om de ikkje kan kome."), "\n",
                teacher.name(), t(", kontaktlærer", ", kontaktlærar"), "\n",
                "Tlf. ", pen.phone(teacher.phone()), "\n", pen.email(teacher.email()));
        return new Draft(Integer.toString(date.getYear()), t("Innkalling foreldremøte ", "Innkalling foreldremøte ")
                + Fakes.date(date).replace('.', '-'), d.build(), date);
    }

    /** Minutes of a political committee: names of members, decisions, no identifier at all. */
    Draft motereferat(String committee) {
        LocalDate date = x.day(2016, 2025);
        Doc.Builder d = new Doc.Builder(t("Møtereferat ", "Møtereferat ") + committee);
        d.heading(t("MØTEREFERAT – ", "MØTEREFERAT – ") + committee.toUpperCase(java.util.Locale.ROOT));
        d.para(t("Tid: ", "Tid: "), Fakes.date(date), t(" klokken 18.00", " klokka 18.00"), "\n",
                t("Sted: Kommunestyresalen", "Stad: Kommunestyresalen"));
        StringBuilder present = new StringBuilder();
        int n = x.between(5, 9);
        for (int i = 0; i < n; i++) present.append(i == 0 ? "" : ", ").append(x.fullName());
        d.para(t("Til stede: ", "Til stades: "), present);
        int first = x.between(1, 60);
        for (int i = 0; i < x.between(3, 6); i++) {
            d.heading("PS " + (first + i) + "/" + (date.getYear() % 100) + " " + x.pick(
                    t("Budsjettjustering", "Budsjettjustering"), t("Referatsaker", "Referatsaker"),
                    t("Søknad om skjenkebevilling", "Søknad om skjenkeløyve"), t("Reguleringsplan for sentrum",
                    "Reguleringsplan for sentrum"), t("Tilstandsrapport for skolene", "Tilstandsrapport for skulane"),
                    t("Økonomirapport andre tertial", "Økonomirapport andre tertial")));
            d.para(x.pick(t("Administrasjonen orienterte om status i saken.", "Administrasjonen orienterte om "
                            + "status i saka."),
                    t("Saken ble drøftet, og forslaget fra kommunedirektøren fikk flertall.", "Saka vart drøfta, og "
                            + "framlegget frå kommunedirektøren fekk fleirtal."),
                    t("Utvalget ba om en ny vurdering til neste møte.", "Utvalet bad om ei ny vurdering til neste møte.")),
                    " ", x.pick(t("Enstemmig vedtatt.", "Samrøystes vedteke."), t("Vedtatt mot to stemmer.",
                    "Vedteke mot to røyster."), t("Saken ble utsatt.", "Saka vart utsett.")));
        }
        d.para(t("Neste møte: ", "Neste møte: "), Fakes.date(date.plusWeeks(4)), ". Referent: ", x.fullName());
        return new Draft(Integer.toString(date.getYear()), t("Møtereferat ", "Møtereferat ")
                + Fakes.date(date).replace('.', '-'), d.build(), date);
    }

    /** A letter template: the fields are there, filled with nothing. */
    Draft mal() {
        LocalDate date = x.day(2015, 2022);
        String kind = x.pick(t("vedtaksbrev", "vedtaksbrev"), t("avslag", "avslag"), t("innkalling", "innkalling"),
                t("oversendelse", "oversending"));
        Doc.Builder d = new Doc.Builder(t("Mal for ", "Mal for ") + kind);
        d.para(town.name(), "\n[", t("Enhet", "Eining"), "]");
        d.para("[", t("Navn", "Namn"), "]\n[Adresse]\n[Postnummer og poststed]");
        d.para(t("Vår ref.: [saksnummer]     Dato: [dato]", "Vår ref.: [saksnummer]     Dato: [dato]"));
        d.heading(kind.toUpperCase(java.util.Locale.ROOT));
        d.para(t("Fødselsnummer: [11 siffer]", "Fødselsnummer: [11 siffer]"));
        d.para(t("Vi viser til [henvendelse] datert [dato]. [Skriv teksten her.]",
                 "Vi viser til [førespurnad] datert [dato]. [Skriv teksten her.]"));
        d.para(t("Med vennlig hilsen", "Med venleg helsing"), "\n[", t("Saksbehandler", "Sakshandsamar"), "]\n[",
                t("Telefon", "Telefon"), "]");
        return new Draft("", t("Mal – ", "Mal – ") + kind, d.build(), date);
    }

    /** A plan of many chapters and no person: most of a share's bytes are such documents. */
    Draft plan() {
        LocalDate date = x.day(2016, 2025);
        String topic = x.pick(t("Kommunedelplan for vann og avløp", "Kommunedelplan for vatn og avløp"),
                t("Plan for idrett og fysisk aktivitet", "Plan for idrett og fysisk aktivitet"),
                t("Trafikksikkerhetsplan", "Trafikktryggingsplan"), t("Kulturplan", "Kulturplan"),
                t("Klima- og energiplan", "Klima- og energiplan"));
        Doc.Builder d = new Doc.Builder(topic);
        d.heading(topic + " " + date.getYear() + "–" + (date.getYear() + 4));
        d.para(t("Vedtatt av kommunestyret ", "Vedteken av kommunestyret "), Fakes.date(date), ".");
        String[] chapters = {t("Innledning", "Innleiing"), t("Mål", "Mål"), t("Dagens situasjon", "Situasjonen i dag"),
            t("Utfordringer", "Utfordringar"), t("Tiltak", "Tiltak"), t("Økonomi", "Økonomi"),
            t("Oppfølging og rapportering", "Oppfølging og rapportering")};
        for (String chapter : chapters) {
            d.heading(chapter);
            for (int i = x.between(2, 5); i > 0; i--) {
                StringBuilder b = new StringBuilder();
                for (int k = x.between(4, 8); k > 0; k--) b.append(b.isEmpty() ? "" : " ").append(x.pick(nn ? PLAN_NN : PLAN_NB));
                d.para(b);
            }
        }
        return new Draft("", topic + " " + date.getYear(), d.build(), date);
    }

    private static final String[] PLAN_NB = {
        "Planen bygger på kommuneplanens samfunnsdel og på nasjonale forventninger til regional og kommunal planlegging.",
        "Arbeidet har vært organisert med en styringsgruppe, en prosjektgruppe og en referansegruppe.",
        "Innbyggerne har kommet med innspill gjennom åpne møter og en digital undersøkelse.",
        "Kommunen har et stort etterslep på vedlikehold av veier, ledninger og bygg.",
        "Befolkningen ventes å vokse svakt fram mot 2040, og andelen eldre øker.",
        "Tiltakene er prioritert etter virkning, kostnad og hvor raskt de kan gjennomføres.",
        "Handlingsdelen rulleres hvert år i forbindelse med budsjett og økonomiplan.",
        "Kommunen vil samarbeide med nabokommunene, fylkeskommunen og frivillige lag og foreninger.",
        "Målene skal være konkrete, målbare og mulige å følge opp i årsrapporten.",
        "Det er behov for å se arealbruk, transport og energibruk i sammenheng.",
        "Investeringene finansieres med lån, tilskudd og gebyrer etter selvkostprinsippet.",
        "Klimaendringene gir mer nedbør og større risiko for flom og overvann.",
        "Kartleggingen viser at mange anlegg er fra 1970-tallet og må fornyes.",
        "Planen skal evalueres etter fire år."};
    private static final String[] PLAN_NN = {
        "Planen byggjer på samfunnsdelen av kommuneplanen og på nasjonale forventningar til regional og kommunal planlegging.",
        "Arbeidet har vore organisert med ei styringsgruppe, ei prosjektgruppe og ei referansegruppe.",
        "Innbyggjarane har kome med innspel gjennom opne møte og ei digital undersøking.",
        "Kommunen har eit stort etterslep på vedlikehald av vegar, leidningar og bygg.",
        "Folketalet er venta å auke svakt fram mot 2040, og delen eldre aukar.",
        "Tiltaka er prioriterte etter verknad, kostnad og kor raskt dei kan gjennomførast.",
        "Handlingsdelen blir rullert kvart år saman med budsjett og økonomiplan.",
        "Kommunen vil samarbeide med nabokommunane, fylkeskommunen og frivillige lag og organisasjonar.",
        "Måla skal vere konkrete, målbare og moglege å følgje opp i årsrapporten.",
        "Det er behov for å sjå arealbruk, transport og energibruk i samanheng.",
        "Investeringane blir finansierte med lån, tilskot og gebyr etter sjølvkostprinsippet.",
        "Klimaendringane gir meir nedbør og større risiko for flaum og overvatn.",
        "Kartlegginga viser at mange anlegg er frå 1970-talet og må fornyast.",
        "Planen skal evaluerast etter fire år."};

    /** A case presentation on a budget matter: prose and figures, no person in it. */
    Draft saksframlegg() {
        LocalDate date = x.day(2017, 2025);
        String topic = x.pick(t("Rehabilitering av Nordby skole", "Rehabilitering av Nordby skule"),
                t("Ny gang- og sykkelvei langs Storgata", "Ny gang- og sykkelveg langs Storgata"),
                t("Kommunal vannforsyning – hovedplan", "Kommunal vassforsyning – hovudplan"),
                t("Drift av kulturhuset", "Drift av kulturhuset"));
        Doc.Builder d = new Doc.Builder(t("Saksframlegg ", "Saksframlegg ") + topic);
        d.heading(t("SAKSFRAMLEGG", "SAKSFRAMLEGG"));
        d.para(t("Arkivsak: ", "Arkivsak: "), x.caseNumber(date.getYear()), "     ", t("Utvalg: Formannskapet",
                "Utval: Formannskapet"), "     ", t("Møtedato: ", "Møtedato: "), Fakes.date(date));
        d.heading(topic);
        d.para(t("Kommunedirektøren legger med dette fram en sak om ", "Kommunedirektøren legg med dette fram ei sak "
                 + "om "), topic.toLowerCase(java.util.Locale.ROOT), t(". Saken har vært på høring, og "
                 + "innspillene er tatt med i vurderingen.", ". Saka har vore på høyring, og innspela er tekne med i "
                 + "vurderinga."));
        d.table(t("Post", "Post"), t("Budsjett", "Budsjett"), t("Prognose", "Prognose"))
                .row(t("Investering", "Investering"), x.kroner(100000, 900000), x.kroner(100000, 900000))
                .row(t("Drift", "Drift"), x.kroner(10000, 90000), x.kroner(10000, 90000));
        filler(d);
        d.para(t("Kommunedirektøren tilrår at formannskapet slutter seg til planen.",
                 "Kommunedirektøren tilrår at formannskapet sluttar seg til planen."));
        return new Draft(Integer.toString(date.getYear()), t("Saksframlegg – ", "Saksframlegg – ") + topic, d.build(), date);
    }

    /** An e-mail's own text: a short message and a signature with the sender's telephone and address. */
    Doc mailBody(Person from, Person to, String subject, String attachment) {
        Doc.Builder d = new Doc.Builder(subject);
        d.para(t("Hei ", "Hei "), to.first(), ",");
        d.para(t("Vedlagt følger ", "Vedlagt ligg "), attachment, t(". Gi beskjed hvis noe er uklart, eller ring meg "
                + "på ", ". Gi beskjed om noko er uklart, eller ring meg på "), pen.phone(from.phone()), ".");
        d.para(t("Med vennlig hilsen", "Med venleg helsing"), "\n", from.name(), "\n", town.name(), "\n",
                pen.email(from.email()));
        return d.build();
    }
}
