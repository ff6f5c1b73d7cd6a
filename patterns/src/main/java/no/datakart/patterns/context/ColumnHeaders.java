package no.datakart.patterns.context;

import java.util.Arrays;

import no.datakart.patterns.text.CharMasks;
import no.datakart.patterns.text.TextWindow;

/**
 * The column headers of delimiter-separated text in a stream — CSV exports with {@code ;}, tab and
 * pipe ({@code |}) separated lists, as plain text — so that a number in a column under {@code Kontonr} is read as a table
 * cell under that header, as when a caller says so with {@code cell()}. A line with at least two
 * delimiters starts a table unless it has as many as the table before it, in which case it is a row of
 * it; a line with none ends the table. The first line of a table is its header. Fixed-width tables (a
 * PDF's or a report's: cells apart by two spaces or more) are read the same way, by where on the line a
 * header's cell starts; a rule of dashes between header and rows is passed over.
 *
 * <p>Reads the chunk lazily from its {@link CharMasks}, up to the number asked about, and the rest at the
 * end of each chunk; remembers the last lines' delimiters for a number asked about a little late.
 */
public final class ColumnHeaders {
    private static final int MAX_COLUMNS = 64;
    private static final int LINES = 16;          // lines remembered, a power of two
    private static final int MAX_HEADER_CELL = 128;

    private final ContextScanner scanner;
    private final TextWindow text;
    private final CharMasks masks;
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
    private boolean letters;          // the line has a letter
    private boolean digitsInLine;     // the line has a digit (a header has none)
    private boolean onlyRule = true;  // the line is only - = _ and spaces (a table's rule)
    private final int[] cellFrom = new int[MAX_COLUMNS]; // where each gap-separated cell starts, from the line start
    private int cells;

    /**
     * In the tags of a heading line's table: the tags are those of all its columns together, since rows
     * written with single spaces do not tell where a column is (see {@link ContextScore}).
     */
    public static final int ANY_COLUMN = 1 << 30;
    static final int MAX_HEADING = 100;  // chars of a heading line
    static final int MIN_HEADING_WORDS = 3;

    // the table in progress
    private int headingTags;       // a heading line's table: its columns' tags | ANY_COLUMN; 0: none
    private int[] headerTags;      // null: no table
    private int headerCount;
    private char headerDelim;
    private int[] fixedTags;       // a fixed-width table: its header's tags, and where its cells start
    private int[] fixedFrom;

    /**
     * @param masks the masks of the chunk in the window, filled before each chunk is read; the chunk must be
     *              read to its end ({@link #scanTo} its limit) before the next
     */
    public ColumnHeaders(ContextScanner scanner, TextWindow text, CharMasks masks) {
        this.scanner = scanner;
        this.text = text;
        this.masks = masks;
    }

    private long scanned; // absolute offset of the next char to read

    /**
     * Reads the chunk up to {@code upTo} (exclusive), from its masks. Each line is read whole from them: its
     * letters, figures and rule chars by one test a block; only its delimiters and the cells after a gap
     * of two spaces or more one at a time — few in prose, where most lines have neither.
     */
    public void scanTo(long upTo) {
        long to = Math.min(upTo, masks.start() + masks.length());
        if (scanned < masks.start()) throw new IllegalStateException("a chunk was not read to its end");
        if (to <= scanned) return;
        long base = masks.start();
        int from = (int) (scanned - base);
        int end = (int) (to - base);
        for (int b = from >>> 6, last = (end - 1) >>> 6; b <= last; b++) {
            long range = -1L << Math.max(0, from - (b << 6));
            if (end - (b << 6) < 64) range &= (1L << (end - (b << 6))) - 1;
            readBlock(b, range);
        }
        scanned = to;
    }

