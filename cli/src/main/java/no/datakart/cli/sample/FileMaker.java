package no.datakart.cli.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;

import no.datakart.core.FailureReason;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * Makes the share's files, each from a source of chance of its own, so that they can be made at once and
 * in any order: ordinary documents, e-mails, archives, and the files a real share has that cannot be read.
 */
final class FileMaker {
    private final Town town;

    FileMaker(Town town) {
        this.town = town;
    }

    /**
     * A file made, before it is saved: where, under what name, its bytes and parts (paths relative to it,
     * {@code ""} itself), and its moment.
     *
     * @param extension what its name ends with, which may belie its format
     */
    record Made(String folder, String name, String extension, Format format, byte[] bytes,
                List<Manifest.Part> parts, LocalDateTime moment) {

        Made(String folder, String name, Format format, byte[] bytes, List<Manifest.Part> parts, LocalDateTime moment) {
            this(folder, name, format.extension(), format, bytes, parts, moment);
        }

        /** The parts as members of an archive or attachments of a mail, at {@code at} inside it. */
        List<Manifest.Part> inside(String at) {
            return parts.stream().map(p -> p.at("/" + at)).toList();
        }

        String fileName() {
            return name + "." + extension;
        }
    }

    /** One document of the kind in the format, with the identifiers its pen wrote. */
    Made make(Fakes x, Kind kind, Format format) throws IOException {
        Desk desk = new Desk(x, town, format);
        Draft draft = kind.write(desk);
        LocalDateTime moment = x.moment(draft.date());
        byte[] bytes = Render.bytes(format, draft.doc(), moment, x);
        return new Made(kind.folder(desk, draft), draft.name(), format, bytes, List.of(part(desk.pen, null)), moment);
    }

    private static Manifest.Part part(Pen pen, FailureReason failure) {
        return new Manifest.Part("", pen.planted(), pen.children(), failure, pen.categories(), Map.of());
    }

    /**
     * An ordinary file: mostly a document of a kind by how common it is, in a format its shape is often
     * saved in; now and then a mail or an export.
     */
    Made ordinary(Fakes x) throws IOException {
        double r = x.random.nextDouble();
        if (r < 0.03) {
            return email(x, x.pick(Kind.VEDTAK_HJEMMESYKEPLEIE, Kind.ARBEIDSAVTALE, Kind.FAKTURA),
                    x.pick(Format.DOCX, Format.PDF));
        }
        if (r < 0.04) return exportZip(x);
        Kind kind = Kind.pick(x);
        return make(x, kind, Render.pick(kind.shape, x));
    }

    // --- the files a real share has that cannot be read ---

    /** A personnel document locked with a password in Word. */
    Made encryptedDocx(Fakes x) throws IOException {
        Made m = make(x, Kind.OPPFOLGINGSPLAN, Format.DOCX);
        byte[] locked = Locks.office(m.bytes(), "Sommer" + x.between(2019, 2025) + "!", x.random);
        return new Made("Personal/Personalsaker", m.name() + " (passord)", Format.DOCX, locked,
                failed(m, FailureReason.ENCRYPTED), m.moment());
    }

    /** A decision sent as a PDF that opens only with a password. */
    Made encryptedPdf(Fakes x) throws IOException {
        Desk desk = new Desk(x, town, Format.PDF);
        Draft draft = Kind.VEDTAK_SOSIALHJELP.write(desk);
        LocalDateTime moment = x.moment(draft.date());
        byte[] locked;
        try (PDDocument pdf = PdfWriter.layOut(draft.doc(), moment)) {
            locked = Locks.pdf(pdf, "nav" + x.digits(4), x.random);
        }
        return new Made(Kind.VEDTAK_SOSIALHJELP.folder(desk, draft), draft.name() + " - kryptert", Format.PDF, locked,
                List.of(part(desk.pen, FailureReason.ENCRYPTED)), moment);
    }

    /** A Word document cut off halfway, as a copy that was interrupted leaves it. */
    Made truncatedDocx(Fakes x) throws IOException {
        Made m = make(x, Kind.BEKYMRINGSMELDING, Format.DOCX);
        return new Made(m.folder(), m.name() + " (kopi)", Format.DOCX, Arrays.copyOf(m.bytes(), m.bytes().length / 2),
                failed(m, FailureReason.CORRUPT), m.moment());
    }

