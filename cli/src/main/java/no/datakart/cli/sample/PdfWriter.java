package no.datakart.cli.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF by PDFBox with the standard Helvetica (WinAnsi: æøå, no embedded font), laid out by hand: lines
 * wrapped to the page, a table's cells in columns. The creation date and the file's ID, which PDFBox would
 * take from the clock, are the document's own.
 */
final class PdfWriter {
    private static final float MARGIN = 56;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument pdf;
    private final PDRectangle pageSize;
    private PDPageContentStream out;
    private float y;

    private PdfWriter(PDDocument pdf, PDRectangle pageSize) {
        this.pdf = pdf;
        this.pageSize = pageSize;
    }

    /** The document as a PDF to save or encrypt; the caller closes it. */
    static PDDocument layOut(Doc doc, LocalDateTime created) throws IOException {
        PDDocument pdf = new PDDocument();
        boolean wide = doc.tables().stream().anyMatch(t -> t.header().size() > 5);
        PdfWriter w = new PdfWriter(pdf, wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4);
        w.write(doc);
        PDDocumentInformation info = pdf.getDocumentInformation();
        GregorianCalendar when = GregorianCalendar.from(created.atZone(ZoneOffset.UTC));
        info.setTitle(doc.title());
        info.setCreator(Fakes.MUNICIPALITY);
        info.setCreationDate(when);
        info.setModificationDate(when);
        COSArray id = new COSArray();
        byte[] digest = md5(doc.title() + created);
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        pdf.getDocument().setDocumentID(id);
        return pdf;
    }

    static byte[] pdf(Doc doc, LocalDateTime created) throws IOException {
        try (PDDocument pdf = layOut(doc, created)) {
            return save(pdf);
        }
    }

    static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    private void write(Doc doc) throws IOException {
        newPage();
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> {
                    y -= LEADING / 2;
                    for (String line : wrap(h.text(), bold, SIZE + 2)) line(line, bold, SIZE + 2, MARGIN);
                }
                case Doc.Para p -> {
                    for (String part : p.text().split("\n")) {
                        for (String line : wrap(part, regular, SIZE)) line(line, regular, SIZE, MARGIN);
                    }
                    y -= LEADING / 2;
                }
                case Doc.Table t -> table(t);
            }
        }
        out.close();
    }

    /** Columns as wide as their widest cell; the header in bold, again at the top of each page. */
    private void table(Doc.Table t) throws IOException {
        float size = SIZE - 2;
        int n = t.header().size();
        float[] width = new float[n];
        for (int c = 0; c < n; c++) {
            width[c] = bold.getStringWidth(t.header().get(c)) / 1000 * size;
            for (List<String> row : t.rows()) width[c] = Math.max(width[c], regular.getStringWidth(row.get(c)) / 1000 * size);
        }
        line(t.header(), width, bold, size);
        for (List<String> row : t.rows()) {
            if (y < MARGIN + LEADING) {
                newPage();
                line(t.header(), width, bold, size); // as reports repeat it on every page
            }
            line(row, width, regular, size);
        }
        y -= LEADING / 2;
    }

    /**
     * A row, set close under the one before: Tika starts a paragraph (a blank line) where lines are set
     * further apart than about 1.5 times their font size, and a blank line ends a table for the detectors.
     */
    private void line(List<String> cells, float[] width, PDType1Font font, float size) throws IOException {
        if (y < MARGIN + LEADING) newPage();
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            show(cells.get(c), font, size, x, y);
            x += width[c] + 12;
        }
        y -= size * 1.25f;
    }

    private void line(String text, PDType1Font font, float size, float x) throws IOException {
        if (y < MARGIN + LEADING) newPage();
        show(text, font, size, x, y);
        y -= LEADING;
    }

    private void show(String text, PDType1Font font, float size, float x, float at) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, at);
        out.showText(text);
        out.endText();
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(pageSize);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = pageSize.getHeight() - MARGIN;
    }

    /**
     * Lines that fit the page. A line breaks only at a space with no digit on either side, so a number
     * stays whole and on the line of the word before it (a label, a name), as a person would keep them.
     */
    private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        float room = pageSize.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        int start = 0;
        int lastBreak = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (!end && !breakable(text, i)) continue;
            if (font.getStringWidth(text.substring(start, i)) / 1000 * size > room && lastBreak > start) {
                lines.add(text.substring(start, lastBreak));
                start = lastBreak + 1;
            }
            lastBreak = i;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static boolean breakable(String text, int i) {
        return text.charAt(i) == ' ' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
               && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)));
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
