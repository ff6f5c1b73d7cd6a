package no.datakart.core.report.datamap;

import java.util.List;
import java.util.Objects;

/**
 * One row of the DPO's file: a key of the data map, what the DPO wrote about it, and what Datakart notes.
 *
 * @param firstFound the day of the first data map that held the key ({@code 2026-11-23}; as Excel saved it, if
 *                   in a form other than its Norwegian {@code 23.11.2026}, which is turned back)
 * @param lastFound  the date of the latest data map that held it
 * @param gone       the latest data map does not hold it: kept for the DPO to close, never dropped
 * @param extra      the values of the columns the DPO added, in the order of {@link Purposes#extraColumns()}
 */
public record ProcessingEntry(RowKey key, Processing processing, String firstFound, String lastFound, boolean gone,
                              List<String> extra) {
    public ProcessingEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(processing, "processing");
        firstFound = firstFound == null ? "" : firstFound;
        lastFound = lastFound == null ? "" : lastFound;
        extra = List.copyOf(extra);
    }
}
