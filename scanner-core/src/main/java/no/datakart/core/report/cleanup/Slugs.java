package no.datakart.core.report.cleanup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Departments' names as file names: lower-case ASCII letters, digits and hyphens ({@code Helse og omsorg} →
 * {@code helse-og-omsorg}), safe on every file system a municipality shares files from. A department keeps
 * its name from run to run, so its list is replaced in place and seen to shrink.
 */
final class Slugs {
    /** Long enough to tell departments apart, short enough for a path on Windows. */
    static final int MAX_LENGTH = 60;
    /** Device names Windows will not open as files, whatever the extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * A name's slug, before collisions are looked at: Norwegian letters spelled out (æ → ae, ø → o, å → a),
     * other accents dropped, every run of anything else one hyphen. May be empty.
     */
    static String base(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replace("ß", "ss").replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        return s;
    }

    /**
     * A distinct slug for each department. {@code ""} (no department) is named {@code none}, always. A slug
     * that two names share (or a name and {@code ""}), that is empty (then {@code fallback}) or that Windows
     * reserves gets a short hash of the name, the same at every run; any clash left after that gets a number.
     */
    static Map<String, String> assign(Collection<String> departments, String none, String fallback) {
        Set<String> names = new TreeSet<>(departments);
        Map<String, String> base = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String name : names) {
            String b = name.isEmpty() ? none : base(name);
            base.put(name, b);
            uses.merge(b, 1, Integer::sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String b = base.get(name);
            String slug = b;
            if (name.isEmpty()) slug = none; // the list of items with no department keeps its plain name
            else if (b.isEmpty()) slug = fallback + "-" + shortHash(name);
            else if (uses.get(b) > 1 || RESERVED.contains(b)) slug = b + "-" + shortHash(name);
            String unique = slug;
            for (int i = 2; !taken.add(unique); i++) unique = slug + "-" + i;
            out.put(name, unique);
        }
        return out;
    }

    private static String shortHash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
