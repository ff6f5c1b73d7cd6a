package no.datakart.patterns.context;

import java.util.Arrays;

import no.datakart.patterns.text.TextWindow;

/**
 * The column headers of delimiter-separated text in a stream — CSV exports with {@code ;} and tab
 * separated lists, as plain text — so that a number in a column under {@code Kontonr} is read as a table
 * cell under that header, as when a caller says so with {@code cell()}. A line with at least two
 * delimiters starts a table unless it has as many as the table before it, in which case it is a row of
 * it; a line with none ends the table. The first line of a table is its header. Fixed-width tables (a
 * PDF's or a report's: cells apart by two spaces or more) are read the same way, by where on the line a
 * header's cell starts; a rule of dashes between header and rows is passed over.
 *
 * <p>Reads the window lazily, up to the number asked about, and the rest at the end of each chunk;
 * remembers the last lines' delimiters for a number asked about a little late.
 */
public final class ColumnHeaders {
    private static final int MAX_COLUMNS = 64;
    private static final int LINES = 16;          // lines remembered, a power of two
    private static final int MAX_HEADER_CELL = 128;

    private final ContextScanner scanner;
    private final TextWindow text;
    private final StringBuilder cell = new StringBuilder(MAX_HEADER_CELL);

    // the lines remembered: start, delimiter, its count, its positions, and the table's header tags
    private final long[] lineStart = new long[LINES];
    private final long[] lineEnd = new long[LINES];
    private final int[] lineDelims = new int[LINES];
    private final long[][] delimAt = new long[LINES][MAX_COLUMNS];
    private final int[][] lineTags = new int[LINES][];   // the header's tags for a row, null for none
    private final int[][] lineColumns = new int[LINES][]; // a fixed-width row: where its header's cells start
    private long lines;                                   // lines ended so far

    // the line being read
    private long start;
    private char delim;
    private int count;
    private final long[] at = new long[MAX_COLUMNS];

    private int gaps;                 // runs of two spaces or more inside the line (a fixed-width table)
    private int spaces;               // spaces in a row just now
    private boolean letters;          // the line has a letter
    private boolean digitsInLine;     // the line has a digit (a header has none)
    private boolean onlyRule = true;  // the line is only - = _ and spaces (a table's rule)
    private final int[] cellFrom = new int[MAX_COLUMNS]; // where each gap-separated cell starts, from the line start
    private int cells;

    // the table in progress
    private int[] headerTags;      // null: no table
    private int headerCount;
    private char headerDelim;
    private int[] fixedTags;       // a fixed-width table: its header's tags, and where its cells start
    private int[] fixedFrom;

    public ColumnHeaders(ContextScanner scanner, TextWindow text) {
        this.scanner = scanner;
        this.text = text;
    }

    private long scanned; // absolute offset of the next char to read

    /** Reads the window up to {@code upTo} (exclusive). */
    public void scanTo(long upTo) {
        long to = Math.min(upTo, text.limit());
        long p = Math.max(scanned, text.first());
        for (; p < to && p < text.chunkStart(); p++) read(text.charAt(p), p); // the rest of an earlier chunk
        if (p < to) {                                                          // this chunk, from its array
            char[] a = text.chunkArray();
            int base = text.chunkIndex(p);
            scanArray(a, base, base + (int) (to - p), p - base);
        }
        scanned = Math.max(scanned, to);
    }

