package no.datakart.core;

import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which department owns a place in a source: folder prefixes, relative to the source's root, each naming a
 * department ({@code oppvekst/barnevern → Barnevern}, {@code helse → Helse og omsorg}). The longest prefix
 * that matches whole folder names wins; the empty prefix, if given, is the fallback for everything else.
 * Matching ignores case, as the Windows shares that municipalities mostly run do.
 *
 * <p>Asked once per item, so a look-up is a few hash probes: one per folder depth that some prefix has.
 */
public final class Departments {
    /** No rules: every location's department is unknown ({@code ""}). */
    public static final Departments NONE = new Departments(Map.of());

    private final Map<String, String> rules;      // normalised prefix, as given -> department, in the given order
    private final Map<String, String> byLowered;  // lower-cased prefix -> department
    private final BitSet lengths = new BitSet();  // lengths of the lower-cased prefixes: only those are probed
    private final String fallback;

    private Departments(Map<String, String> rules) {
        this.rules = Collections.unmodifiableMap(rules);
        this.byLowered = new HashMap<>();
        for (Map.Entry<String, String> r : rules.entrySet()) {
            String lowered = lower(r.getKey());
            byLowered.put(lowered, r.getValue());
            lengths.set(lowered.length());
        }
        this.fallback = byLowered.getOrDefault("", "");
    }

    /**
     * @param prefixToDepartment folder prefix → department name; prefixes are {@linkplain #normalise normalised}
     * @throws IllegalArgumentException if two prefixes are the same once normalised and compared without case,
     *                                  or a department name is blank
     */
    public static Departments of(Map<String, String> prefixToDepartment) {
        if (prefixToDepartment.isEmpty()) return NONE;
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>(); // lower-cased -> as given
        for (Map.Entry<String, String> e : prefixToDepartment.entrySet()) {
            String prefix = normalise(e.getKey());
            String department = e.getValue() == null ? "" : e.getValue().strip();
            if (department.isEmpty()) {
                throw new IllegalArgumentException("no department named for prefix '" + prefix + "'");
            }
            String earlier = seen.putIfAbsent(lower(prefix), e.getKey());
            if (earlier != null) {
                throw new IllegalArgumentException("department prefixes '" + earlier + "' and '" + e.getKey()
                                                   + "' are the same folder");
            }
            rules.put(prefix, department);
        }
        return new Departments(rules);
    }

    /**
     * A prefix as it is matched: trimmed, backslashes turned to {@code /}, no leading, trailing or doubled
     * {@code /} ({@code " \\helse\\2024\\ "} → {@code helse/2024}). Case is kept; matching ignores it.
     */
    public static String normalise(String prefix) {
        String p = prefix.strip().replace('\\', '/');
        StringBuilder b = new StringBuilder(p.length());
        for (String segment : p.split("/")) {
            if (segment.isEmpty()) continue;
            if (!b.isEmpty()) b.append('/');
            b.append(segment);
        }
        return b.toString();
    }

    /**
     * The department of a location, or {@code ""} (unknown) when no prefix matches and there is no fallback.
     *
     * @param location folders and file name relative to the source's root, separated by {@code /}
     *                 ({@code helse/2024/liste.xlsx}); for a document inside an archive, what follows the
     *                 first {@code !/} ({@code helse/a.zip!/x/y.docx}) is inside the archive and not looked
     *                 at. A folder whose name ends in {@code !} reads the same way, so a caller that has the
     *                 item's own location (never with an archive's part) should pass that.
     */
    public String departmentOf(String location) {
        if (byLowered.isEmpty()) return "";
        int bang = location.indexOf("!/"); // FindingsIndex.location: item + "!" + a part path that starts with '/'
        String path = lower(bang < 0 ? location : location.substring(0, bang));
        // the whole path, then each parent folder in turn, longest first: the first hit is the longest prefix
        for (int end = path.length(); end > 0; end = path.lastIndexOf('/', end - 1)) {
            if (lengths.get(end)) {
                String department = byLowered.get(end == path.length() ? path : path.substring(0, end));
                if (department != null) return department;
            }
        }
        return fallback;
    }

    /** The rules, prefixes normalised, in the order given. */
    public Map<String, String> rules() {
        return rules;
    }

    public int size() {
        return rules.size();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Departments d && d.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "Departments" + rules;
    }
}
