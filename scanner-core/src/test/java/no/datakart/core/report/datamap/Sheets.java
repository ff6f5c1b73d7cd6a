package no.datakart.core.report.datamap;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as a spreadsheet holds it, read and saved as Excel would: what the tests play the DPO with. */
final class Sheets {
    final List<List<String>> rows;

    private Sheets(List<List<String>> rows) {
        this.rows = rows;
    }

    /** Reads a file Datakart wrote: UTF-8 with a byte order mark, {@code ;}. */
    static Sheets read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) throw new AssertionError(file + " has no byte order mark");
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            for (CSVRecord r : p) rows.add(new ArrayList<>(r.toList()));
        }
        return new Sheets(rows);
    }

    List<String> header() {
        return rows.getFirst();
    }

    int column(String heading) {
        int i = header().indexOf(heading);
        if (i < 0) throw new AssertionError("no column " + heading + " in " + header());
        return i;
    }

    /** The data rows where the column holds the value. */
    List<List<String>> where(String heading, String value) {
        int c = column(heading);
        return rows.subList(1, rows.size()).stream().filter(r -> r.get(c).equals(value)).toList();
    }

    /** The one data row whose cells hold these values in these columns (heading, value, heading, value...). */
    List<String> row(String... headingsAndValues) {
        List<List<String>> found = rows.subList(1, rows.size()).stream().filter(r -> {
            for (int i = 0; i < headingsAndValues.length; i += 2) {
                if (!r.get(column(headingsAndValues[i])).equals(headingsAndValues[i + 1])) return false;
            }
            return true;
        }).toList();
        if (found.size() != 1) throw new AssertionError(found.size() + " rows with " + List.of(headingsAndValues));
        return found.getFirst();
    }

    String get(List<String> row, String heading) {
        return row.get(column(heading));
    }

    void set(List<String> row, String heading, String value) {
        row.set(column(heading), value);
    }

    /** Adds a column, as the DPO does at the right of the sheet. */
    void addColumn(String heading) {
        for (List<String> r : rows) r.add(r == header() ? heading : "");
    }

    /** Saves as Excel's "CSV UTF-8" does: byte order mark, {@code ;}, CRLF. */
    void saveAsExcel(Path file) throws IOException {
        save(file, ';', true, "\r\n", StandardCharsets.UTF_8);
    }

    void save(Path file, char delimiter, boolean bom, String newline, Charset charset) throws IOException {
        StringWriter out = new StringWriter();
        if (bom) out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(newline).get())) {
            for (List<String> r : rows) p.printRecord(r);
        }
        Files.writeString(file, out.toString(), charset);
    }
}
