package no.datakart.core.report.hotspot;

import java.time.Instant;

/**
 * One run of a source, as the trend shows it.
 *
 * @param newWithFindings items that hold findings now and did not before
 * @param resolved        items read again that held findings and hold none now
 * @param removed         items that held findings and are gone
 * @param withFindings    items holding findings after the run, counted from the first run's start
 * @param failed          parts that could not be read whole in the items it read
 * @param complete        false for a run that was cut off (its counts are those of its last checkpoint)
 */
public record RunTrend(String source, int run, Instant started, Instant finished, boolean complete, int items,
                       int read, int newWithFindings, int resolved, int removed, int withFindings, int failed) {
}
