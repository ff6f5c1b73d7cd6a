package no.datakart.cli.sample;

import java.util.function.Function;

/**
 * The kinds of document a municipality's share holds, where each is kept, and how common it is. The
 * folder may depend on the desk (a school's own folder).
 */
enum Kind {
    BEKYMRINGSMELDING(Shape.LETTER, 6, d -> "Oppvekst/Barnevern/Meldinger", d -> d.letters.bekymringsmelding()),
    VEDTAK_HJEMMESYKEPLEIE(Shape.LETTER, 7, d -> "Helse og omsorg/Hjemmetjenesten/Vedtak",
            d -> d.letters.vedtakHjemmesykepleie()),
    BRUKERLISTE(Shape.LIST, 3, d -> "Helse og omsorg/Hjemmetjenesten/Brukerlister", d -> d.lists.brukerliste()),
    VEDTAK_SOSIALHJELP(Shape.LETTER, 7, d -> "NAV/Sosialhjelp/Vedtak", d -> d.letters.vedtakSosialhjelp()),
    UTBETALINGER(Shape.LIST, 3, d -> "NAV/Sosialhjelp/Utbetalinger", d -> d.lists.utbetalinger()),
    ARBEIDSAVTALE(Shape.LETTER, 6, d -> "Personal/Arbeidsavtaler", d -> d.letters.arbeidsavtale()),
    OPPFOLGINGSPLAN(Shape.LETTER, 3, d -> "Personal/Sykefravær", d -> d.letters.oppfolgingsplan()),
    LONNSLISTE(Shape.LIST, 2, d -> "Personal/Lønn", d -> d.lists.lonnsliste()),
    ELEVLISTE(Shape.LIST, 5, d -> "Skole/" + d.school + "/Elevlister", d -> d.lists.elevliste(d.school)),
    SAKKYNDIG_VURDERING(Shape.LETTER, 4, d -> "Skole/" + d.school + "/Spesialundervisning",
            d -> d.letters.sakkyndigVurdering(d.school)),
    FORELDREMOTE(Shape.LETTER, 4, d -> "Skole/" + d.school + "/Foreldremøter", d -> d.letters.foreldremote(d.school)),
    VENTELISTE(Shape.LIST, 2, d -> "Oppvekst/Barnehage/Opptak", d -> d.lists.venteliste()),
    BYGGESOKNAD(Shape.LETTER, 6, d -> "Teknisk/Byggesak", d -> d.letters.byggesoknad()),
    FAKTURA(Shape.LETTER, 6, d -> "Økonomi/Inngående fakturaer", d -> d.letters.faktura()),
    LEVERANDORER(Shape.LIST, 2, d -> "Økonomi/Leverandører", d -> d.lists.leverandorer()),
    BUDSJETT(Shape.LIST, 3, d -> "Økonomi/Budsjett", d -> d.lists.budsjett()),
    MOTEREFERAT(Shape.LETTER, 8, d -> "Politikk/Møtereferat/" + d.committee, d -> d.letters.motereferat(d.committee)),
    SAKSFRAMLEGG(Shape.LETTER, 5, d -> "Politikk/Saksframlegg", d -> d.letters.saksframlegg()),
    MAL(Shape.LETTER, 4, d -> "Felles/Maler", d -> d.letters.mal()),
    PLAN(Shape.LETTER, 4, d -> "Politikk/Planer", d -> d.letters.plan()),
    TELEFONLISTE(Shape.LIST, 2, d -> "Felles/Telefonlister", d -> d.lists.telefonliste()),
    DELTAKERLISTE(Shape.LIST, 2, d -> "Felles/Kurs", d -> d.lists.deltakerliste()),
    PERSONVERN(Shape.SLIDES, 2, d -> "Felles/Presentasjoner", d -> d.slides.personvern()),
    PROSJEKTSTATUS(Shape.SLIDES, 3, d -> "Felles/Presentasjoner", d -> d.slides.prosjektstatus()),
    ARSRAPPORT(Shape.SLIDES, 2, d -> "Felles/Presentasjoner", d -> d.slides.arsrapport());

    /** What a document of the kind is made of, which decides the formats it is saved in. */
    enum Shape { LETTER, LIST, SLIDES }

    final Shape shape;
    final int weight;
    private final Function<Desk, String> folder;
    private final Function<Desk, Draft> write;

    Kind(Shape shape, int weight, Function<Desk, String> folder, Function<Desk, Draft> write) {
        this.shape = shape;
        this.weight = weight;
        this.folder = folder;
        this.write = write;
    }

    Draft write(Desk desk) {
        return write.apply(desk);
    }

    /** The folder the document is saved in: the kind's place, then the draft's own sub-folder (a year). */
    String folder(Desk desk, Draft draft) {
        return draft.folder().isEmpty() ? folder.apply(desk) : folder.apply(desk) + "/" + draft.folder();
    }

    /** A kind picked by how common it is. */
    static Kind pick(Fakes x) {
        int total = 0;
        for (Kind k : values()) total += k.weight;
        int r = x.between(0, total - 1);
        for (Kind k : values()) {
            if ((r -= k.weight) < 0) return k;
        }
        throw new AssertionError();
    }
}
