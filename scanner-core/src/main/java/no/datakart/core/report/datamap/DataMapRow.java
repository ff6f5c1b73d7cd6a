package no.datakart.core.report.datamap;

/** One row of the data map: a category of personal data in one place, and how much of it lies there. */
public record DataMapRow(RowKey key, Volume volume) {
}
