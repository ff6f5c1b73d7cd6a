package no.datakart.cli.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Microsoft Office files by Apache POI: Word, Excel (2007 and 97-2003) and PowerPoint. The OOXML ones
 * are zips whose entries and properties POI dates now: both are set to the document's own moment, so the
 * same document is the same bytes.
 */
final class OfficeWriters {
    private OfficeWriters() {
    }

    static byte[] docx(Doc doc, LocalDateTime created) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            for (Doc.Block block : doc.blocks()) {
                switch (block) {
                    case Doc.Heading h -> {
                        XWPFRun r = d.createParagraph().createRun();
                        r.setBold(true);
                        r.setFontSize(13);
                        r.setText(h.text());
                    }
                    case Doc.Para p -> {
                        XWPFRun r = d.createParagraph().createRun();
                        String[] lines = p.text().split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            if (i > 0) r.addBreak();
                            r.setText(lines[i]);
                        }
                    }
                    case Doc.Table t -> {
                        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
                        fill(table, 0, t.header());
                        for (int i = 0; i < t.rows().size(); i++) fill(table, i + 1, t.rows().get(i));
                        d.createParagraph();
                    }
                }
            }
            date(d.getProperties(), doc.title(), created);
            return StableZip.of(save(d::write), created);
        }
    }

    private static void fill(XWPFTable table, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) table.getRow(row).getCell(c).setText(cells.get(c));
    }

    static byte[] xlsx(Doc doc, LocalDateTime created) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            sheets(w, doc);
            date(w.getProperties(), doc.title(), created);
            return StableZip.of(save(w::write), created);
        }
    }

    /** The 97-2003 format: an OLE2 file with its summary, as Excel writes one, dated the document's moment. */
    static byte[] xls(Doc doc, LocalDateTime created) throws IOException {
        try (HSSFWorkbook w = new HSSFWorkbook()) {
            sheets(w, doc);
            w.createInformationProperties();
            SummaryInformation summary = w.getSummaryInformation();
            summary.getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252); // as Excel writes it
            summary.setTitle(doc.title());
            summary.setAuthor(Fakes.MUNICIPALITY);
            summary.setCreateDateTime(Date.from(created.toInstant(ZoneOffset.UTC)));
            DocumentSummaryInformation more = w.getDocumentSummaryInformation();
            more.getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252);
            more.setCompany(Fakes.MUNICIPALITY);
            return save(w::write);
        }
    }

    /**
     * One sheet for the document: its paragraphs as rows of one cell above the table, as people title a
     * list. Short whole numbers (a row's number, an employee's) are numbers; everything else, identifiers
     * above all, is text, as a careful export keeps them (a number would lose a fødselsnummer's leading 0).
     */
    private static void sheets(Workbook w, Doc doc) {
        Sheet sheet = w.createSheet("Ark1");
        Font bold = w.createFont();
        bold.setBold(true);
        CellStyle header = w.createCellStyle();
        header.setFont(bold);
        int r = 0;
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> sheet.createRow(r++).createCell(0).setCellValue(h.text());
                case Doc.Para p -> {
                    sheet.createRow(r++).createCell(0).setCellValue(p.text().replace('\n', ' '));
                    r++; // a blank row under the title
                }
                case Doc.Table t -> {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < t.header().size(); c++) {
                        row.createCell(c).setCellValue(t.header().get(c));
                        row.getCell(c).setCellStyle(header);
                    }
                    for (List<String> cells : t.rows()) {
                        row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            String v = cells.get(c);
                            if (v.matches("\\d{1,6}")) row.createCell(c).setCellValue(Integer.parseInt(v));
                            else row.createCell(c).setCellValue(v);
                        }
                    }
                    for (int c = 0; c < t.header().size(); c++) sheet.setColumnWidth(c, 18 * 256);
                }
            }
        }
    }

    /** A slide for each heading, the paragraphs under it as its body. */
    static byte[] pptx(Doc doc, LocalDateTime created) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFTextBox body = null;
            for (Doc.Block block : doc.blocks()) {
                switch (block) {
                    case Doc.Heading h -> {
                        XSLFSlide slide = show.createSlide();
                        XSLFTextBox title = slide.createTextBox();
                        title.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 30, 640, 60));
                        XSLFTextRun run = title.addNewTextParagraph().addNewTextRun();
                        run.setText(h.text());
                        run.setFontSize(28.0);
                        run.setBold(true);
                        body = slide.createTextBox();
                        body.setAnchor(new java.awt.geom.Rectangle2D.Double(40, 110, 640, 380));
                    }
                    case Doc.Para p -> {
                        if (body == null) throw new IllegalArgumentException("a slide starts with a heading");
                        for (String line : p.text().split("\n")) {
                            XSLFTextParagraph para = body.addNewTextParagraph();
                            para.addNewTextRun().setText(line);
                        }
                    }
                    case Doc.Table t -> throw new IllegalArgumentException("no tables on slides");
                }
            }
            date(show.getProperties(), doc.title(), created);
            return StableZip.of(save(show::write), created);
        }
    }

    private static void date(POIXMLProperties properties, String title, LocalDateTime created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> when = Optional.of(Date.from(created.toInstant(ZoneOffset.UTC)));
        core.setCreated(when);
        core.setModified(when);
        core.setCreator(Fakes.MUNICIPALITY);
        core.setTitle(title);
    }

    interface Save {
        void to(java.io.OutputStream out) throws IOException;
    }

    private static byte[] save(Save save) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        save.to(out);
        return out.toByteArray();
    }
}
