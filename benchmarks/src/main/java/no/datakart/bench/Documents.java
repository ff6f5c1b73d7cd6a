package no.datakart.bench;

/**
 * Writes one municipal document at a time: the kinds of files a kommune keeps, in bokmål or nynorsk,
 * with the numbers each kind carries. Only the shape of the text matters, not its sense: a scanner
 * meets prose, letterheads, tables and e-mail quoting, with numbers of the family among many others.
 */
final class Documents {
    private final Fakes x;
    private final StringBuilder out;
    private boolean nn; // this document is in nynorsk

    Documents(Fakes fakes, StringBuilder out) {
        this.x = fakes;
        this.out = out;
    }

    /** One document of a kind picked by how common it is in a municipal file share. */
    void next() {
        nn = x.chance(0.3);
        int r = x.random.nextInt(100);
        if (r < 20) vedtak();
        else if (r < 34) moeteReferat();
        else if (r < 39) elevliste();
        else if (r < 43) loennsliste();
        else if (r < 52) faktura();
        else if (r < 62) bekymringsmelding();
        else if (r < 82) epost();
        else saksframlegg();
        out.append("\n\n");
    }

    private String t(String bokmaal, String nynorsk) {
        return nn ? nynorsk : bokmaal;
    }

    private Documents line(Object... parts) {
        for (Object p : parts) out.append(p);
        out.append('\n');
        return this;
    }

    /** A person's number with one of the labels people put before it, or none. */
    private String labelled(String number) {
        return x.pick("fødselsnummer ", "fødselsnr. ", "f.nr. ", "fnr. ", "Fnr: ", "personnummer ", "pnr. ", "",
                "", "") + number;
    }

    private void letterhead(String unit) {
        line(x.municipality()).line(unit).line(x.street()).line(x.place()).line();
        String name = x.fullName();
        line(name).line(x.street()).line(x.place()).line();
        line(t("Deres ref.: ", "Dykkar ref.: "), x.chance(0.5) ? x.caseNumber() : "", "   ",
                t("Vår ref.: ", "Vår ref.: "), x.caseNumber(), "   ", t("Saksbehandler: ", "Sakshandsamar: "),
                x.fullName(), "   Dato: ", x.date());
        line();
    }

    private void prose(int sentences, String... pool) {
        for (int i = 0; i < sentences; i++) out.append(x.pick(pool)).append(' ');
        out.append('\n');
    }

    /** A paragraph of the number-free sentences most of a municipal text is made of. */
    private void filler(int sentences) {
        String[] pool = nn ? GENERAL_NN : GENERAL_NB;
        for (int i = 0; i < sentences; i++) out.append(x.pick(pool)).append(' ');
        out.append('\n');
    }

