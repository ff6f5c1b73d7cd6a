package no.datakart.cli.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes and durations as people write them. Every size unit is 1024-based, as the JVM's {@code -Xmx} reads
 * them: {@code 512m}, {@code 512MB} and {@code 512MiB} are all 512 × 1024² bytes.
 */
final class Units {
    private Units() {
    }

    private static final Pattern COUNT = Pattern.compile("\\d+(?:_\\d+)*");
    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:_\\d+)*)\\s*(?:([kmgt])(?:i?b)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,9})h)?\\s*(?:(\\d{1,9})m)?\\s*(?:(\\d{1,9})s)?", Pattern.CASE_INSENSITIVE);

    static final String SIZE_EXPECTED = "a size such as 512MiB, 2GiB or a number of bytes";
    static final String DURATION_EXPECTED = "a duration such as 30s, 5m or 1h";

    /** A whole number, {@code 1_000_000} allowed; null if the text is not one, {@code Long.MAX_VALUE} if past it. */
    static Long count(String text) {
        String t = text.strip();
        if (!COUNT.matcher(t).matches()) return null;
        try {
            return Long.parseLong(t.replace("_", ""));
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** Bytes; null if the text is not a size, {@code Long.MAX_VALUE} if past what a long holds. */
    static Long size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) return null;
        Long n = count(m.group(1));
        int shift = m.group(2) == null ? 0 : switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 40;
        };
        return n > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : n << shift;
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 1h30m}; null if the text is not a duration. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || m.group(1) == null && m.group(2) == null && m.group(3) == null) return null;
        return Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }

    /** The largest whole unit: {@code 2GiB}, {@code 512MiB}, {@code 1000 bytes}. */
    static String formatSize(long bytes) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            int shift = 10 * (units.length - i);
            if (bytes != 0 && bytes % (1L << shift) == 0) return (bytes >> shift) + units[i];
        }
        return bytes + " bytes";
    }

    /** As it is written: {@code 1h30m}, {@code 5m}, {@code 45s}. */
    static String formatDuration(Duration d) {
        StringBuilder b = new StringBuilder();
        if (d.toHours() > 0) b.append(d.toHours()).append('h');
        if (d.toMinutesPart() > 0) b.append(d.toMinutesPart()).append('m');
        if (d.toSecondsPart() > 0 || b.isEmpty()) b.append(d.toSecondsPart()).append('s');
        return b.toString();
    }
}
