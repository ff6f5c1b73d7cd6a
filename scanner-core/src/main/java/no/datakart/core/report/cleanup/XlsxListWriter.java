package no.datakart.core.report.cleanup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Lists as an XLSX workbook, one sheet each, streamed (POI's SXSSF keeps a window of rows in memory and the
 * rest in a compressed temporary file, deleted at close): a bold header row that stays in view, a filter on
 * every column, widths fitted to the content, dates as Excel dates, numbers as numbers.
 */
final class XlsxListWriter {
    /** Rows SXSSF keeps in memory. */
    private static final int WINDOW = 200;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 17;
    /** The most a cell holds in Excel. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Data rows a sheet holds under its header. A longer list is cut there: its CSV holds every row. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private XlsxListWriter() {
    }

    static void write(OutputStream out, String title, List<Table<?>> tables) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(title);
            properties.setCreator("Datakart");
            Styles styles = new Styles(workbook);
            for (Table<?> table : tables) sheet(workbook, styles, table);
            workbook.write(out);
        }
    }

    private static <R> void sheet(SXSSFWorkbook workbook, Styles styles, Table<R> table) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        List<Table.Column<R>> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).heading());
            cell.setCellStyle(styles.header);
        }
        List<R> rows = table.rows().size() > MAX_ROWS ? table.rows().subList(0, MAX_ROWS) : table.rows();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) widths[i] = columns.get(i).heading().length() + 2; // the filter's button
        int r = 1;
        for (R row : rows) {
            Row line = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Table.Column<R> column = columns.get(i);
                Object value = column.value().apply(row);
                if (value == null || value instanceof String text && text.isEmpty()) continue; // a blank cell
                Cell cell = line.createCell(i);
                widths[i] = Math.max(widths[i], set(cell, column.kind(), value, styles));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.clamp(widths[i], MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
    }

    /** Sets the cell's value; returns how many characters wide it shows. */
    private static int set(Cell cell, Table.Kind kind, Object value, Styles styles) {
        switch (kind) {
            case TEXT -> {
                String text = value.toString();
                if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT - 1) + "…";
                cell.setCellValue(text); // a string cell: never taken for a formula, whatever it starts with
                return text.length();
            }
            case NUMBER -> {
                long n = ((Number) value).longValue();
                cell.setCellValue(n);
                cell.setCellStyle(styles.number);
                return String.format("%,d", n).length() + 1;
            }
            case DATE -> {
                cell.setCellValue(LocalDateTime.ofInstant((Instant) value, Table.ZONE));
                cell.setCellStyle(styles.date);
                return DATE_WIDTH;
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    /** The workbook's few cell styles, made once: Excel caps a workbook's styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle number;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            var formats = workbook.createDataFormat();
            number = workbook.createCellStyle();
            number.setDataFormat(formats.getFormat("#,##0"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
