package no.datakart.core.report.cleanup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.PartRecord;
import no.datakart.core.source.Item;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * Writes items into a real index as a scan would (parts inside first, then the item's own part with the
 * findings of all), and reads written lists back: XLSX with POI, CSV with Commons CSV. Hashes are made up:
 * no identifier is anywhere in these tests.
 */
final class ListFixture {
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ListFixture() {
    }

    /** A made-up keyed hash: 64 hex digits. */
    static String hash(int n) {
        return "%064x".formatted(0xDA7A_0000L + n);
    }

    /** A part holding the given findings, each with a made-up hash numbered from {@code firstHash}. */
    static PartRecord part(String path, String contentType, Map<IdentifierType, Integer> counts, Set<Category> categories,
                           int children, int firstHash) {
        List<String> hashes = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        int h = firstHash;
        for (var e : counts.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                String x = hash(h++);
                hashes.add(x);
                if (PartRecord.identifiesPerson(e.getKey())) persons.add(x);
            }
        }
        hashes.sort(null);
        persons.sort(null);
        return new PartRecord(path, contentType, null, "", counts, hashes, persons, List.of(), false, List.of(), children, categories);
    }

    static PartRecord part(String path, String contentType, Map<IdentifierType, Integer> counts) {
        return part(path, contentType, counts, Set.of(), 0, 0);
    }

    static PartRecord failed(String path, FailureReason reason, String detail) {
        return PartRecord.failed(path, "", reason, detail);
    }

    /** An item written as a scan writes it: its parts inside, then its own part with the findings of all. */
    static void item(FindingsIndex index, Tenant tenant, String source, String location, String department,
                     Instant modified, String owner, int firstRun, int run, PartRecord own, PartRecord... inside)
            throws IOException {
        Item item = new Item(location, 1000L + location.length(), modified, "fp-" + run, owner);
        var stamp = new FindingsIndex.Stamp(department, firstRun, run, "read-" + location + "-" + run);
        int findings = own.findings();
        for (PartRecord p : inside) {
            index.putMember(tenant, source, item, p, stamp);
            findings += p.findings();
        }
        index.putItem(tenant, source, item, own, stamp, findings, true);
    }

    /** A sheet's rows under its header, each cell by its heading: text, a whole number, or a date. */
    static List<Map<String, Object>> sheet(Sheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.put(header.getCell(c).getStringCellValue(), cell == null ? null : value(cell));
            }
            out.add(cells);
        }
        return out;
    }

    private static Object value(Cell cell) {
        if (cell.getCellType() == CellType.STRING) return cell.getStringCellValue();
        if (cell.getCellType() != CellType.NUMERIC) throw new AssertionError("a cell of type " + cell.getCellType());
        if (DateUtil.isCellDateFormatted(cell)) return cell.getLocalDateTimeCellValue();
        double d = cell.getNumericCellValue();
        if (d != Math.rint(d)) throw new AssertionError("not a whole number: " + d);
        return (long) d;
    }

    static List<String> headings(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) out.add(c.getStringCellValue());
        return out;
    }

    static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A CSV list: its header and records, after checking it starts with UTF-8's byte order mark. */
    record Csv(List<String> header, List<Map<String, String>> rows) {
    }

    static Csv csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new AssertionError(file + " does not start with a byte order mark");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) rows.add(r.toMap());
            // toMap does not keep the order: put it in the header's
            List<Map<String, String>> ordered = new ArrayList<>();
            for (Map<String, String> r : rows) {
                Map<String, String> o = new LinkedHashMap<>();
                for (String h : parser.getHeaderNames()) o.put(h, r.get(h));
                ordered.add(o);
            }
            return new Csv(parser.getHeaderNames(), ordered);
        }
    }

    static LocalDateTime oslo(Instant t) {
        return LocalDateTime.ofInstant(t, Table.ZONE);
    }
}
