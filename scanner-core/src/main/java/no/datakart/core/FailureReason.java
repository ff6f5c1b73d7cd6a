package no.datakart.core;

/**
 * Why an item could not be read: a closed set, counted and shown, never free text that gets lost. The
 * detail (an exception's message, never an identifier) goes beside it.
 */
public enum FailureReason {
    ENCRYPTED,
    CORRUPT,
    TOO_LARGE,
    TIMEOUT,
    PARSER_CRASH,
    OUT_OF_MEMORY,
    ACCESS_DENIED,
    THROTTLED,
    /** A kind of item the scanner does not read: a symbolic link, a device, a format with no parser. */
    UNSUPPORTED;

    /** Why an item's bytes could not be read from its source: refused, or (for want of a closer reason) corrupt. */
    public static FailureReason ofReading(java.io.IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? ACCESS_DENIED : CORRUPT;
    }
}
