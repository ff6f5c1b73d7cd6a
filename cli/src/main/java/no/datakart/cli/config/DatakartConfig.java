package no.datakart.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A configuration file as read by {@link ConfigLoader}.
 *
 * @param data    the data directory, absolute, when the file names one
 * @param workers files read at once, when the file says
 * @param limits  the file's own limits over the defaults; each source has its tenant's overrides merged in
 * @param tenants in the order of the file
 */
public record DatakartConfig(Optional<Path> data, OptionalInt workers, Limits limits, List<TenantConfig> tenants) {
    public DatakartConfig {
        tenants = List.copyOf(tenants);
    }
}
