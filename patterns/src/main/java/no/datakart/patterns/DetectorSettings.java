package no.datakart.patterns;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a detector is told.
 *
 * @param contextBefore chars before a span searched for context words (at most 512)
 * @param contextAfter  chars after a span searched for context words (at most 512)
 * @param labelDistance a context word at most this many chars from the span counts as its label
 * @param referenceDate "today" for ages and dates in the future: the scan date
 * @param minConfidence findings below this level are not reported
 */
public record DetectorSettings(int contextBefore, int contextAfter, int labelDistance, LocalDate referenceDate,
                               Confidence minConfidence) {
    public static final int MAX_CONTEXT = 512;

    public DetectorSettings {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(minConfidence, "minConfidence");
        if (contextBefore < 0 || contextBefore > MAX_CONTEXT || contextAfter < 0 || contextAfter > MAX_CONTEXT) {
            throw new IllegalArgumentException("context windows must be 0.." + MAX_CONTEXT + " chars");
        }
        if (labelDistance < 0) throw new IllegalArgumentException("labelDistance < 0");
    }

    /** 100 chars before, 30 after, labels within 20 chars, today, every level. */
    public static DetectorSettings defaults() {
        return new DetectorSettings(100, 30, 20, LocalDate.now(), Confidence.LOW);
    }

    public DetectorSettings withReferenceDate(LocalDate date) {
        return new DetectorSettings(contextBefore, contextAfter, labelDistance, date, minConfidence);
    }

    public DetectorSettings withMinConfidence(Confidence level) {
        return new DetectorSettings(contextBefore, contextAfter, labelDistance, referenceDate, level);
    }
}
