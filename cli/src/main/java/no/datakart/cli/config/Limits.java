package no.datakart.cli.config;

import java.time.Duration;

import no.datakart.core.extract.Extractor;

/**
 * What one item may cost a scan.
 *
 * @param maxBytes        a larger file is not read, and is recorded as too large
 * @param maxChars        text chars read from one item, all its embedded documents together
 * @param maxEmbedded     embedded documents read from one item (0: none, the item's own text only)
 * @param timeout         time one item may take; a parser that hangs costs at most this
 * @param workerHeapBytes heap of each extraction worker process
 */
public record Limits(long maxBytes, long maxChars, int maxEmbedded, Duration timeout, long workerHeapBytes) {
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    public static final long MIN_WORKER_HEAP = 64L << 20;

    public static final Limits DEFAULT =
            new Limits(2L << 30, Extractor.Limits.DEFAULT.maxChars(), Extractor.Limits.DEFAULT.maxEmbedded(), Duration.ofMinutes(5), 512L << 20);

    public Limits {
        if (maxBytes <= 0 || maxChars <= 0 || maxEmbedded < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0) throw new IllegalArgumentException("a timeout is at least 1s");
        if (workerHeapBytes < MIN_WORKER_HEAP) throw new IllegalArgumentException("a worker heap is at least 64MiB");
    }

    /** The text and embedded-document limits, as the extractor takes them. */
    public Extractor.Limits extractor() {
        return new Extractor.Limits(maxChars, maxEmbedded);
    }

    /** As the configuration file writes them: {@code maxBytes 2GiB, maxChars 1000000000, …}. */
    public String describe() {
        return "maxBytes " + Units.formatSize(maxBytes) + ", maxChars " + maxChars + ", maxEmbedded " + maxEmbedded
               + ", timeout " + Units.formatDuration(timeout) + ", workerHeap " + Units.formatSize(workerHeapBytes);
    }
}
