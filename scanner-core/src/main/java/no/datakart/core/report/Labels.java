package no.datakart.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words of one part of the reports in one language, from {@code <bundle>_<language>.properties} (UTF-8)
 * beside this class. A key missing is a bug, not a blank in a report: {@link #get} throws.
 * An enum constant's label is under {@code SimpleName.CONSTANT} ({@code AgeBucket.OVER_10}).
 */
public final class Labels {
    private final String bundle;
    private final Language language;
    private final Properties words = new Properties();

    private Labels(String bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
        String file = bundle + "_" + language.code() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("no labels " + file);
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Labels of(String bundle, Language language) {
        return new Labels(bundle, language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        String w = words.getProperty(key);
        if (w == null) throw new IllegalStateException("no label '" + key + "' in " + bundle + "_" + language.code());
        return w;
    }

    /** The label of an enum constant. */
    public String of(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** The keys it has: a test checks every language has the same. */
    public java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }
}