    private static final String[] GENERAL_NB = {
        "Kommunen skal sikre at tjenestene er forsvarlige og tilpasset den enkeltes behov.",
        "Det er gjennomført en samlet vurdering av saken, der alle opplysninger er tatt med.",
        "Administrasjonen mener at tiltaket vil gi bedre kvalitet og mer forutsigbarhet for innbyggerne.",
        "Saken har vært drøftet med tillitsvalgte og verneombud i tråd med hovedavtalen.",
        "Vi ber om at eventuelle endringer i situasjonen meldes til tjenesten så snart som mulig.",
        "Du har rett til å se dokumentene i saken, jf. forvaltningsloven.",
        "Opplysningene er innhentet med samtykke og blir behandlet i samsvar med personvernregelverket.",
        "Tiltaket dekkes innenfor vedtatt budsjettramme for enheten.",
        "Det er ikke kommet inn merknader til saken innen fristen.",
        "Rådmannen anbefaler at saken sendes på høring til berørte parter før endelig behandling.",
        "Enheten har over tid hatt utfordringer med rekruttering av fagpersonell.",
        "Brukermedvirkning er ivaretatt gjennom samtaler med tjenestemottaker og pårørende.",
        "Vi gjør oppmerksom på at vedtaket kan bli endret dersom forutsetningene endrer seg.",
        "Ta gjerne kontakt med servicetorget dersom du har spørsmål til brevet.",
        "Tilbudet skal evalueres etter en prøveperiode, og erfaringene legges fram for utvalget.",
        "Det vises til tidligere korrespondanse i saken og til møtet med familien.",
        "Kostnadene er usikre, og det tas forbehold om endringer i statlige tilskudd.",
        "Saken er behandlet i tråd med kommunens delegeringsreglement.",
        "Den videre oppfølgingen skjer i samarbeid med fastlege og spesialisthelsetjenesten.",
        "Vi beklager lang saksbehandlingstid, som skyldes stor pågang den siste tiden."};
    private static final String[] GENERAL_NN = {
        "Kommunen skal sikre at tenestene er forsvarlege og tilpassa behova til kvar enkelt.",
        "Det er gjort ei samla vurdering av saka, der alle opplysningane er tekne med.",
        "Administrasjonen meiner at tiltaket vil gi betre kvalitet og meir føreseielege tenester for innbyggjarane.",
        "Saka har vore drøfta med tillitsvalde og verneombod i tråd med hovudavtalen.",
        "Vi ber om at endringar i situasjonen blir melde til tenesta så snart som råd.",
        "Du har rett til å sjå dokumenta i saka, jf. forvaltningslova.",
        "Opplysningane er henta inn med samtykke og blir handsama i samsvar med personvernregelverket.",
        "Tiltaket blir dekt innanfor vedteken budsjettramme for eininga.",
        "Det har ikkje kome inn merknader til saka innan fristen.",
        "Kommunedirektøren tilrår at saka blir send på høyring til partane før endeleg handsaming.",
        "Eininga har over tid hatt utfordringar med å rekruttere fagfolk.",
        "Brukarmedverknad er teken vare på gjennom samtalar med tenestemottakar og pårørande.",
        "Vi gjer merksam på at vedtaket kan bli endra dersom føresetnadene endrar seg.",
        "Ta gjerne kontakt med servicetorget om du har spørsmål til brevet.",
        "Tilbodet skal evaluerast etter ein prøveperiode, og erfaringane blir lagde fram for utvalet.",
        "Det er vist til tidlegare korrespondanse i saka og til møtet med familien.",
        "Kostnadene er usikre, og det er teke atterhald om endringar i statlege tilskot.",
        "Saka er handsama i tråd med delegeringsreglementet til kommunen.",
        "Den vidare oppfølginga skjer i samarbeid med fastlege og spesialisthelsetenesta.",
        "Vi orsakar lang sakshandsamingstid, som kjem av stor pågang den siste tida."};

    private void vedtak() {
        letterhead(x.pick("Helse og omsorg", "Tildelingskontoret", "NAV sosiale tjenester", "Oppvekst", "Eiendomsskatt"));
        String service = x.pick(t("praktisk bistand", "praktisk bistand"), t("brukerstyrt personlig assistanse",
                "brukarstyrt personleg assistanse"), t("omsorgsstønad", "omsorgsstønad"),
                t("avlastning", "avlasting"), t("sosialhjelp", "økonomisk sosialhjelp"));
        line(t("VEDTAK OM ", "VEDTAK OM "), service.toUpperCase(java.util.Locale.ROOT)).line();
        line(t("Vi viser til søknaden din datert ", "Vi viser til søknaden din datert "), x.date(),
                t(", mottatt ", ", motteken "), x.date(), ".");
        if (x.chance(0.85)) {
            line(t("Søker: ", "Søkjar: "), x.fullName(), ", ", labelled(x.fnr()));
        } else {
            line(t("Søker: ", "Søkjar: "), x.fullName(), t(", født ", ", fødd "), x.birthDate(1935, 2008));
        }
        line();
        line("Vedtak");
        line(t("Med hjemmel i helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b, jf. § 3-8, innvilges ",
                "Med heimel i helse- og omsorgstenestelova § 3-2 første ledd nr. 6 bokstav b, jf. § 3-8, får du innvilga "),
                service, " ", x.between(2, 40), t(" timer per uke fra ", " timar per veke frå "), x.date(), " til ",
                x.date(), ".");
        line(t("Egenbetaling: kr ", "Eigenbetaling: kr "), x.amount(200, 4000), t(" per måned. Beløpet faktureres etterskuddsvis til konto ",
                " per månad. Beløpet blir fakturert etterskotsvis til konto "), x.account(), ".");
        line();
        line(t("Begrunnelse", "Grunngjeving"));
        prose(x.between(3, 7),
                t("Kommunen har vurdert søknaden opp mot ditt behov for hjelp i hverdagen.",
                  "Kommunen har vurdert søknaden opp mot behovet ditt for hjelp i kvardagen."),
                t("Det er lagt vekt på opplysninger fra fastlege og hjemmesykepleien.",
                  "Det er lagt vekt på opplysningar frå fastlege og heimesjukepleia."),
                t("Ved kartleggingsbesøk den " + x.date() + " kom det frem at du trenger bistand til innkjøp og rengjøring.",
                  "Ved kartleggingsbesøk den " + x.date() + " kom det fram at du treng hjelp til innkjøp og reingjering."),
                t("Vedtaket gjelder til og med " + x.date() + ", og vil bli evaluert innen tre måneder.",
                  "Vedtaket gjeld til og med " + x.date() + ", og vil bli evaluert innan tre månader."),
                t("Inntekten din er beregnet til kr " + x.amount(100_000, 900_000) + " per år.",
                  "Inntekta di er rekna til kr " + x.amount(100_000, 900_000) + " per år."),
                t("Taket for egenandel er fastsatt etter forskrift § 10.", "Taket for eigendel er fastsett etter forskrift § 10."),
                t("Tjenesten vil bli utført mellom kl. " + x.time() + " og " + x.time() + " på hverdager.",
                  "Tenesta blir utført mellom kl. " + x.time() + " og " + x.time() + " på kvardagar."));
        filler(x.between(4, 10));
        line();
        line(t("Klageadgang", "Klagerett"));
        line(t("Du kan klage på vedtaket innen tre uker fra du mottok dette brevet, jf. forvaltningsloven §§ 28 og 29. ",
                "Du kan klage på vedtaket innan tre veker frå du fekk dette brevet, jf. forvaltningslova §§ 28 og 29. "),
                t("Klagen sendes til ", "Klaga skal sendast til "), x.municipality(), t(", postboks ", ", postboks "),
                x.between(1, 999), ", ", x.place(), ".");
        line().line(t("Med vennlig hilsen", "Med helsing")).line(x.fullName());
        line(x.pick("rådgiver", "konsulent", "saksbehandler", "avdelingsleder"), ", tlf. ", x.phone());
    }

