package no.datakart.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import no.datakart.core.Departments;

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
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public SourceConfig {
        if (!isValidId(id)) throw new IllegalArgumentException(idRule(id));
        if (!path.isAbsolute()) throw new IllegalArgumentException("a source's path is absolute, got " + path);
        exclude = List.copyOf(exclude);
    }

    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String idRule(String id) {
        return "a source id is 1-64 lower-case letters, digits and inner hyphens, got '" + id + "'";
    }
}
