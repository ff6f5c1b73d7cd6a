package no.datakart.core.report.hotspot;

import no.datakart.core.FailureReason;

/** A document the scan could not read whole: where, why, and what went wrong (never content). */
public record Failure(String source, String location, FailureReason reason, String detail) {
}
