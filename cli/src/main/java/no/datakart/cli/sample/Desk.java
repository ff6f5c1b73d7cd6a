package no.datakart.cli.sample;

/** Where one document is written: its writers, sharing one source of chance and one pen, at one school. */
final class Desk {
    final Pen pen;
    final Letters letters;
    final Lists lists;
    final Slides slides;
    final String school;
    final String committee;

    /** @param format what the document will be saved as, which decides how its tables write numbers */
    Desk(Fakes x, Town town, Format format) {
        this.pen = new Pen(x, switch (format) {
            case DOCX, ODT, ODS, RTF, PPTX -> false;
            default -> true;
        });
        this.letters = new Letters(x, pen, town);
        this.lists = new Lists(x, pen, town);
        this.slides = new Slides(x, pen);
        this.school = x.pick(Town.SCHOOLS);
        this.committee = x.pick("Formannskapet", "Kommunestyret", "Hovedutvalg for oppvekst", "Eldrerådet");
    }
}
