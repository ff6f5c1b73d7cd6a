package no.datakart.core.report.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.datakart.core.report.Labels;
import no.datakart.core.report.Language;

/** The cleanup lists' words: the same keys and placeholders in every language, a word for every action. */
class CleanupLabelsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    @Test
    void everyLanguageHasTheSameKeysAndPlaceholders() {
        Labels nb = Labels.of(CleanupLists.BUNDLE, Language.NB);
        for (Language language : Language.values()) {
            Labels other = Labels.of(CleanupLists.BUNDLE, language);
            assertEquals(new TreeSet<>(nb.keys()), new TreeSet<>(other.keys()), language.code());
            for (String key : nb.keys()) {
                assertEquals(placeholders(nb.get(key)), placeholders(other.get(key)), language.code() + " " + key);
                assertFalse(other.get(key).isBlank(), language.code() + " " + key);
            }
        }
    }

    @Test
    void everyActionAndReasonHasItsWords() {
        for (Language language : Language.values()) {
            Labels words = Labels.of(CleanupLists.BUNDLE, language);
            for (SuggestedAction a : SuggestedAction.values()) assertFalse(words.of(a).isBlank());
            for (ActionReason r : ActionReason.values()) assertFalse(words.of(r).isBlank());
        }
    }

    @Test
    void fileNameWordsAreSlugsThemselves() {
        for (Language language : Language.values()) {
            Labels words = Labels.of(CleanupLists.BUNDLE, language);
            for (String key : new String[] {"file.noDepartment", "file.department", "file.unread"}) {
                assertEquals(Slugs.base(words.get(key)), words.get(key), language.code() + " " + key);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
