package no.datakart.core.report;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import no.datakart.core.Tenant;

/**
 * What every part of a report of one tenant is made against.
 *
 * @param tenantName the municipality's name as configured (its id when none)
 * @param now        the report's moment: ages are counted back from it
 * @param latestRuns the number of each source's latest run: an item's status is told against it
 */
public record ReportContext(Tenant tenant, String tenantName, Instant now, Language language,
                            Map<String, Integer> latestRuns) {
    public ReportContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(language, "language");
        tenantName = tenantName == null || tenantName.isBlank() ? tenant.id() : tenantName;
        latestRuns = Map.copyOf(latestRuns);
    }

    /** The status of an item at its source's latest run. */
    public ItemStatus status(String source, int firstRun, int run) {
        return ItemStatus.of(firstRun, run, latestRuns.getOrDefault(source, run));
    }
}
