package no.datakart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.fnr.FnrDetector;

/** The corpus is reproducible and as dense in numbers as the benchmark claims. */
class MunicipalCorpusTest {

    static final int SIZE = 500_000;

    @Test
    void sameSeedSameText() {
        String a = MunicipalCorpus.generate(42, SIZE);
        assertEquals(a, MunicipalCorpus.generate(42, SIZE));
        assertNotEquals(a, MunicipalCorpus.generate(43, SIZE));
        assertTrue(a.length() >= SIZE && a.length() < SIZE + 20_000, "length " + a.length());
        // a longer corpus of the same seed starts with the shorter one
        assertTrue(MunicipalCorpus.generate(42, 2 * SIZE).startsWith(a));
    }

    @Test
    void numbersAreAsDenseAsInMunicipalFiles() {
        MunicipalCorpus.Sample sample = MunicipalCorpus.sample(42, SIZE);
        String text = sample.text();
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        double digitShare = (double) digits / text.length();
        assertTrue(digitShare >= 0.05 && digitShare <= 0.10, "digit share " + digitShare);

        double kb = text.length() / 1024.0;
        double plantedPerKb = sample.planted() / kb;
        assertTrue(plantedPerKb >= 0.5 && plantedPerKb <= 1.0, "valid numbers planted per KB " + plantedPerKb);

        // every planted number is found; a few look-alikes (account numbers, KIDs) pass the checks too
        List<Finding> found = new FnrDetector(DetectorSettings.defaults()).findAll(text);
        assertTrue(found.size() >= sample.planted() && found.size() <= 1.15 * sample.planted(),
                "found " + found.size() + ", planted " + sample.planted());
        EnumSet<IdentifierType> kinds = EnumSet.noneOf(IdentifierType.class);
        found.forEach(f -> kinds.add(f.type()));
        EnumSet<IdentifierType> family = EnumSet.noneOf(IdentifierType.class);
        for (IdentifierType t : IdentifierType.values()) if (t.isFnrFamily()) family.add(t);
        assertEquals(family, kinds, "every kind of the family occurs");
    }

    @Test
    void bothLanguagesAndEveryDocumentKind() {
        String text = MunicipalCorpus.generate(42, SIZE);
        for (String marker : List.of("VEDTAK OM", "MØTEREFERAT", "Elevliste", "Lønnsliste", "Lønsliste", "FAKTURA",
                "BEKYMRINGSMELDING", "Emne: ", "SAKSFRAMLEGG", "Med vennlig hilsen", "Med helsing", "ikkje")) {
            assertTrue(text.contains(marker), marker);
        }
    }
}
