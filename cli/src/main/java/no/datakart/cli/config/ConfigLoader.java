package no.datakart.cli.config;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

import no.datakart.cli.config.Yaml.At;
import no.datakart.cli.config.Yaml.Entry;
import no.datakart.cli.config.Yaml.Mapping;
import no.datakart.cli.config.Yaml.Node;
import no.datakart.cli.config.Yaml.Scalar;
import no.datakart.cli.config.Yaml.Sequence;
import no.datakart.core.Departments;
import no.datakart.core.Tenant;

/**
 * Reads a configuration file ({@code datakart.yml}) and checks all of it, so that one run tells every mistake,
 * each with its line and column. See the README's "Configuration file" for the shape.
 */
public final class ConfigLoader {
    private static final List<String> TOP = List.of("data", "workers", "limits", "exclude", "tenants");
    private static final List<String> LIMITS = List.of("maxBytes", "maxChars", "maxEmbedded", "timeout", "workerHeap");
    private static final List<String> TENANT = List.of("id", "name", "limits", "exclude", "sources");
    private static final List<String> SOURCE = List.of("id", "path", "exclude", "departments");
    static final int MAX_WORKERS = 256;

    private final Problems problems;
    private final Path folder; // relative paths in the file are relative to it

    private ConfigLoader(Problems problems, Path folder) {
        this.problems = problems;
        this.folder = folder;
    }

    /**
     * @throws ConfigException with every problem found, when the file is missing, unreadable, not YAML, or
     *                         does not describe a valid configuration
     */
    public static DatakartConfig load(Path file) throws ConfigException {
        String label = file.toString();
        String text = ConfigFile.read(file, label);
        Problems problems = new Problems(label);
        Node root;
        try {
            root = Yaml.parse(text, problems);
        } catch (Yaml.SyntaxError e) {
            problems.add(e.at, e.getMessage());
            throw new ConfigException(problems.messages());
        }
        if (root == null) {
            throw new ConfigException(List.of(label + ": the file has no settings: it needs at least 'tenants:', each"
                                              + " tenant with an id and its sources"));
        }
        DatakartConfig config = new ConfigLoader(problems, file.toAbsolutePath().normalize().getParent()).config(root);
        if (!problems.isEmpty()) throw new ConfigException(problems.messages());
        return config;
    }

    private DatakartConfig config(Node root) {
        if (!(root instanceof Mapping m)) {
            problems.add(root.at(), "the file must hold key: value lines (" + String.join(", ", TOP) + "), got "
                                    + describe(root));
            return null;
        }
        Map<String, Entry> keys = keys(m, "at the top level", TOP);
        Optional<Path> data = Optional.ofNullable(keys.get("data"))
                .map(e -> path(e, "the data directory, e.g. data: /var/lib/datakart"));
        OptionalInt workers = workers(keys.get("workers"));
        Limits limits = limits(keys.get("limits"), Limits.DEFAULT);
        List<String> exclude = globs(keys.get("exclude"));
        List<TenantConfig> tenants = tenants(keys.get("tenants"), m.at(), limits, exclude);
        return new DatakartConfig(data, workers, limits, tenants);
    }

