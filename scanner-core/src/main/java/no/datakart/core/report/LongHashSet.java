package no.datakart.core.report;

/**
 * A set of longs in one array, open addressing with linear probing: 8 bytes a person hash at most twice
 * over, where a {@code HashSet<Long>} costs some 50. A data map keeps one per row, most of them small.
 */
public final class LongHashSet {
    private static final int MAX_CAPACITY = 1 << 30;

    private long[] slots = new long[8];
    private int size;          // of the values in slots: 0 is never one of them, it marks a free slot
    private boolean hasZero;   // so 0 is kept apart

    /** Adds the value; true if it was not there. */
    public boolean add(long value) {
        if (value == 0) {
            if (hasZero) return false;
            return hasZero = true;
        }
        if (insert(slots, value)) {
            if (++size > slots.length / 4 * 3) grow();
            return true;
        }
        return false;
    }

    public boolean contains(long value) {
        if (value == 0) return hasZero;
        int mask = slots.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (slots[i] == value) return true;
            if (slots[i] == 0) return false;
        }
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        if (slots.length >= MAX_CAPACITY) throw new IllegalStateException("more values than one array holds");
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) if (v != 0) insert(bigger, v);
        slots = bigger;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (table[i] == value) return false;
            if (table[i] == 0) {
                table[i] = value;
                return true;
            }
        }
    }

    /** Hash prefixes are uniform already; the mix keeps probing short for any other longs too. */
    private static int slot(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
