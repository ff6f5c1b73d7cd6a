package no.datakart.core.report.datamap;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.Labels;

/**
 * The data map as a CSV for Excel (UTF-8 with a byte order mark, {@code ;}, CRLF; a cell a spreadsheet
 * would take for a formula starts with {@code '}). Per category, first its total across the tenant (persons
 * distinct across places), then a row per place; last, all personal data together. The column
 * {@link Column#LEVEL} tells the kinds of rows apart, so a filter or a pivot sums places only.
 */
public final class DataMapCsv {
    private DataMapCsv() {
    }

    public static void write(Path file, DataMap map, Purposes purposes) throws IOException {
        no.datakart.core.report.ReportFiles.writeText(file, out -> write(out, map, purposes));
    }

    static void write(Writer out, DataMap map, Purposes purposes) throws IOException {
        Labels words = Labels.of("datamap", map.context().language());
        Labels common = Labels.of("common", map.context().language());
        out.write(Csv.BOM);
        CSVPrinter csv = new CSVPrinter(out, Csv.EXCEL_NB);
        List<String> headings = new ArrayList<>();
        for (Column c : List.of(Column.LEVEL, Column.CATEGORY_KEY, Column.CATEGORY, Column.PROTECTION, Column.SOURCE,
                Column.DEPARTMENT, Column.TOP_FOLDER, Column.DOCUMENTS, Column.FINDINGS, Column.PERSONS,
                Column.PERSONS_AT_LEAST, Column.DOCUMENTS_WITH_CHILDREN)) {
            headings.add(c.heading(words));
        }
        for (AgeBucket b : AgeBucket.values()) headings.add(words.get("column.age").replace("{0}", common.of(b)));
        for (Column c : List.of(Column.OLDEST, Column.NEWEST, Column.PURPOSE, Column.LEGAL_BASIS, Column.DATA_SUBJECTS,
                Column.RECIPIENTS, Column.RETENTION, Column.NOTE, Column.FIRST_FOUND, Column.LAST_FOUND)) {
            headings.add(c.heading(words));
        }
        headings.addAll(purposes.extraColumns());
        print(csv, headings);

        List<String> noExtra = Collections.nCopies(purposes.extraColumns().size(), "");
        Map<DataCategory, Volume> totals = map.totals();
        List<DataMapRow> rows = map.rows();
        int next = 0;
        for (DataCategory c : DataCategory.values()) {
            List<String> total = cells(words.get("level.category"), c.name(), words.of(c), words.of(c.protection()),
                    words.get("value.allPlaces"), "", "", totals.get(c), words);
            print(csv, blankTo(total, headings.size())); // the DPO writes about places, not totals
            for (; next < rows.size() && rows.get(next).key().category() == c; next++) {
                RowKey k = rows.get(next).key();
                List<String> row = cells(words.get("level.place"), c.name(), words.of(c), words.of(c.protection()),
                        k.source(), k.department().isEmpty() ? words.get("value.noDepartment") : k.department(),
                        k.topFolder().isEmpty() ? words.get("value.root") : k.topFolder(), rows.get(next).volume(), words);
                ProcessingEntry e = purposes.entry(k);
                Processing p = e == null ? Processing.BLANK : e.processing();
                row.addAll(List.of(p.purpose(), p.legalBasis(), p.dataSubjects(), p.recipients(), p.retention(), p.note(),
                        e == null ? "" : e.firstFound(), e == null ? "" : e.lastFound()));
                row.addAll(e == null ? noExtra : e.extra());
                print(csv, row);
            }
        }
        List<String> all = cells(words.get("level.all"), "", "", "", words.get("value.allPlaces"), "", "", map.overall(), words);
        print(csv, blankTo(all, headings.size()));
        csv.flush();
    }

    /** The cells up to the newest modification; the DPO's columns follow. */
    private static List<String> cells(String level, String key, String label, String protection, String source,
                                      String department, String topFolder, Volume v, Labels words) {
        List<String> cells = new ArrayList<>(List.of(level, key, label, protection, source, department, topFolder,
                Long.toString(v.documents()), Long.toString(v.findings()), Long.toString(v.persons()),
                v.personsAtLeast() ? words.get("value.yes") : "", Long.toString(v.documentsWithChildren())));
        for (AgeBucket b : AgeBucket.values()) cells.add(Long.toString(v.byAge().get(b)));
        cells.add(Csv.date(v.oldest()));
        cells.add(Csv.date(v.newest()));
        return cells;
    }

    private static List<String> blankTo(List<String> cells, int size) {
        while (cells.size() < size) cells.add("");
        return cells;
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(Csv::guard));
    }
}
