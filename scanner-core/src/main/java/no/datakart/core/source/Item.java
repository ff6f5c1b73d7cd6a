package no.datakart.core.source;

import java.time.Instant;

/**
 * One thing a source holds that may hold personal data: a file, a message; its place in the source and
 * what a rescan compares to tell whether it changed.
 *
 * @param location    its place in the source, with {@code /} between folders ({@code helse/2024/liste.xlsx})
 * @param size        bytes
 * @param modified    last modification, as the source tells it
 * @param fingerprint what changes when the content may have: compared at the next scan
 * @param owner       the owner the source names, or empty
 */
public record Item(String location, long size, Instant modified, String fingerprint, String owner) {
    public Item {
        if (location == null || location.isEmpty()) throw new IllegalArgumentException("an item needs a location");
        if (size < 0) throw new IllegalArgumentException("negative size " + size);
    }

    /** The folders above it, outermost first: {@code helse}, {@code helse/2024} (for folder hotspots). */
    public java.util.List<String> folders() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = location.indexOf('/'); i >= 0; i = location.indexOf('/', i + 1)) out.add(location.substring(0, i));
        return out;
    }
}
