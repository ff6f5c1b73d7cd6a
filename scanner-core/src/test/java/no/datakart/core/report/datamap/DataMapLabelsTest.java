package no.datakart.core.report.datamap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.datakart.core.report.Labels;
import no.datakart.core.report.Language;

class DataMapLabelsTest {
    @Test
    void everyLanguageHasTheSameKeysAndEveryCategoryProtectionAndColumnItsWords() {
        Set<String> keys = Labels.of("datamap", Language.NB).keys();
        for (Language language : Language.values()) {
            Labels words = Labels.of("datamap", language);
            assertEquals(keys, words.keys(), language.code());
            for (DataCategory c : DataCategory.values()) assertFalse(words.of(c).isBlank());
            for (Protection p : Protection.values()) assertFalse(words.of(p).isBlank());
            Set<String> headings = new HashSet<>();
            for (Column c : Column.values()) {
                assertFalse(c.heading(words).isBlank());
                assertEquals(true, headings.add(Column.normal(c.heading(words))), "two columns headed " + c.heading(words));
            }
        }
    }
}
