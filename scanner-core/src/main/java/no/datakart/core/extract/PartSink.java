package no.datakart.core.extract;

import no.datakart.core.FailureReason;

/**
 * Hears the text of an item and of every document inside it, part by part, as the parser reads them. Parts
 * nest: an archive member's part starts and ends while its archive's part is open, and the archive's text
 * may go on after it. The item itself is the part with the empty path.
 */
public interface PartSink {

    /**
     * A part begins.
     *
     * @param path {@code ""} for the item itself, else the part's place inside it ({@code /lønn.zip/liste.xlsx})
     */
    void start(String path);

    /** The next text of the innermost open part. */
    void text(char[] chars, int offset, int length);

    /**
     * The innermost open part ends.
     *
     * @param contentType its media type as detected ({@code application/pdf})
     * @param failure     why it could not be read whole, or null if it was
     * @param detail      what went wrong, in words with no content of the part in them; empty if nothing did
     */
    void end(String contentType, FailureReason failure, String detail);
}
