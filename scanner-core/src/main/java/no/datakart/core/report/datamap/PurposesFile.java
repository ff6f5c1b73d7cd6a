package no.datakart.core.report.datamap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import no.datakart.core.Tenant;
import no.datakart.core.report.Labels;
import no.datakart.core.report.Language;

/**
 * The DPO's file: one row per key of the data map (category, source, department, top folder), with the
 * columns of the record of processing activities the DPO fills in ({@link Processing}) and a few Datakart
 * fills in. The DPO edits it in Excel; every report merges it with the new data map, so nothing the DPO
 * wrote is lost: a new key gets a row with blank columns, a key the map no longer holds keeps its row,
 * flagged, and columns the DPO added are kept.
 *
 * <p>Written as Excel opens it (UTF-8 with a byte order mark, {@code ;}, CRLF); read back as Excel may save
 * it: with or without the mark, in Windows-1252 if it is not UTF-8, with {@code ;} or {@code ,} (told from
 * the heading line), with CRLF or LF, with headings in any language Datakart writes, columns in any order.
 * A key is matched exactly: the category by its key column ({@code HEALTH}), the label beside it is only for
 * the reader. A file that cannot be read as such is left untouched, and a {@link PurposesFileException} names
 * its line.
 */
public final class PurposesFile {
    /** Its columns in the order written; those the DPO added follow. */
    private static final List<Column> COLUMNS = List.of(Column.CATEGORY_KEY, Column.CATEGORY, Column.PROTECTION,
            Column.SOURCE, Column.DEPARTMENT, Column.TOP_FOLDER, Column.PURPOSE, Column.LEGAL_BASIS,
            Column.DATA_SUBJECTS, Column.RECIPIENTS, Column.RETENTION, Column.NOTE, Column.DOCUMENTS, Column.PERSONS,
            Column.FIRST_FOUND, Column.LAST_FOUND, Column.GONE);
    private static final List<Column> KEY = List.of(Column.CATEGORY_KEY, Column.SOURCE, Column.DEPARTMENT,
            Column.TOP_FOLDER);
    private static final char[] DELIMITERS = {';', ',', '\t'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PurposesFile() {
    }

    /** The name of a tenant's file in the report directory: the same in every language, so it is found again. */
    public static String fileName(Tenant tenant) {
        return tenant.id() + "-datamap-purposes.csv";
    }

    /**
     * Merges the file with the data map and writes it back (its previous version kept as
     * {@code <name>.bak}); makes it if there is none.
     *
     * @return what the file holds now: what the report shows beside each row
     * @throws PurposesFileException the file cannot be read as such; it is left untouched
     */
    public static Purposes merge(Path file, DataMap map) throws IOException {
        Purposes before = Files.exists(file) ? read(file) : Purposes.NONE;
        String today = Csv.date(map.context().now());
        List<String> noExtra = Collections.nCopies(before.extraColumns().size(), "");
        List<ProcessingEntry> merged = new ArrayList<>();
        Set<RowKey> present = new HashSet<>();
        for (DataMapRow row : map.rows()) {
            present.add(row.key());
            ProcessingEntry old = before.entry(row.key());
            merged.add(old == null
                    ? new ProcessingEntry(row.key(), Processing.BLANK, today, today, false, noExtra)
                    : new ProcessingEntry(row.key(), old.processing(), old.firstFound().isBlank() ? today : old.firstFound(),
                            today, false, old.extra()));
        }
        for (ProcessingEntry old : before.entries()) {
            if (!present.contains(old.key())) {
                merged.add(new ProcessingEntry(old.key(), old.processing(), old.firstFound(), old.lastFound(), true, old.extra()));
            }
        }
        Purposes after = new Purposes(before.extraColumns(), merged);
        no.datakart.core.report.ReportFiles.writeKeepingBackup(file, out -> write(out, after, map));
        return after;
    }

    private static void write(Writer out, Purposes purposes, DataMap map) throws IOException {
        Labels words = Labels.of("datamap", map.context().language());
        out.write(Csv.BOM);
        CSVPrinter csv = new CSVPrinter(out, Csv.EXCEL_NB);
        List<String> headings = new ArrayList<>();
        for (Column c : COLUMNS) headings.add(c.heading(words));
        headings.addAll(purposes.extraColumns());
        csv.printRecord(headings.stream().map(Csv::guard));
        for (ProcessingEntry e : purposes.entries()) {
            RowKey k = e.key();
            Processing p = e.processing();
            Volume v = e.gone() ? Volume.NONE : map.row(k);
            if (v == null) v = Volume.NONE;
            List<String> cells = new ArrayList<>(List.of(k.category().name(), words.of(k.category()),
                    words.of(k.category().protection()), k.source(), k.department(), k.topFolder(), p.purpose(),
                    p.legalBasis(), p.dataSubjects(), p.recipients(), p.retention(), p.note(),
                    Long.toString(v.documents()), Long.toString(v.persons()), e.firstFound(), e.lastFound(),
                    e.gone() ? words.get("value.yes") : ""));
            cells.addAll(e.extra());
            csv.printRecord(cells.stream().map(Csv::guard));
        }
        csv.flush();
    }

    /**
     * Reads the file as it is, merging nothing.
     *
     * @throws PurposesFileException it cannot be read as such
     */
    public static Purposes read(Path file) throws IOException {
        return new Reading(file, Files.readAllBytes(file)).purposes();
    }

    /** One reading of the file: its text, where its lines start, and the rows as read. */
    private static final class Reading {
        private final Path file;
        private final String text;
        private final int[] lineStarts;

        Reading(Path file, byte[] bytes) {
            this.file = file;
            String t = decode(bytes);
            this.text = !t.isEmpty() && t.charAt(0) == Csv.BOM ? t.substring(1) : t;
            this.lineStarts = lineStarts(text);
        }

        Purposes purposes() throws PurposesFileException {
            if (text.isBlank()) throw problem(1, "the file is empty", null);
            Map<String, Column> known = knownHeadings();
            char delimiter = delimiter(known);
            List<Row> rows = rows(delimiter);
            List<String> headings = rows.getFirst().cells().stream().map(Csv::unguard).toList();

            Map<Column, Integer> at = new EnumMap<>(Column.class);
            List<Integer> extraAt = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                Column c = known.get(Column.normal(headings.get(i)));
                if (c != null) {
                    if (at.put(c, i) != null) throw problem(1, "the column \"" + headings.get(i) + "\" is there twice", null);
                } else if (!headings.get(i).isBlank() || hasValues(rows, i)) {
                    extraAt.add(i); // the DPO's own column: kept, heading and all
                }
            }

            List<ProcessingEntry> entries = new ArrayList<>();
            Map<RowKey, Integer> lineOfKey = new HashMap<>();
            for (Row row : rows.subList(1, rows.size())) {
                if (row.cells().stream().allMatch(String::isBlank)) continue; // Excel keeps emptied rows as ;;;
                for (int i = headings.size(); i < row.cells().size(); i++) {
                    if (!row.cells().get(i).isBlank()) {
                        throw problem(row.line(), "a value in column " + (i + 1) + ", which has no heading: give the "
                                                  + "column a heading so that it is kept", null);
                    }
                }
                RowKey key = key(row, at);
                Integer earlier = lineOfKey.put(key, row.line());
                if (earlier != null) {
                    throw problem(row.line(), "the same key as line " + earlier + " (" + key.category() + ", "
                                              + key.source() + ", \"" + key.department() + "\", \"" + key.topFolder()
                                              + "\"): keep one of the two rows", null);
                }
                Processing p = new Processing(cell(row, at, Column.PURPOSE), cell(row, at, Column.LEGAL_BASIS),
                        cell(row, at, Column.DATA_SUBJECTS), cell(row, at, Column.RECIPIENTS),
                        cell(row, at, Column.RETENTION), cell(row, at, Column.NOTE));
                List<String> extra = extraAt.stream().map(i -> cell(row, i)).toList();
                entries.add(new ProcessingEntry(key, p, Csv.day(cell(row, at, Column.FIRST_FOUND)), Csv.day(cell(row, at, Column.LAST_FOUND)),
                        !cell(row, at, Column.GONE).isBlank(), extra));
            }
            return new Purposes(extraAt.stream().map(headings::get).toList(), entries);
        }

        private RowKey key(Row row, Map<Column, Integer> at) throws PurposesFileException {
            String category = cell(row, at, Column.CATEGORY_KEY);
            if (category.isEmpty()) throw problem(row.line(), "the row has no category key", null);
            try {
                return new RowKey(DataCategory.valueOf(category), cell(row, at, Column.SOURCE),
                        cell(row, at, Column.DEPARTMENT), cell(row, at, Column.TOP_FOLDER));
            } catch (IllegalArgumentException e) {
                throw problem(row.line(), "unknown category key \"" + category + "\" (the keys are "
                                          + Arrays.toString(DataCategory.values()) + ")", e);
            }
        }

        /** The delimiter that makes a heading line with every key column. */
        private char delimiter(Map<String, Column> known) throws PurposesFileException {
            Set<Column> bestFound = Set.of();
            for (char d : DELIMITERS) {
                Set<Column> found = new HashSet<>();
                try (CSVParser parser = CSVParser.parse(text, Csv.format(d))) {
                    Iterator<CSVRecord> it = parser.iterator();
                    if (it.hasNext()) for (String h : it.next()) {
                        Column c = known.get(Column.normal(Csv.unguard(h)));
                        if (c != null) found.add(c);
                    }
                } catch (IOException | UncheckedIOException e) {
                    continue; // not this delimiter
                }
                if (found.containsAll(KEY)) return d;
                if (found.size() > bestFound.size()) bestFound = found;
            }
            Set<Column> found = bestFound;
            List<String> missing = KEY.stream().filter(c -> !found.contains(c)).map(PurposesFile::headings).toList();
            throw problem(1, "no heading line with the key columns (missing " + String.join(", ", missing)
                             + "; cells separated by ; or ,)", null);
        }

        private List<Row> rows(char delimiter) throws PurposesFileException {
            List<Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(text, Csv.format(delimiter))) {
                Iterator<CSVRecord> it = parser.iterator();
                while (true) {
                    int next = firstNonEmptyLine((int) parser.getCurrentLineNumber() + 1);
                    try {
                        if (!it.hasNext()) break;
                    } catch (UncheckedIOException e) {
                        throw problem(next, "broken quoting in the row that starts here (" + e.getCause().getMessage()
                                            + ")", e);
                    }
                    CSVRecord r = it.next();
                    // the parser tells where it began to look, before the empty lines it skipped
                    rows.add(new Row(firstNonEmptyLine(lineOf(r.getCharacterPosition())), r.toList()));
                }
            } catch (PurposesFileException e) {
                throw e;
            } catch (IOException e) {
                throw problem(1, "cannot be read as CSV (" + e.getMessage() + ")", e);
            }
            return rows;
        }