    /**
     * The loop every char of a text goes through: the line's state in locals, letters (most chars) first.
     * {@code a[i]} is at absolute offset {@code offset + i}.
     */
    private void scanArray(char[] a, int from, int to, long offset) {
        int sp = spaces;
        boolean let = letters;
        boolean rule = onlyRule;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c > ' ' && c != ';') {
                if (sp >= 2 || cells == 0) newCell(offset + i);
                sp = 0;
                if (c >= 'A') {
                    if (c != '_') {
                        let = true;
                        rule = false;
                    }
                } else if (c >= '0' && c <= '9') {
                    digitsInLine = true;
                    rule = false;
                } else if (c != '-' && c != '=') {
                    rule = false;
                }
            } else if (c == ' ') {
                sp++;
            } else if (c == '\n') {
                spaces = sp;
                letters = let;
                onlyRule = rule;
                endLine(offset + i);
                sp = 0;
                let = false;
                rule = true;
            } else if (c == ';' || c == '\t') {
                if (sp >= 2 || cells == 0) newCell(offset + i);
                sp = 0;
                delimiter(c, offset + i);
            }
        }
        spaces = sp;
        letters = let;
        onlyRule = rule;
    }

    private void newCell(long p) {
        if (cells > 0) gaps++;
        if (cells < MAX_COLUMNS) cellFrom[cells] = (int) Math.min(Integer.MAX_VALUE, p - start);
        cells++;
    }

    private void delimiter(char c, long p) {
        if (delim == 0) delim = c;
        if (c == delim) {
            if (count < MAX_COLUMNS) at[count] = p;
            count++;
        }
    }

    /** One char of an earlier chunk, read through the window: as {@link #scanArray}, one at a time. */
    private void read(char c, long p) {
        one[0] = c;
        scanArray(one, 0, 1, p);
    }

    private final char[] one = new char[1];

    /** The end of a text or a cell: the line ends, and so does any table. */
    public void boundary() {
        scanTo(text.limit());
        endLine(text.limit());
        headerTags = null;
        fixedTags = null;
    }

    public void reset() {
        lines = 0;
        scanned = 0;
        headerTags = null;
        fixedTags = null;
        newLine(0);
    }

    /** The tags of the header of the column {@code p} lies in, or 0 if it is in no table row. */
    public int tagsAt(long p) {
        scanTo(p);
        if (p >= start) {
            // the line in progress reads as a row once it has a gap, as rows have
            if (fixedTags != null && count == 0) return gaps >= 1 ? fixedTagsAt(p - start, fixedFrom, fixedTags) : 0;
            return tagsIn(p, Math.min(count, MAX_COLUMNS), at, currentRowTags());
        }
        for (long k = lines - 1; k >= 0 && k >= lines - LINES; k--) {
            int r = (int) (k & (LINES - 1));
            if (p >= lineStart[r] && p < lineEnd[r]) {
                if (lineColumns[r] != null) return fixedTagsAt(p - lineStart[r], lineColumns[r], lineTags[r]);
                return tagsIn(p, Math.min(lineDelims[r], MAX_COLUMNS), delimAt[r], lineTags[r]);
            }
        }
        return 0;
    }

    /** The header tags the line in progress would be read under, if it is a row so far. */
    private int[] currentRowTags() {
        return headerTags != null && count > 0 && delim == headerDelim && count <= headerCount ? headerTags : null;
    }

    private static int tagsIn(long p, int delims, long[] positions, int[] tags) {
        if (tags == null) return 0;
        int column = 0;
        while (column < delims && positions[column] < p) column++;
        return column < tags.length ? tags[column] : 0;
    }

    /** In a fixed-width row, the header cell that starts last at or before the offset (with a little slack). */
    private static int fixedTagsAt(long offset, int[] from, int[] tags) {
        int column = -1;
        for (int k = 0; k < from.length; k++) if (from[k] <= offset + 2) column = k;
        return column < 0 ? 0 : tags[column];
    }

    private void endLine(long end) {
        int[] rowTags = null;
        int[] rowColumns = null;
        if (count < 2 && !onlyRule) { // a fixed-width table: cells apart by two spaces or more
            if (gaps >= 2 && fixedTags != null) {
                rowTags = fixedTags;
                rowColumns = fixedFrom;
            } else if (gaps >= 2 && letters && !digitsInLine) { // a header: three cells or more, no figures
                classifyFixed(end);
            } else {
                fixedTags = null;
            }
        }
        if (count >= 2) {
            if (headerTags != null && count == headerCount && delim == headerDelim) {
                rowTags = headerTags;                       // a row of the table
            } else {
                headerTags = classifyCells(end);            // a new table, and this its header
                headerCount = count;
                headerDelim = delim;
            }
        } else {
            headerTags = null;                              // not a table line: the table ended
        }
        int r = (int) (lines & (LINES - 1));
        lineStart[r] = start;
        lineEnd[r] = end;
        lineDelims[r] = count;
        System.arraycopy(at, 0, delimAt[r], 0, Math.min(count, MAX_COLUMNS));
        lineTags[r] = rowTags;
        lineColumns[r] = rowColumns;
        lines++;
        newLine(end + 1);
    }

    /** A line starts at {@code at}: nothing seen on it yet. */
    private void newLine(long at) {
        start = at;
        delim = 0;
        count = 0;
        gaps = 0;
        spaces = 0;
        cells = 0;
        letters = false;
        digitsInLine = false;
        onlyRule = true;
    }

    private void classifyFixed(long end) {
        int n = Math.min(cells, MAX_COLUMNS);
        fixedTags = new int[n];
        fixedFrom = Arrays.copyOf(cellFrom, n);
        for (int k = 0; k < n; k++) fixedTags[k] = classify(start + cellFrom[k], k + 1 < n ? start + cellFrom[k + 1] : end);
    }

    /** The tags of the header cell {@code [from, to)}, of which the window still holds the start. */
    private int classify(long from, long to) {
        long f = Math.max(from, text.first());
        cell.setLength(0);
        for (long p = f; p < to && p < f + MAX_HEADER_CELL; p++) cell.append(text.charAt(p));
        return scanner.classify(cell);
    }

    private int[] classifyCells(long end) {
        int columns = Math.min(count, MAX_COLUMNS) + 1;
        int[] tags = new int[columns];
        for (int k = 0; k < columns; k++) {
            tags[k] = classify(k == 0 ? start : at[k - 1] + 1, k < columns - 1 ? at[k] : end);
        }
        return tags;
    }
}
