package no.datakart.core.scan;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A running scan's progress, read by a display while the scan's threads move it on. The walk and the
 * reading go side by side, so what is left to read is known for sure only once the walk is done.
 */
public final class ScanProgress {
    private final AtomicLong walked = new AtomicLong();
    private final AtomicLong toRead = new AtomicLong();
    private final AtomicLong bytesToRead = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean walkDone;

    /**
     * @param walked      items the walk has told so far
     * @param toRead      of those, items new or changed: to be read
     * @param bytesToRead their bytes
     * @param read        items read so far
     * @param bytesRead   their bytes
     * @param failed      parts that could not be read whole so far
     * @param walkDone    the walk is over: {@code toRead} is final
     */
    public record Snapshot(long walked, long toRead, long bytesToRead, long read, long bytesRead, long failed,
                           boolean walkDone) {
    }

    public Snapshot snapshot() {
        boolean done = walkDone; // read first: counts seen after it are at least as far
        return new Snapshot(walked.get(), toRead.get(), bytesToRead.get(), read.get(), bytesRead.get(), failed.get(), done);
    }

    void walked(boolean toBeRead, long bytes) {
        walked.incrementAndGet();
        if (toBeRead) {
            toRead.incrementAndGet();
            bytesToRead.addAndGet(bytes);
        }
    }

    void read(long bytes, int failedParts) {
        read.incrementAndGet();
        bytesRead.addAndGet(bytes);
        failed.addAndGet(failedParts);
    }

    void walkDone() {
        walkDone = true;
    }
}
