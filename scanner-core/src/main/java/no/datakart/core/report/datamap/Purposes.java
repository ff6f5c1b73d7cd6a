package no.datakart.core.report.datamap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DPO's file as read or merged: one entry per key, sorted by key, and the columns the DPO added.
 */
public final class Purposes {
    /** No file: every row of a data map without a word from the DPO. */
    public static final Purposes NONE = new Purposes(List.of(), List.of());

    private final List<String> extraColumns;
    private final List<ProcessingEntry> entries;
    private final Map<RowKey, ProcessingEntry> byKey = new HashMap<>();

    public Purposes(List<String> extraColumns, List<ProcessingEntry> entries) {
        this.extraColumns = List.copyOf(extraColumns);
        List<ProcessingEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        this.entries = List.copyOf(sorted);
        for (ProcessingEntry e : this.entries) {
            if (e.extra().size() != this.extraColumns.size()) {
                throw new IllegalArgumentException("an entry with " + e.extra().size() + " extra values, "
                                                   + this.extraColumns.size() + " extra columns: " + e.key());
            }
            if (byKey.put(e.key(), e) != null) throw new IllegalArgumentException("two entries for " + e.key());
        }
    }

    /** The headings of the columns the DPO added, in their order. */
    public List<String> extraColumns() {
        return extraColumns;
    }

    public List<ProcessingEntry> entries() {
        return entries;
    }

    /** The entry of a key, or null. */
    public ProcessingEntry entry(RowKey key) {
        return byKey.get(key);
    }

    /** What the DPO wrote about a key; blank if nothing. */
    public Processing processing(RowKey key) {
        ProcessingEntry e = byKey.get(key);
        return e == null ? Processing.BLANK : e.processing();
    }

    /** The entries whose keys the latest data map no longer holds. */
    public List<ProcessingEntry> gone() {
        return entries.stream().filter(ProcessingEntry::gone).toList();
    }
}