    private void moeteReferat() {
        line(t("MØTEREFERAT – ", "MØTEREFERAT – "), x.pick(t("Hovedutvalg for oppvekst og kultur", "Hovudutval for oppvekst og kultur"),
                t("Formannskapet", "Formannskapet"), t("Kommunestyret", "Kommunestyret"), t("Eldrerådet", "Eldrerådet"),
                t("Råd for personer med funksjonsnedsettelse", "Råd for personar med funksjonsnedsetting")));
        line(t("Tid: ", "Tid: "), x.date(), " kl. ", x.time(), "–", x.time());
        line(t("Sted: ", "Stad: "), x.pick("Kommunestyresalen", "Møterom 2. etasje", "Teams", "Rådhuset, møterom Fjellet"));
        out.append(t("Til stede: ", "Til stades: "));
        int present = x.between(4, 11);
        for (int i = 0; i < present; i++) out.append(i > 0 ? ", " : "").append(x.fullName());
        line().line(t("Forfall: ", "Forfall: "), x.fullName()).line();
        int items = x.between(3, 8);
        int year = x.between(20, 26);
        int first = x.between(1, 90);
        for (int i = 0; i < items; i++) {
            line("PS ", first + i, "/", year, "  ", x.pick(t("Budsjettjustering", "Budsjettjustering"),
                    t("Referatsaker", "Referatsaker"), t("Søknad om skjenkebevilling", "Søknad om skjenkeløyve"),
                    t("Reguleringsplan for ", "Reguleringsplan for ") + x.pick("Nedre Berg", "Sentrum aust", "Hamnefeltet"),
                    t("Tilstandsrapport skoler", "Tilstandsrapport skular"), t("Økonomirapport 2. tertial", "Økonomirapport 2. tertial")),
                    " (sak ", x.caseNumber(), ")");
            prose(x.between(1, 4),
                    t("Administrasjonen orienterte om status per " + x.date() + ".", "Administrasjonen orienterte om status per " + x.date() + "."),
                    t("Rammen foreslås økt med kr " + x.amount(10_000, 5_000_000) + ".", "Ramma er føreslått auka med kr " + x.amount(10_000, 5_000_000) + "."),
                    t("Forslaget ble vedtatt mot " + x.between(1, 9) + " stemmer.", "Framlegget vart vedteke mot " + x.between(1, 9) + " røyster."),
                    t("Enstemmig vedtatt.", "Samrøystes vedteke."),
                    t("Saken utsettes til møtet " + x.date() + ".", "Saka vert utsett til møtet " + x.date() + "."),
                    t("Kontaktperson er " + x.fullName() + ", tlf. " + x.phone() + ".", "Kontaktperson er " + x.fullName() + ", tlf. " + x.phone() + "."),
                    t("Det vises til vedlegg datert " + x.isoDate() + ".", "Det er vist til vedlegg datert " + x.isoDate() + "."));
            filler(x.between(1, 5));
            if (x.chance(0.04)) {
                line(t("Habilitet: ", "Habilitet: "), x.fullName(), " (", x.fnr(), t(") fratrådte under behandlingen.",
                        ") fråtredde under handsaminga."));
            }
        }
        line().line(t("Neste møte: ", "Neste møte: "), x.date(), " kl. ", x.time(), ". ", t("Referent: ", "Referent: "), x.fullName());
    }

