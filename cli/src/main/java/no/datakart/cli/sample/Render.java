package no.datakart.cli.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/** A document in a format: the formats a document of each shape is saved in, and the writer of each. */
final class Render {
    private Render() {
    }

    /** Formats by how often a shape is saved in them. */
    private static final List<Format> LETTER = weighted(Format.DOCX, 30, Format.PDF, 20, Format.ODT, 6, Format.RTF, 5,
            Format.TXT, 6, Format.TXT_WINDOWS_1252, 5, Format.HTML, 3);
    private static final List<Format> LIST = weighted(Format.XLSX, 30, Format.CSV, 12, Format.CSV_WINDOWS_1252, 4,
            Format.XLS, 10, Format.ODS, 6, Format.PDF, 5, Format.HTML, 3, Format.TXT, 3);
    private static final List<Format> SLIDES = weighted(Format.PPTX, 8, Format.PDF, 2);

    static Format pick(Kind.Shape shape, Fakes x) {
        List<Format> formats = switch (shape) {
            case LETTER -> LETTER;
            case LIST -> LIST;
            case SLIDES -> SLIDES;
        };
        return formats.get(x.between(0, formats.size() - 1));
    }

    private static List<Format> weighted(Object... formatThenWeight) {
        List<Format> list = new java.util.ArrayList<>();
        for (int i = 0; i < formatThenWeight.length; i += 2) {
            for (int k = 0; k < (Integer) formatThenWeight[i + 1]; k++) list.add((Format) formatThenWeight[i]);
        }
        return List.copyOf(list);
    }

    /** The document's bytes in the format; {@code x} decides what a format leaves open (a CSV's BOM). */
    static byte[] bytes(Format format, Doc doc, LocalDateTime created, Fakes x) throws IOException {
        return switch (format) {
            case TXT -> TextWriters.txt(doc, StandardCharsets.UTF_8, doc.tables().isEmpty() ? "\t" : x.pick("\t", ";"), "\n");
            case TXT_WINDOWS_1252 -> TextWriters.txt(doc, TextWriters.WINDOWS_1252, "\t", "\r\n");
            case CSV -> TextWriters.csv(doc, StandardCharsets.UTF_8, x.chance(0.5));
            case CSV_WINDOWS_1252 -> TextWriters.csv(doc, TextWriters.WINDOWS_1252, false);
            case XLSX -> OfficeWriters.xlsx(doc, created);
            case XLS -> OfficeWriters.xls(doc, created);
            case DOCX -> OfficeWriters.docx(doc, created);
            case PPTX -> OfficeWriters.pptx(doc, created);
            case ODT -> OdfWriter.odt(doc, created);
            case ODS -> OdfWriter.ods(doc, created);
            case RTF -> TextWriters.rtf(doc, created);
            case PDF -> PdfWriter.pdf(doc, created);
            case HTML -> TextWriters.html(doc);
            case EML, ZIP, TAR_GZ, SEVEN_Z, EMPTY -> throw new IllegalArgumentException(format + " holds no one document");
        };
    }

    /** The media type an e-mail gives an attachment of the format. */
    static String mediaType(Format format) {
        return switch (format) {
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case PDF -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