    /** The chars of block {@code b} in {@code range}, line by line. */
    private void readBlock(int b, long range) {
        long space = masks.spaces(b);
        long before = b > 0 ? masks.spaces(b - 1) : spacesBefore();
        // a cell starts after two spaces or more (a fixed-width table's gap)
        long gapStarts = masks.cellChars(b) & (space << 1 | before >>> 63) & (space << 2 | before >>> 62);
        long newlines = masks.newlines(b) & range;
        long rest = range;
        long p0 = masks.start() + ((long) b << 6);
        while (true) {
            long newline = newlines & -newlines;
            long line = newline == 0 ? rest : rest & (newline - 1);
            if (line != 0) readLine(b, line, gapStarts, p0);
            if (newline == 0) return;
            endLine(p0 + Long.numberOfTrailingZeros(newline));
            rest &= ~(newline | (newline - 1));
            newlines ^= newline;
        }
    }

    /** The bits of one line's chars in block {@code b}. */
    private void readLine(int b, long line, long gapStarts, long p0) {
        long cellChars = masks.cellChars(b) & line;
        letters |= (masks.letters(b) & line) != 0;
        digitsInLine |= (masks.digits(b) & line) != 0;
        onlyRule &= (masks.nonRuleChars(b) & line) == 0;
        long starts = gapStarts & line;
        if (cells == 0) starts |= cellChars & -cellChars; // the line's first cell
        long delims = masks.delimiters(b) & line;
        for (long events = starts | delims; events != 0; events &= events - 1) {
            long bit = events & -events;
            int k = Long.numberOfTrailingZeros(bit);
            if ((starts & bit) != 0) newCell(p0 + k);
            if ((delims & bit) != 0) delimiter(masks.charAt((b << 6) + k), p0 + k);
        }
    }

    /** The spaces just before the chunk, as the top bits of a block before its first. */
    private long spacesBefore() {
        long s = masks.start();
        long bits = 0;
        if (s - 1 >= text.first() && s >= 1 && text.charAt(s - 1) == ' ') bits |= 1L << 63;
        if (s - 2 >= text.first() && s >= 2 && text.charAt(s - 2) == ' ') bits |= 1L << 62;
        return bits;
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

    /** The end of a text or a cell: the line ends, and so does any table. */
    public void boundary() {
        scanTo(text.limit());
        endLine(text.limit());
        headerTags = null;
        fixedTags = null;
        headingTags = 0;
    }

    public void reset() {
        lines = 0;
        scanned = 0;
        headerTags = null;
        fixedTags = null;
        headingTags = 0;
        newLine(0);
    }

    /** The tags of the header of the column {@code p} lies in, or 0 if it is in no table row. */
    public int tagsAt(long p) {
        scanTo(p);
        if (p >= start) {
            // the line in progress reads as a row once it has a gap, as rows have
            if (fixedTags != null && count == 0) return gaps >= 1 ? fixedTagsAt(p - start, fixedFrom, fixedTags) : 0;
            if (headingTags != 0 && count < 2 && fixedTags == null) return headingTags;
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
        if (count < 2 && rowColumns == null && fixedTags == null) { // a heading line's table, rows with figures
            if (headingTags != 0 && digitsInLine) {
                rowTags = new int[] {headingTags};
            } else {
                headingTags = digitsInLine || !letters || gaps >= 2 ? 0 : headingTags(end);
            }
        } else {
            headingTags = 0;
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
        cells = 0;
        letters = false;
        digitsInLine = false;
        onlyRule = true;
    }

    /**
     * A heading line over rows written with single spaces, as text taken out of a PDF's table often is
     * ({@code Ansnr Navn Fnr Konto Brutto Trekk Netto}): three words or more, each capitalised, no figures
     * and none of the punctuation of a sentence, naming some kind of number. Its table's rows are the
     * lines with figures that follow it; the tags of all its words are those of every cell.
     */
    private int headingTags(long end) {
        if (end - start > MAX_HEADING || start < text.first()) return 0;
        int words = 0;
        boolean wordStart = true;
        for (long p = start; p < end; p++) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == '\r') {
                wordStart = true;
                continue;
            }
            if (c == ',' || c == ':' || c == ';' || c == '?' || c == '!' || c == '(') return 0;
            if (wordStart) {
                if (!Character.isUpperCase(c)) return 0;
                words++;
                wordStart = false;
            }
        }
        if (words < MIN_HEADING_WORDS) return 0;
        int tags = classify(start, end);
        return tags == 0 ? 0 : tags | ANY_COLUMN;
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
