package no.datakart.core.scan;

import java.util.Map;

import no.datakart.core.FailureReason;

/**
 * What one scan of one source did.
 *
 * @param items     items the source has now
 * @param read      items read: new or changed since the last scan
 * @param unchanged items skipped: their fingerprint is the one the index has
 * @param removed   items the index had that the source no longer has
 * @param failures  parts (and places) that could not be read, by reason
 */
public record RunSummary(String run, int items, int read, int unchanged, int removed, Map<FailureReason, Integer> failures) {
}
