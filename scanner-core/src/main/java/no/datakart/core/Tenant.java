package no.datakart.core;

import java.util.regex.Pattern;

/**
 * A municipality (or any body) whose data is scanned and reported on apart from every other's: its own
 * sources, its own key for the identifiers' hashes, its own reports.
 *
 * @param id lower-case letters, digits and hyphens, 1-64 chars ({@code nordby}, {@code nordby-kommune}):
 *           it names files and index fields, so nothing else is allowed in it
 */
public record Tenant(String id) {
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public Tenant {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a tenant id is 1-64 lower-case letters, digits and inner hyphens, got '"
                                               + id + "'");
        }
    }
}
