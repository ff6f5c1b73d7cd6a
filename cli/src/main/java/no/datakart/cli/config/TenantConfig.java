package no.datakart.cli.config;

import java.util.List;

import no.datakart.core.Tenant;

/**
 * A municipality and its sources.
 *
 * @param name its display name; the id when the file gives none
 */
public record TenantConfig(Tenant id, String name, List<SourceConfig> sources) {
    public TenantConfig {
        if (sources.isEmpty()) throw new IllegalArgumentException("a tenant has a source or more");
        sources = List.copyOf(sources);
    }
}