    private OptionalInt workers(Entry e) {
        if (e == null) return OptionalInt.empty();
        String expected = "a whole number from 1 to " + MAX_WORKERS;
        Long n = value(e, Units::count, expected);
        if (n != null && (n < 1 || n > MAX_WORKERS)) n = invalid(e, "must be " + expected, null);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n.intValue());
    }

    // ---- tenants and sources

    private List<TenantConfig> tenants(Entry e, At rootAt, Limits limits, List<String> exclude) {
        if (e == null) {
            problems.add(rootAt, "no 'tenants': the file needs a list of tenants, each with an id and its sources");
            return List.of();
        }
        List<Node> items = sequence(e, "a list of tenants, each starting with '- id:'");
        if (items == null) return List.of();
        if (items.isEmpty()) problems.add(e.valueAt(), "'tenants' is empty: at least one tenant is needed");
        List<TenantConfig> tenants = new ArrayList<>();
        Map<String, At> seen = new HashMap<>();
        for (Node item : items) {
            TenantConfig t = tenant(item, seen, limits, exclude);
            if (t != null) tenants.add(t);
        }
        return tenants;
    }

    private TenantConfig tenant(Node node, Map<String, At> seen, Limits globalLimits, List<String> globalExclude) {
        if (!(node instanceof Mapping m)) {
            problems.add(node.at(), "a tenant must be key: value lines (" + String.join(", ", TENANT) + "), got "
                                    + describe(node));
            return null;
        }
        Map<String, Entry> keys = keys(m, "in a tenant", TENANT);
        Tenant id = tenantId(keys.get("id"), m.at(), seen);
        String name = keys.containsKey("name") ? name(keys.get("name")) : id == null ? null : id.id();
        Limits limits = limits(keys.get("limits"), globalLimits);
        List<String> exclude = merge(globalExclude, globs(keys.get("exclude")));

        String called = named(keys, "tenant");
        Entry sourcesEntry = keys.get("sources");
        List<Node> items = sourcesEntry == null
                ? List.of() : sequence(sourcesEntry, "a list of sources, each starting with '- id:'");
        if (items == null) return null;
        if (items.isEmpty()) {
            problems.add(sourcesEntry == null ? m.at() : sourcesEntry.valueAt(), called + " has no sources (expected"
                    + " 'sources:' with a list of folders to scan, each with an id and a path)");
            return null;
        }
        List<SourceConfig> sources = new ArrayList<>();
        Map<String, At> sourceIds = new HashMap<>();
        for (Node item : items) {
            SourceConfig s = source(item, called, sourceIds, limits, exclude);
            if (s != null) sources.add(s);
        }
        return id == null || name == null || sources.size() < items.size() ? null : new TenantConfig(id, name, sources);
    }

    private Tenant tenantId(Entry e, At tenantAt, Map<String, At> seen) {
        if (e == null) {
            problems.add(tenantAt, "a tenant has no 'id' (lower-case letters, digits and hyphens, e.g. id: nordby)");
            return null;
        }
        String text = text(e, "a tenant id such as nordby");
        if (text == null) return null;
        Tenant id;
        try {
            id = new Tenant(text);
        } catch (IllegalArgumentException bad) {
            problems.add(e.valueAt(), bad.getMessage());
            return null;
        }
        At first = seen.putIfAbsent(id.id(), e.valueAt());
        if (first != null) {
            problems.add(e.valueAt(), "tenant '" + id.id() + "' is defined twice (first at line " + first.line() + ")");
            return null;
        }
        return id;
    }

    private String name(Entry e) {
        String name = text(e, "the tenant's display name, e.g. name: Nordby kommune");
        if (name == null) return null;
        if (name.isBlank()) {
            problems.add(e.valueAt(), "'name' is empty (expected the tenant's display name, or no 'name' at all)");
            return null;
        }
        return name.strip();
    }

    private SourceConfig source(Node node, String tenant, Map<String, At> seen, Limits limits,
                                List<String> tenantExclude) {
        if (!(node instanceof Mapping m)) {
            problems.add(node.at(), "a source must be key: value lines (" + String.join(", ", SOURCE) + "), got "
                                    + describe(node));
            return null;
        }
        Map<String, Entry> keys = keys(m, "in a source", SOURCE);
        String id = sourceId(keys.get("id"), m.at(), tenant, seen);
        Path path = null;
        if (keys.containsKey("path")) {
            path = path(keys.get("path"), "the folder to scan, e.g. path: /mnt/nordby/felles");
        } else {
            problems.add(m.at(), named(keys, "source") + " has no 'path' (expected the folder to scan, e.g. path:"
                                 + " /mnt/nordby/felles)");
        }
        List<String> exclude = merge(tenantExclude, globs(keys.get("exclude")));
        Departments departments = departments(keys.get("departments"));
        return id == null || path == null || departments == null
                ? null : new SourceConfig(id, path, exclude, departments, limits);
    }

    private String sourceId(Entry e, At sourceAt, String tenant, Map<String, At> seen) {
        if (e == null) {
            problems.add(sourceAt, "a source has no 'id' (lower-case letters, digits and hyphens, unique within its"
                                   + " tenant, e.g. id: felles)");
            return null;
        }
        String id = text(e, "a source id such as felles");
        if (id == null) return null;
        if (!SourceConfig.isValidId(id)) {
            problems.add(e.valueAt(), SourceConfig.idRule(id));
            return null;
        }
        At first = seen.putIfAbsent(id, e.valueAt());
        if (first != null) {
            problems.add(e.valueAt(), "source '" + id + "' is defined twice in " + tenant + " (first at line "
                                      + first.line() + ")");
            return null;
        }
        return id;
    }

    /** Absolute and normalised; a relative one against the file's folder. Whether it exists is not asked here. */
    private Path path(Entry e, String expected) {
        String text = text(e, expected);
        if (text == null) return null;
        if (text.isBlank()) {
            problems.add(e.valueAt(), "'" + e.key() + "' is empty (expected " + expected + ")");
            return null;
        }
        if (text.startsWith("~")) {
            problems.add(e.valueAt(), "'" + e.key() + "' starts with '~', which is not expanded here: write the"
                                      + " whole path, got '" + text + "'");
            return null;
        }
        try {
            Path p = Path.of(text);
            return (p.isAbsolute() ? p : folder.resolve(p)).normalize();
        } catch (InvalidPathException bad) {
            problems.add(e.valueAt(), "'" + e.key() + "' is not a valid path (" + bad.getReason() + "), got '" + text
                                      + "'");
            return null;
        }
    }

    /** {@code tenant 'nordby'}, by its id as written even when the id is wrong; {@code a tenant} without one. */
    private static String named(Map<String, Entry> keys, String what) {
        return keys.get("id") != null && keys.get("id").value() instanceof Scalar s && !s.isNull()
                ? what + " '" + s.text() + "'" : "a " + what;
    }

    // ---- departments

    /** Null if a rule is wrong. */
    private Departments departments(Entry e) {
        if (e == null) return Departments.NONE;
        Mapping m = mapping(e, "key: value lines, a folder and its department, e.g. helse: Helse og omsorg");
        if (m == null) return e.value() instanceof Scalar s && s.isNull() ? Departments.NONE : null;
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, Entry> seen = new HashMap<>();
        boolean ok = true;
        for (Entry rule : m.entries()) {
            String prefix = Departments.normalise(rule.key());
            if (Arrays.stream(prefix.split("/")).anyMatch(f -> f.equals(".") || f.equals(".."))) {
                problems.add(rule.keyAt(), "department prefix '" + rule.key() + "' has a '.' or '..' folder: a prefix"
                                           + " is a folder below the source's folder, e.g. oppvekst/barnevern");
                ok = false;
                continue;
            }
            Entry first = seen.putIfAbsent(prefix.toLowerCase(Locale.ROOT), rule);
            if (first != null) {
                problems.add(rule.keyAt(), "department prefix '" + rule.key() + "' is "
                        + (first.key().equals(rule.key()) ? "given twice (first at line " + first.keyAt().line() + ")"
                        : "the same folder as '" + first.key() + "' at line " + first.keyAt().line()
                          + " (prefixes are compared without case and without leading or trailing '/')"));
                ok = false;
                continue;
            }
            String department = departmentName(rule);
            if (department == null) {
                ok = false;
                continue;
            }
            rules.put(rule.key(), department);
        }
        return ok ? Departments.of(rules) : null;
    }

    private String departmentName(Entry rule) {
        String where = rule.key().isEmpty() ? "the fallback \"\"" : "'" + rule.key() + "'";
        if (!(rule.value() instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
            problems.add(rule.valueAt(), "the department for " + where + " must be a name such as Helse og omsorg, got "
                                         + describe(rule.value()));
            return null;
        }
        return s.text().strip();
    }

    // ---- exclusions

    private List<String> globs(Entry e) {
        if (e == null) return List.of();
        List<Node> items = sequence(e, "a list of globs such as [\"**/~$*\", \"**/.snapshot/**\"]");
        if (items == null) return List.of();
        List<String> globs = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
                problems.add(item.at(), "each glob in 'exclude' must be text such as **/~$*, got " + describe(item));
                continue;
            }
            String glob = s.text();
            String problem = globProblem(glob);
            if (problem != null) {
                problems.add(item.at(), "'" + glob + "' in 'exclude' " + problem);
                continue;
            }
            globs.add(glob);
        }
        return globs;
    }

    /**
     * Null for a glob that LocalTreeSource can use. It is compiled as LocalTreeSource compiles it (the default
     * file system's glob syntax, and the same without a leading {@code **}{@code /}), so a glob it would refuse
     * at the scan is refused here, with its line.
     */
    static String globProblem(String glob) {
        if (glob.startsWith("/")) {
            return "never matches: globs match places relative to the source's folder, so none starts with '/'"
                   + " (e.g. tmp/** or **/tmp/**)";
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (glob.startsWith("**/")) FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            return null;
        } catch (PatternSyntaxException bad) {
            String why = switch (bad.getDescription()) {
                case "Missing ']" -> "a '[' is not closed by ']'";
                case "Missing '}" -> "a '{' is not closed by '}'";
                case "Cannot nest groups" -> "a '{' group inside another";
                case "No character to escape" -> "a '\\' at the end, with nothing to escape";
                default -> bad.getDescription().toLowerCase(Locale.ROOT);
            };
            return "is not a valid glob: " + why;
        }
    }

    private static List<String> merge(List<String> outer, List<String> inner) {
        LinkedHashSet<String> all = new LinkedHashSet<>(outer);
        all.addAll(inner);
        return List.copyOf(all);
    }

    // ---- limits

    /** The base with the keys given here replaced. */
    private Limits limits(Entry e, Limits base) {
        if (e == null) return base;
        Mapping m = mapping(e, "key: value lines (" + String.join(", ", LIMITS) + ")");
        if (m == null) return base;
        Map<String, Entry> keys = keys(m, "in 'limits'", LIMITS);
        long maxBytes = base.maxBytes();
        long maxChars = base.maxChars();
        int maxEmbedded = base.maxEmbedded();
        Duration timeout = base.timeout();
        long workerHeap = base.workerHeapBytes();
        for (Entry k : keys.values()) {
            switch (k.key()) {
                case "maxBytes" -> maxBytes = atLeast(k, value(k, Units::size, Units.SIZE_EXPECTED),
                        1, "more than 0", maxBytes);
                case "maxChars" -> maxChars = atLeast(k, value(k, Units::count,
                        "a whole number of chars such as 1000000000"), 1, "more than 0", maxChars);
                case "maxEmbedded" -> {
                    Long n = value(k, Units::count, "a whole number, 0 or more, such as 10000");
                    if (n != null && n > Integer.MAX_VALUE) invalid(k, "must be at most " + Integer.MAX_VALUE, 0);
                    else if (n != null) maxEmbedded = n.intValue();
                }
                case "timeout" -> {
                    Duration d = value(k, Units::duration, Units.DURATION_EXPECTED);
                    if (d != null && d.compareTo(Limits.MIN_TIMEOUT) < 0) invalid(k, "must be at least 1s", 0);
                    else if (d != null) timeout = d;
                }
                case "workerHeap" -> workerHeap = atLeast(k, value(k, Units::size, Units.SIZE_EXPECTED),
                        Limits.MIN_WORKER_HEAP, "at least 64MiB", workerHeap);
                default -> throw new AssertionError(k.key());
            }
        }
        return new Limits(maxBytes, maxChars, maxEmbedded, timeout, workerHeap);
    }

    private long atLeast(Entry e, Long n, long min, String rule, long otherwise) {
        if (n == null) return otherwise;
        if (n < min) return invalid(e, "must be " + rule, otherwise);
        return n;
    }

    // ---- the shapes of values

    /** The entries whose key is allowed, each key's first; unknown keys and keys given twice are problems. */
    private Map<String, Entry> keys(Mapping m, String where, List<String> allowed) {
        Map<String, Entry> found = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                problems.add(e.keyAt(), "unknown key '" + e.key() + "' " + where + " (expected one of: "
                                        + String.join(", ", allowed) + ")");
                continue;
            }
            Entry first = found.putIfAbsent(e.key(), e);
            if (first != null) {
                problems.add(e.keyAt(), "'" + e.key() + "' is given twice " + where + " (first at line "
                                        + first.keyAt().line() + ")");
            }
        }
        return found;
    }

    /** The value's text; null, and a problem told, if it has none or is a list or mapping. */
    private String text(Entry e, String expected) {
        if (e.value() instanceof Scalar s && !s.isNull()) return s.text();
        problems.add(e.valueAt(), "'" + e.key() + "' must be " + expected + ", got " + describe(e.value()));
        return null;
    }

    /** The mapping; null, with a problem told unless the value is empty, if it is anything else. */
    private Mapping mapping(Entry e, String expected) {
        if (e.value() instanceof Mapping m) return m;
        if (!(e.value() instanceof Scalar s && s.isNull())) {
            problems.add(e.valueAt(), "'" + e.key() + "' must be " + expected + ", got " + describe(e.value()));
        }
        return null;
    }

    /** The list's items, none for an empty value; null, and a problem told, if it is anything else. */
    private List<Node> sequence(Entry e, String expected) {
        if (e.value() instanceof Sequence s) return s.items();
        if (e.value() instanceof Scalar s && s.isNull()) return List.of();
        problems.add(e.valueAt(), "'" + e.key() + "' must be " + expected + ", got " + describe(e.value()));
        return null;
    }

    private <T> T value(Entry e, Function<String, T> parse, String expected) {
        String text = text(e, expected);
        if (text == null) return null;
        T value = parse.apply(text);
        if (value == null) problems.add(e.valueAt(), "'" + e.key() + "' must be " + expected + ", got '" + text + "'");
        return value;
    }

    private <T> T invalid(Entry e, String rule, T otherwise) {
        problems.add(e.valueAt(), "'" + e.key() + "' " + rule + ", got '" + ((Scalar) e.value()).text() + "'");
        return otherwise;
    }

    private static String describe(Node node) {
        return switch (node) {
            case Scalar s when s.isNull() -> "no value";
            case Scalar s -> "'" + s.text() + "'";
            case Mapping m -> "key: value lines";
            case Sequence q -> "a list";
        };
    }
}