    private void elevliste() {
        boolean numbers = x.chance(0.45); // most lists carry birth dates only
        int style = x.random.nextInt(3);  // 0 CSV, 1 tabs, 2 text as extracted from a PDF (single spaces)
        line(t("Elevliste ", "Elevliste "), x.pick("1A", "2B", "3C", "4A", "5B", "6C", "7A", "8B", "9A", "10C"), " – ",
                x.pick("Berg skole", "Fjordtun skule", "Sentrum barneskole", "Hauge ungdomsskule"), ", skoleåret 20",
                x.between(22, 26), "/", x.between(23, 27));
        String head = numbers ? t("Fødselsnummer", "Fødselsnummer") : t("Født", "Fødd");
        String sep = switch (style) {
            case 0 -> ";";
            case 1 -> "\t";
            default -> " ";
        };
        line(String.join(sep, "Nr", t("Navn", "Namn"), head, t("Foresatt", "Føresett"), "Tlf"));
        int rows = x.between(5, 14);
        for (int i = 1; i <= rows; i++) {
            String id = numbers ? (style == 2 ? x.fnrContiguous() : x.fnr()) : x.birthDate(2008, 2019);
            line(String.join(sep, Integer.toString(i), x.fullName(), id, x.fullName(), x.phone()));
        }
        line(t("Sist oppdatert ", "Sist oppdatert "), x.date(), " av ", x.fullName());
    }

    private void loennsliste() {
        boolean pdf = x.chance(0.5); // extracted from a PDF: columns joined by single spaces
        line(t("Lønnsliste ", "Lønsliste "), x.pick("januar", "februar", "mars", "april", "mai", "juni"), " ",
                x.between(2021, 2026), " – ", x.municipality());
        line(pdf ? "Ansnr Navn Fnr Konto Brutto Trekk Netto" : "Ansnr\tNavn\tFnr\tKonto\tBrutto\tForskuddstrekk\tNetto");
        int rows = x.between(4, 10);
        for (int i = 0; i < rows; i++) {
            String id = x.chance(0.08) ? x.fnrTypo() : x.fnrContiguous();
            String s = pdf ? " " : "\t";
            line(x.between(1000, 9999), s, x.fullName(), s, id, s, x.account(), s, x.amount(18_000, 90_000), s,
                    x.amount(4_000, 30_000), s, x.amount(14_000, 60_000));
        }
        line("Sum utbetalt: kr ", x.amount(100_000, 900_000), ". Utbetalingsdato ", x.date(), ".");
    }

    private void faktura() {
        line("FAKTURA").line(x.pick("Vann og avløp AS", "Renovasjon IKS", x.municipality(), "Kommunale eiendommer KF"),
                ", org.nr. ", x.orgNumber(), " MVA");
        line(x.street(), ", ", x.place()).line();
        line(t("Kunde: ", "Kunde: "), x.fullName(), x.chance(0.2) ? " (f.nr. " + x.fnr() + ")" : "");
        line(x.street()).line(x.place()).line();
        line("Fakturanr.: ", x.between(10000, 999999), "   Kundenr.: ", x.between(1000, 99999));
        line("Fakturadato: ", x.anyDate(), "   Forfallsdato: ", x.anyDate());
        line();
        int items = x.between(2, 6);
        for (int i = 0; i < items; i++) {
            line(x.pick("Vannavgift", "Avløpsgebyr", "Renovasjonsgebyr", "Feiing og tilsyn", "Eiendomsskatt",
                    "SFO, ", "Foreldrebetaling barnehage", "Husleie"), " ", x.isoDate(), "–", x.isoDate(), "   ",
                    x.between(1, 12), " x ", x.amount(100, 9000), "   ", x.amount(100, 40_000));
        }
        line("MVA 25 %: ", x.amount(100, 9000));
        line("Å betale: kr ", x.amount(300, 60_000)).line();
        line("Kontonummer: ", x.account(), "   KID: ", x.kid());
        line(t("Ved for sen betaling beregnes forsinkelsesrente, p.t. 12,5 % p.a. Spørsmål? Ring ",
                "Ved for sein betaling blir det rekna forseinkingsrente, p.t. 12,5 % p.a. Spørsmål? Ring "), x.phone(), ".");
    }

