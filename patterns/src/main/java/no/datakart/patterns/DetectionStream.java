package no.datakart.patterns;

import no.datakart.patterns.category.DocumentCategories;

/**
 * One text, fed in chunks of any size. Findings reach the sink in text order, with offsets counted
 * from the start of the stream; a number split across chunks is found once. Not thread-safe: one
 * stream per text being read, reusable after {@link #reset()}.
 */
public interface DetectionStream {

    /** The next {@code length} chars of the text. The array may be reused once this returns. */
    void feed(char[] chars, int offset, int length);

    /** The next stretch of the text. */
    void feed(CharSequence text);

    /**
     * The text that follows is a table cell under the given column header (null if none): a header
     * such as {@code Fnr} lifts every number in the column. Ends the previous cell.
     */
    void cell(CharSequence columnHeader);

    /** The text that follows is running text again, not a table cell. */
    void freeText();

    /** The text is complete: reports what is still pending. */
    void finish();

    /** Ready for a new text, offsets from 0. */
    void reset();

    /** Chars fed so far. */
    long position();

    /**
     * The sensitive categories of the text, once {@link #finish() finished}; {@link DocumentCategories#NONE}
     * from a stream that does not count them.
     */
    default DocumentCategories categories() {
        return DocumentCategories.NONE;
    }
}