    /** A PDF of which only the start arrived: no page of it can be read. */
    Made truncatedPdf(Fakes x) throws IOException {
        Made m = make(x, Kind.BYGGESOKNAD, Format.PDF);
        return new Made(m.folder(), m.name() + " - skannet", Format.PDF, Arrays.copyOf(m.bytes(), 600),
                failed(m, FailureReason.CORRUPT), m.moment());
    }

    private static List<Manifest.Part> failed(Made m, FailureReason reason) {
        return List.of(m.parts().get(0).failing(reason));
    }

    /** A file someone made and never wrote in: no text, nothing wrong. */
    Made empty(Fakes x) {
        return new Made("Felles", "Nytt tekstdokument", Format.EMPTY, new byte[0], List.of(Manifest.Part.empty("")),
                x.moment(x.day(2020, 2025)));
    }

    /** A file whose name says one format and whose bytes are another: a PDF saved as .docx. */
    Made misnamed(Fakes x) throws IOException {
        Made m = make(x, Kind.FORELDREMOTE, Format.PDF);
        return new Made(m.folder(), m.name(), "docx", Format.PDF, m.bytes(), m.parts(), m.moment());
    }

    // --- mail and archives ---

    /** A mail saved from the inbox: a short text with the sender's signature, a document attached. */
    Made email(Fakes x, Kind attached, Format format) throws IOException {
        Made attachment = make(x.split(), attached, format);
        Fakes y = x.split();
        Pen pen = new Pen(y, false);
        Letters letters = new Letters(y, pen, town);
        Person from = y.staff();
        Person to = y.adult();
        String subject = "SV: " + attachment.name();
        Doc body = letters.mailBody(from, to, subject, attachment.fileName());
        byte[] eml = MailWriter.eml(new MailWriter.Mail(from.name() + " <" + from.email() + ">",
                to.name() + " <" + to.email() + ">", subject, attachment.moment(), body, attachment.fileName(),
                Render.mediaType(format), attachment.bytes()));
        Map<IdentifierType, Integer> headers = new EnumMap<>(IdentifierType.class);
        headers.put(IdentifierType.EPOST, 2);
        List<Manifest.Part> parts = new ArrayList<>();
        parts.add(new Manifest.Part("", pen.planted(), pen.children(), null, pen.categories(), headers));
        parts.addAll(attachment.inside(attachment.fileName()));
        return new Made("Postmottak/" + attachment.moment().getYear(), subject.replace(":", ""), Format.EML, eml,
                parts, attachment.moment());
    }

    /** An export from a case system: folders inside, documents in them. */
    Made exportZip(Fakes x) throws IOException {
        LocalDate day = x.day(2017, 2021);
        Archive a = new Archive();
        a.folder("Eksport/");
        a.folder("Eksport/Elever/");
        a.add("Eksport/Elever/", make(x.split(), Kind.ELEVLISTE, Format.CSV));
        a.folder("Eksport/Vedtak/");
        a.add("Eksport/Vedtak/", make(x.split(), Kind.VEDTAK_SOSIALHJELP, Format.PDF));
        a.add("Eksport/Vedtak/", make(x.split(), Kind.VEDTAK_HJEMMESYKEPLEIE, Format.DOCX));
        a.file("Eksport/Les meg.txt", "Eksport fra fagsystemet " + Fakes.date(day) + ". Slettes etter bruk.\n");
        return new Made("Arkiv", "Eksport fra fagsystem " + day.getYear(), Format.ZIP,
                ArchiveWriter.zip(a.entries, x.moment(day)), a.parts(), x.moment(day));
    }