    private void bekymringsmelding() {
        line(t("BEKYMRINGSMELDING TIL BARNEVERNSTJENESTEN", "BEKYMRINGSMELDING TIL BARNEVERNSTENESTA"));
        line(t("Mottatt: ", "Motteken: "), x.date(), " kl. ", x.time(), "   Saksnr.: ", x.caseNumber()).line();
        String child = x.fullName();
        if (x.chance(0.75)) line(t("Barnets navn: ", "Namnet til barnet: "), child, ", ", labelled(x.fnr()));
        else line(t("Barnets navn: ", "Namnet til barnet: "), child, t(", født ", ", fødd "), x.birthDate(2008, 2024));
        line(t("Adresse: ", "Adresse: "), x.street(), ", ", x.place());
        line(t("Foresatte: ", "Føresette: "), x.fullName(), " (tlf. ", x.phone(), "), ", x.fullName());
        if (x.chance(0.3)) line(t("Søsken: ", "Sysken: "), x.firstName(), ", ", x.fnr());
        line(t("Melder: ", "Meldar: "), x.fullName(), ", ", x.pick("kontaktlærer", "helsesykepleier", "barnehagelærer",
                "lege", "nabo"), ", tlf. ", x.phone()).line();
        line(t("Bakgrunn for meldingen", "Bakgrunn for meldinga"));
        prose(x.between(4, 9),
                t("Barnet har hatt høyt fravær siden " + x.date() + ".", "Barnet har hatt høgt fråvær sidan " + x.date() + "."),
                t("Den " + x.date() + " kom barnet på skolen uten matpakke og virket sliten.",
                  "Den " + x.date() + " kom barnet på skulen utan matpakke og verka sliten."),
                t("Mor ble kontaktet på telefon kl. " + x.time() + ", men svarte ikke.",
                  "Mor vart kontakta på telefon kl. " + x.time() + ", men svarte ikkje."),
                t("Barnet fortalte at det hadde vært uro hjemme i helgen.", "Barnet fortalde at det hadde vore uro heime i helga."),
                t("Skolen hadde samtale med barnet " + x.date() + " kl. " + x.time() + ".",
                  "Skulen hadde samtale med barnet " + x.date() + " kl. " + x.time() + "."),
                t("Det er tidligere sendt melding i sak " + x.caseNumber() + ".", "Det er tidlegare sendt melding i sak " + x.caseNumber() + "."),
                t("Melder ønsker tilbakemelding innen " + x.date() + ".", "Meldar ønskjer tilbakemelding innan " + x.date() + "."),
                t("Barnet har blåmerker på armen, observert " + x.isoDate() + ".", "Barnet har blåmerke på armen, observert " + x.isoDate() + "."));
        filler(x.between(2, 6));
        line(t("Meldingen er registrert i fagsystemet og sendt til vurdering.", "Meldinga er registrert i fagsystemet og send til vurdering."));
    }

