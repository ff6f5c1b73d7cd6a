package no.datakart.core.report.cleanup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list as CSV that Norwegian Excel opens as it should by a double click: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252 and garbles æøå), {@code ;} between fields (the list separator where the
 * decimal separator is a comma), CRLF, a header row. Dates {@code yyyy-MM-dd HH:mm} in Norwegian time.
 */
final class CsvListWriter {
    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Table.ZONE);
    private static final char BOM = '\uFEFF';

    private CsvListWriter() {
    }

    static <R> void write(OutputStream out, Table<R> table) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            List<String> cells = new ArrayList<>(table.columns().size());
            for (Table.Column<R> c : table.columns()) cells.add(c.heading());
            printer.printRecord(cells);
            for (R row : table.rows()) {
                cells.clear();
                for (Table.Column<R> c : table.columns()) cells.add(cell(c.kind(), c.value().apply(row)));
                printer.printRecord(cells);
            }
        }
    }

    private static String cell(Table.Kind kind, Object value) {
        if (value == null) return "";
        return switch (kind) {
            case TEXT -> guard(value.toString());
            case NUMBER -> value.toString();
            case DATE -> DATE.format((Instant) value);
        };
    }

    /**
     * A text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR
     * first: file names can start so) gets a leading {@code '}, so it is shown as text and never run.
     */
    static String guard(String text) {
        if (text.isEmpty()) return text;
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