    /** Old cases zipped, the zip zipped again, and again: a zip in a zip in a zip. */
    Made nestedZip(Fakes x) throws IOException {
        LocalDate day = x.day(2016, 2018);
        LocalDateTime moment = x.moment(day);
        Archive innermost = new Archive(Category.BARNEVERN); // its listing names two reports of concern
        innermost.add("", make(x.split(), Kind.BEKYMRINGSMELDING, Format.DOCX));
        innermost.add("", make(x.split(), Kind.BEKYMRINGSMELDING, Format.TXT));
        Archive middle = new Archive();
        middle.archive("Meldinger.zip", ArchiveWriter.zip(innermost.entries, moment), innermost);
        middle.add("", make(x.split(), Kind.MAL, Format.PDF));
        Archive outer = new Archive();
        outer.folder(day.getYear() + "/");
        outer.archive(day.getYear() + "/Barnevern.zip", ArchiveWriter.zip(middle.entries, moment), middle);
        outer.add(day.getYear() + "/", make(x.split(), Kind.VENTELISTE, Format.XLSX));
        return new Made("Arkiv", "Gamle saker " + day.getYear(), Format.ZIP, ArchiveWriter.zip(outer.entries, moment),
                outer.parts(), moment);
    }

    /** A backup of salary lists as Linux makes one. */
    Made tarGz(Fakes x) throws IOException {
        LocalDate day = x.day(2017, 2020);
        String name = "lonn-" + day.getYear();
        Archive a = new Archive();
        a.folder(name + "/");
        a.add(name + "/", make(x.split(), Kind.LONNSLISTE, Format.CSV));
        a.add(name + "/", make(x.split(), Kind.UTBETALINGER, Format.CSV));
        a.add(name + "/", make(x.split(), Kind.ARBEIDSAVTALE, Format.ODT));
        // the gzip holds the tar, which holds the files: the scanner reads the tar as a part of its own
        List<Manifest.Part> parts = new ArrayList<>(List.of(Manifest.Part.empty("")));
        for (Manifest.Part p : a.parts()) parts.add(p.at("/" + name + ".tar"));
        return new Made("Personal/Lønn/Sikkerhetskopi", name, Format.TAR_GZ,
                ArchiveWriter.tarGz(a.entries, name + ".tar", x.moment(day)), parts, x.moment(day));
    }

    /** A school's old pupil files, packed with 7-Zip. */
    Made sevenZ(Fakes x) throws IOException {
        LocalDate day = x.day(2018, 2021);
        Archive a = new Archive();
        a.folder("Elevmapper/");
        a.add("Elevmapper/", make(x.split(), Kind.SAKKYNDIG_VURDERING, Format.DOCX));
        a.add("Elevmapper/", make(x.split(), Kind.ELEVLISTE, Format.XLSX));
        a.add("Elevmapper/", make(x.split(), Kind.FORELDREMOTE, Format.PDF));
        return new Made("Skole/" + Town.SCHOOLS[0] + "/Arkiv", "Elevmapper " + day.getYear(), Format.SEVEN_Z,
                ArchiveWriter.sevenZ(a.entries, x.moment(day)), a.parts(), x.moment(day));
    }

    /** An archive being filled: its entries and the parts they make, members' paths as the scanner names them. */
    private static final class Archive {
        final List<ArchiveWriter.Entry> entries = new ArrayList<>();
        private final List<Manifest.Part> members = new ArrayList<>();
        private final Category[] listing;

        /** @param listing the categories its list of members' names shows (the scanner reads the names) */
        Archive(Category... listing) {
            this.listing = listing;
        }

        void folder(String path) {
            entries.add(ArchiveWriter.Entry.folder(path));
        }

        /** A document in the folder ({@code ""} for the top, else ending with {@code /}). */
        void add(String folder, Made m) {
            String path = folder + m.fileName();
            entries.add(new ArchiveWriter.Entry(path, m.bytes()));
            members.addAll(m.inside(path));
        }

        /** A text with nothing personal in it. */
        void file(String path, String text) {
            entries.add(new ArchiveWriter.Entry(path, text.getBytes(StandardCharsets.UTF_8)));
            members.add(Manifest.Part.empty("/" + path));
        }

        /** An archive in this one, with its own members. */
        void archive(String path, byte[] bytes, Archive inner) {
            entries.add(new ArchiveWriter.Entry(path, bytes));
            for (Manifest.Part p : inner.parts()) members.add(p.at("/" + path));
        }

        /** The archive itself, then its members. */
        List<Manifest.Part> parts() {
            List<Manifest.Part> all = new ArrayList<>();
            all.add(Manifest.Part.empty("", listing));
            all.addAll(members);
            return all;
        }
    }
}