    private void epost() {
        String from = x.fullName();
        String to = x.fullName();
        line("Fra: ", from, " <", x.email(from), ">");
        line(t("Sendt: ", "Sendt: "), x.pick("mandag", "tirsdag", "onsdag", "torsdag", "fredag"), " ", x.between(1, 28),
                ". ", x.pick("januar", "mars", "mai", "august", "oktober", "desember"), " ", x.between(2019, 2026), " ", x.time());
        line("Til: ", to, " <", x.email(to), ">");
        line(t("Emne: ", "Emne: "), x.pick("SV: ", "VS: ", "", ""), x.pick(t("Søknad om ", "Søknad om ") + "SFO-plass",
                t("Spørsmål om faktura ", "Spørsmål om faktura ") + x.between(10000, 999999), "Sak " + x.caseNumber(),
                t("Møte ", "Møte ") + x.date(), t("Opplysninger til vedtak", "Opplysningar til vedtak"))).line();
        line("Hei ", to.substring(0, to.indexOf(' ')), ",").line();
        prose(x.between(2, 5),
                t("Takk for raskt svar.", "Takk for raskt svar."),
                t("Jeg viser til telefonsamtalen " + x.date() + ".", "Eg viser til telefonsamtalen " + x.date() + "."),
                t("Kan du ringe meg på " + x.phone() + " i morgen etter kl. " + x.time() + "?",
                  "Kan du ringje meg på " + x.phone() + " i morgon etter kl. " + x.time() + "?"),
                t("Beløpet på kr " + x.amount(100, 50_000) + " er betalt til konto " + x.account() + ".",
                  "Beløpet på kr " + x.amount(100, 50_000) + " er betalt til konto " + x.account() + "."),
                t("Saken har saksnummer " + x.caseNumber() + " hos oss.", "Saka har saksnummer " + x.caseNumber() + " hos oss."),
                t("Vedlagt ligger skjemaet, signert " + x.isoDate() + ".", "Vedlagt ligg skjemaet, signert " + x.isoDate() + "."));
        filler(x.between(1, 4));
        if (x.chance(0.6)) {
            String id = x.fnr(); // once: every option of pick() is evaluated, and each call plants one
            out.append(x.pick(t("Fødselsnummeret til ", "Fødselsnummeret til ") + x.firstName() + " er " + id + ".",
                    t("Her er personnummeret hans: ", "Her er personnummeret hans: ") + id,
                    t("Gjelder ", "Gjeld ") + x.fullName() + " (" + id + ").",
                    "fnr " + id + t(", født i ", ", fødd i ") + x.place().substring(5))).append('\n');
        }
        if (x.chance(0.1)) line(t("Feil nummer i forrige e-post: ", "Feil nummer i førre e-post: "), x.fnrTypo());
        line().line(t("Med vennlig hilsen", "Med venleg helsing")).line(from);
        line(x.municipality(), " | Mob: ", x.phone(), " | Sentralbord: ", x.phone());
        if (x.chance(0.3)) {
            line().line(t("-----Opprinnelig melding-----", "-----Opphavleg melding-----"));
            line("> ", t("Hei! Jeg lurer på status i saken min, ref. ", "Hei! Eg lurer på status i saka mi, ref. "),
                    x.caseNumber(), ".");
        }
    }

    /** A case presentation to a political body: long prose, a budget table, rarely a person's number. */
    private void saksframlegg() {
        line(x.municipality()).line(t("SAKSFRAMLEGG", "SAKSFRAMLEGG")).line();
        line(t("Saksbehandler: ", "Sakshandsamar: "), x.fullName(), "   Arkivsak: ", x.caseNumber(), "   ",
                t("Arkiv: ", "Arkiv: "), x.pick("FA-F20", "FA-A10", "FA-L12", "FE-033"));
        line(t("Utvalg: ", "Utval: "), x.pick("Formannskapet", "Kommunestyret", t("Hovedutvalg for helse", "Hovudutval for helse")),
                "   ", t("Møtedato: ", "Møtedato: "), x.date(), "   Saksnr.: ", x.between(1, 120), "/", x.between(20, 26)).line();
        line(t("Kommunedirektørens innstilling", "Innstillinga frå kommunedirektøren"));
        filler(x.between(2, 4));
        line().line(t("Bakgrunn", "Bakgrunn"));
        filler(x.between(5, 12));
        line(t("Kostnadsoverslag (kr)", "Kostnadsoverslag (kr)"));
        int rows = x.between(2, 5);
        for (int i = 0; i < rows; i++) {
            line(x.pick(t("Lønn og sosiale kostnader", "Løn og sosiale kostnader"), t("Drift", "Drift"),
                    t("Investering", "Investering"), t("Tilskudd", "Tilskot"), t("Husleie", "Husleige")),
                    "\t", x.amount(10_000, 9_000_000), "\t", x.amount(10_000, 9_000_000));
        }
        line().line(t("Vurdering", "Vurdering"));
        filler(x.between(6, 14));
        if (x.chance(0.1)) {
            line(t("Klager i saken er ", "Klagar i saka er "), x.fullName(), ", ", labelled(x.fnr()), ".");
        }
        filler(x.between(2, 6));
        line(t("Vedlegg: Høringsuttalelse datert ", "Vedlegg: Høyringsfråsegn datert "), x.date(), ".");
    }
}
