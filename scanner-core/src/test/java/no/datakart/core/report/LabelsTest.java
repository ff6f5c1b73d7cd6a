package no.datakart.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.datakart.core.FailureReason;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/** Every report's words exist in both languages, with the same placeholders, and name every constant shown. */
class LabelsTest {
    private static final List<String> BUNDLES = List.of("common", "hotspot", "cleanup", "datamap", "lookup");

    @Test
    void bokmålAndEnglishHaveTheSameKeysAndPlaceholders() {
        for (String bundle : BUNDLES) {
            Labels nb = Labels.of(bundle, Language.NB);
            Labels en = Labels.of(bundle, Language.EN);
            assertEquals(nb.keys(), en.keys(), bundle);
            for (String key : nb.keys()) {
                assertEquals(placeholders(nb.get(key)), placeholders(en.get(key)), bundle + ": " + key);
            }
        }
    }

    @Test
    void everyConstantAReportShowsHasItsWords() {
        for (Language language : Language.values()) {
            Labels common = Labels.of("common", language);
            for (Enum<?>[] constants : List.<Enum<?>[]>of(IdentifierType.values(), Category.values(), FailureReason.values(),
                    AgeBucket.values(), ItemStatus.values())) {
                for (Enum<?> c : constants) assertTrue(!common.of(c).isBlank(), c.name());
            }
            assertThrows(IllegalStateException.class, () -> common.get("no.such.key"), "a missing word is a bug, not a blank");
        }
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("%[0-9$<]*[sd]|\\{[a-z]+\\}").matcher(text).results()
                .map(java.util.regex.MatchResult::group).toList();
    }
}
