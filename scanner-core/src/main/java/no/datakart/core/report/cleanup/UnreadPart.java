package no.datakart.core.report.cleanup;

import java.time.Instant;

import no.datakart.core.FailureReason;

/**
 * A part of a department's item that could not be read whole: what the scan did not see, listed beside the
 * cleanup list so the department can look at it by hand.
 *
 * @param item  the item's place in its source
 * @param path  {@code ""} for the item itself, else the part's place inside it
 * @param owner the item's owner; {@code modified} and {@code size} are the item's too
 */
public record UnreadPart(String source, String item, String path, String owner, String department, Instant modified,
                         long size, FailureReason reason, String detail) {

    /** Its place: the item's location, and for a part inside it {@code !} and its path there. */
    public String location() {
        return path.isEmpty() ? item : item + "!" + path;
    }
}
