package no.datakart.core.report.datamap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** CSV as Excel in a Norwegian locale opens it: UTF-8 with a byte order mark, {@code ;} between cells, CRLF. */
final class Csv {
    static final char BOM = '\uFEFF';
    static final CSVFormat EXCEL_NB = format(';');

    private Csv() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).setIgnoreEmptyLines(true).get();
    }

    /**
     * A cell as written: one that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, tab, CR) gets a leading {@code '}, as does one that starts with {@code '} itself, so that
     * {@link #unguard} gives back exactly what was written (the keys of the DPO's file must match exactly).
     */
    static String guard(String cell) {
        return guarded(cell, 0) ? "'" + cell : cell;
    }

    /** Takes off the {@code '} that {@link #guard} put on; an apostrophe the DPO typed before a word stays. */
    static String unguard(String cell) {
        return cell.startsWith("'") && guarded(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean guarded(String cell, int at) {
        if (cell.length() <= at) return false;
        return switch (cell.charAt(at)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> true;
            default -> false;
        };
    }

    private static final java.util.regex.Pattern NORWEGIAN_DAY = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    /**
     * A day as read back: Excel in a Norwegian locale saves {@code 2026-11-23} as {@code 23.11.2026}, which is
     * turned back; anything else stays as it is (a day written otherwise is the DPO's to keep).
     */
    static String day(String cell) {
        var m = NORWEGIAN_DAY.matcher(cell.strip());
        if (!m.matches()) return cell;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            return cell;
        }
    }

    /** A day as the DPO reads it and Excel takes for a date: {@code 2026-11-23}, in UTC as the age buckets are. */
    static String date(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
