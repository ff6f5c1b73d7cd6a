package no.datakart.patterns.text;

/**
 * One part of a detector set's single pass over a text: it sees every chunk once the window holds it,
 * hears the boundaries (a cell's end, the text's end), says from where its findings may still come, and
 * starts over for a new text.
 */
public interface StreamPart {

    /** The next chunk, with the masks of its chars, once the window holds it. */
    void feed(CharMasks chunk);

    /** A boundary no finding crosses, at the end of what has been fed. */
    void boundary();

    /** Nothing this part reports from now on starts before the returned offset ({@code scanned} if no bound). */
    default long settled(long scanned) {
        return scanned;
    }

    void reset();
}
