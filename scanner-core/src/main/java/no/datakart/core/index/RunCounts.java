package no.datakart.core.index;

import java.util.Map;
import java.util.TreeMap;

import no.datakart.core.FailureReason;

/**
 * What one scan run of one source found changed, item by item: the trend a report shows.
 *
 * @param items               items (and unreadable places) the source had
 * @param read                items read: new or changed
 * @param unchanged           items left as they were: the fingerprint the index had
 * @param added               items read for the first time
 * @param changed             items read again because they changed
 * @param removed             items the index had that the source no longer has
 * @param newWithFindings     items that hold findings now and did not before (new ones among them)
 * @param resolved            items read again that held findings and hold none now
 * @param removedWithFindings removed items that held findings
 * @param failures            parts that could not be read whole, by reason
 */
public record RunCounts(int items, int read, int unchanged, int added, int changed, int removed, int newWithFindings,
                        int resolved, int removedWithFindings, Map<FailureReason, Integer> failures) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

    public RunCounts {
        failures = java.util.Collections.unmodifiableMap(new TreeMap<>(failures));
    }
}
