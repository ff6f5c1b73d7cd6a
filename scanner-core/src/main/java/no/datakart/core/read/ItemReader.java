package no.datakart.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

import no.datakart.core.index.PartRecord;
import no.datakart.core.source.Item;
import no.datakart.core.source.Source;

/**
 * Reads one item at a time into the records of its parts: extraction, detection and keyed hashing in one.
 * Used by one thread.
 */
public interface ItemReader extends Closeable {

    /**
     * Tells the record of each part as the part ends: the parts inside a container before it, the item's own
     * part (path {@code ""}) always, and last. What cannot be read is a record with a failure reason, not an
     * exception.
     *
     * @throws IOException only if no item can be read at all (a worker process that will not start)
     */
    void read(Source source, Item item, Consumer<PartRecord> parts) throws IOException;

    /** Ends what the reader holds; closing it again does nothing. */
    @Override
    default void close() throws IOException {
    }
}
