package no.datakart.patterns.text;

import java.util.function.Supplier;

/**
 * A FIFO of mutable entries that are made once and reused: adding takes the next free entry to fill in,
 * so a stream that holds findings back until their surroundings are known allocates nothing per finding.
 * Grows as needed, never shrinks.
 */
public final class ReusedQueue<T> {
    private final Supplier<T> make;
    private Object[] items = new Object[16];
    private int head;
    private int size;

    public ReusedQueue(Supplier<T> make) {
        this.make = make;
    }

    public int size() {
        return size;
    }

    /** The {@code i}-th entry from the first. */
    @SuppressWarnings("unchecked")
    public T get(int i) {
        return (T) items[(head + i) & (items.length - 1)];
    }

    /** A new last entry, to be filled in; its fields hold whatever its last use left. */
    @SuppressWarnings("unchecked")
    public T addLast() {
        if (size == items.length) {
            Object[] bigger = new Object[items.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = items[(head + i) & (items.length - 1)];
            items = bigger;
            head = 0;
        }
        int at = (head + size++) & (items.length - 1);
        if (items[at] == null) items[at] = make.get();
        return (T) items[at];
    }

    /** Removes the first entry and returns it; it stays readable until the next {@link #addLast()}. */
    public T removeFirst() {
        T first = get(0);
        head = (head + 1) & (items.length - 1);
        size--;
        return first;
    }

    public void clear() {
        head = 0;
        size = 0;
    }
}
