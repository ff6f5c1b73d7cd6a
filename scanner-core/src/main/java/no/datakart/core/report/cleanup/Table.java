package no.datakart.core.report.cleanup;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * A list as it is written, the same for XLSX and CSV: a name, its columns, its rows.
 *
 * @param name the sheet's name in the workbook
 */
record Table<R>(String name, List<Column<R>> columns, List<R> rows) {
    /** Dates are shown as a clock in Norway shows them. */
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    Table {
        columns = List.copyOf(columns);
    }

    /** What a cell holds: text ({@code String}), a whole number ({@code Number}), or a moment ({@code Instant}). */
    enum Kind {
        TEXT,
        NUMBER,
        DATE
    }

    /** One column: its heading, its kind of cell, and the cell's value in a row (null for an empty cell). */
    record Column<R>(String heading, Kind kind, Function<R, ?> value) {
    }
}
