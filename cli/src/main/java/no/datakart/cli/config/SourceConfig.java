package no.datakart.cli.config;

import java.nio.file.Path;
import java.util.List;

import no.datakart.core.Departments;
import no.datakart.core.Tenant;

/**
 * One source of a tenant, with everything that applies to it already merged in.
 *
 * @param id          unique within its tenant: lower-case letters, digits and inner hyphens, 1-64 chars, as a tenant's
 * @param path        the folder to scan, absolute (a relative one in the file is resolved against the file's folder);
 *                    it may not exist when the file is read, as a share may not be mounted then
 * @param exclude     exclusion globs: the file's, then the tenant's, then the source's own, each once
 * @param departments the source's folder prefixes and their departments
 * @param limits      the file's limits with the tenant's overrides
 */
public record SourceConfig(String id, Path path, List<String> exclude, Departments departments, Limits limits) {
    public SourceConfig {
        if (!isValidId(id)) throw new IllegalArgumentException(idRule(id));
        if (!path.isAbsolute()) throw new IllegalArgumentException("a source's path is absolute, got " + path);
        exclude = List.copyOf(exclude);
    }

    /** A tenant's rule, written once, in {@link Tenant}. */
    static boolean isValidId(String id) {
        try {
            new Tenant(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String idRule(String id) {
        return "a source id is 1-64 lower-case letters, digits and inner hyphens, got '" + id + "'";
    }
}