        private PurposesFileException problem(int line, String what, Throwable cause) {
            return new PurposesFileException(file, line, what, cause);
        }

        /** The line a character is on, from 1. */
        private int lineOf(long position) {
            int i = Arrays.binarySearch(lineStarts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        /** The first line from this one on that is not empty: where the parser's next row starts. */
        private int firstNonEmptyLine(int line) {
            while (line < lineStarts.length && lineEnd(line) == lineStarts[line - 1]) line++;
            return line;
        }

        private int lineEnd(int line) {
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
            return end;
        }
    }

    private record Row(int line, List<String> cells) {
    }

    private static String cell(Row row, Map<Column, Integer> at, Column column) {
        Integer i = at.get(column);
        return i == null ? "" : cell(row, i);
    }

    private static String cell(Row row, int i) {
        return i < row.cells().size() ? Csv.unguard(row.cells().get(i)) : "";
    }

    private static boolean hasValues(List<Row> rows, int column) {
        for (Row r : rows.subList(1, rows.size())) if (column < r.cells().size() && !r.cells().get(column).isBlank()) return true;
        return false;
    }

    /** A column's headings in every language: {@code Kilde / Source}. */
    private static String headings(Column c) {
        return String.join(" / ", Arrays.stream(Language.values()).map(l -> c.heading(Labels.of("datamap", l)))
                .distinct().toList());
    }

    /** Every heading the file may carry, in every language, to its column. */
    private static Map<String, Column> knownHeadings() {
        Map<String, Column> out = new HashMap<>();
        for (Language language : Language.values()) {
            Labels words = Labels.of("datamap", language);
            for (Column c : COLUMNS) {
                Column other = out.put(Column.normal(c.heading(words)), c);
                if (other != null && other != c) throw new IllegalStateException("two columns headed " + c.heading(words));
            }
        }
        return out;
    }

    /** UTF-8 as Datakart and Excel's "CSV UTF-8" write it; else Windows-1252, Excel's plain "CSV" in Norway. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Where each line starts: after LF, after CR not followed by LF. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
