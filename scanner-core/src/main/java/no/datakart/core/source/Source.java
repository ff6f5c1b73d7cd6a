package no.datakart.core.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where items come from: a file tree, a share, a mailbox. As small as a parser: walk the items, open one.
 * A source knows nothing of detection.
 */
public interface Source {

    /** Names the source in the index and in messages ({@code fs:/mnt/share}). */
    String id();

    /**
     * Tells the visitor every item, in the same order for the same content, and every place it could not
     * read: nothing is left out silently.
     */
    void walk(Visitor visitor) throws IOException;

    /** The item's bytes; the caller closes the stream. */
    InputStream open(Item item) throws IOException;

    /**
     * The item as a file on this machine, if it is one: a worker process then opens it itself, and a parser
     * that needs to seek (zip, OOXML) reads it in place instead of from a copy. Empty for a remote store.
     */
    default java.util.Optional<java.nio.file.Path> file(Item item) {
        return java.util.Optional.empty();
    }

    /** Hears a walk. */
    interface Visitor {
        void item(Item item);

        /** A place (a file, a folder) that could not be read, and why. */
        void failed(String location, no.datakart.core.FailureReason reason, String detail);
    }
}
