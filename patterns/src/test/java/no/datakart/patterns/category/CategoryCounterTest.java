package no.datakart.patterns.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryCounterTest {

    static DocumentCategories count(CategoryLexicon lexicon, String text, int chunk) {
        return count(new CategoryCounter(lexicon), text, chunk);
    }

    static DocumentCategories count(CategoryCounter counter, String text, int chunk) {
        char[] c = text.toCharArray();
        for (int off = 0; off < c.length; off += chunk) counter.feed(c, off, Math.min(chunk, c.length - off));
        counter.boundary();
        return counter.result(true);
    }

    static final CategoryLexicon SMALL = CategoryLexicon.parse("""
            [helse]
            diagnose* 2
            *psykiatri* 3
            psykisk helse 2
            rus 1
            [barnevern]
            fosterhjem 3
            [unntatt_offentlighet]
            offl. § 13 3
            """, "test");

    @Test
    void wholeWordsPrefixesInfixesAndPhrases() {
        DocumentCategories d = count(SMALL, "Diagnosen er klar. Barnepsykiatrien og PSYKISK\n  HELSE. Ruset? rus . \n\n -- ", 1000);
        CategoryCount helse = d.counts().get(0);
        assertEquals(Category.HELSE, helse.category());
        assertEquals(4, helse.hits(), "diagnosen, barnepsykiatrien, psykisk helse, rus (not ruset, and once however many separators follow)");
        assertEquals(4, helse.distinct());
        assertEquals(2 + 3 + 2 + 1, helse.score());
        assertEquals(9, d.words());
    }

    @Test
    void anAmbiguousWordNeverDecidesATellingOneDoesInATextAboutAPerson() {
        assertFalse(count(SMALL, "Saken gjeld rus.", 1000).counts().get(0).present());
        assertFalse(count(SMALL, "Rus, rus, rus og rus.", 1000).counts().get(0).present(), "one weight-1 term, however often");
        assertTrue(count(SMALL, "Plass i fosterhjem.", 1000).present().contains(Category.BARNEVERN), "telling, about a person");
        CategoryCounter counter = new CategoryCounter(SMALL);
        char[] t = "Plass i fosterhjem.".toCharArray();
        counter.feed(t, 0, t.length);
        counter.boundary();
        assertEquals(List.of(), counter.result(false).present(), "without a person's identifier: once is not enough");
        assertFalse(count(SMALL, "ord ".repeat(1000) + "fosterhjem", 1000).present().contains(Category.BARNEVERN),
                "once in 1000 words is below 0.5 points a hundred");
        assertTrue(count(SMALL, "Diagnose: psykisk helse.", 1000).present().contains(Category.HELSE), "two terms");
    }

    @Test
    void withoutAPersonsIdentifierOnlyTellingTermsSeenTwiceCount() {
        CategoryCounter counter = new CategoryCounter(SMALL);
        char[] budget = "Budsjett: diagnose og psykisk helse, rus.".toCharArray();
        counter.feed(budget, 0, budget.length);
        counter.boundary();
        assertTrue(counter.result(true).present().contains(Category.HELSE));
        assertEquals(List.of(), counter.result(false).present(), "sector words without a person");
        counter.reset();
        char[] t = "Plass i fosterhjem. Nytt fosterhjem.".toCharArray();
        counter.feed(t, 0, t.length);
        counter.boundary();
        assertTrue(counter.result(false).present().contains(Category.BARNEVERN));
    }

    @Test
    void densityCountsInLongDocuments() {
        String filler = "ord ".repeat(2000);
        assertFalse(count(SMALL, filler + "fosterhjem fosterhjem", 1000).present().contains(Category.BARNEVERN),
                "6 points in 2000 words is below 0.5 a hundred");
        assertTrue(count(SMALL, filler + "fosterhjem ".repeat(4), 1000).present().contains(Category.BARNEVERN));
    }

    @Test
    void theMarkingWithItsPunctuation() {
        assertTrue(count(SMALL, "Unntatt offentlighet, jf. offl.  §13", 1000).unntattOffentlighet());
        assertTrue(count(SMALL, "jf. OFFL. § 13 første ledd", 1000).unntattOffentlighet());
        assertFalse(count(SMALL, "offl. § 14", 1000).unntattOffentlighet());
        assertTrue(count(SMALL, "Nordby kommune\n".repeat(7) + "Unntatt offentlighet, jf. offl. § 13", 1000).unntattOffentlighet());
        assertFalse(count(SMALL, "Nordby kommune\n".repeat(8) + "Unntatt offentlighet, jf. offl. § 13", 1000).unntattOffentlighet(),
                "below the head: quoted in the body, not the document's marking");
    }

    @Test
    void everyChunkingCountsTheSame() {
        String text = "Diagnosen er klar. Barnepsykiatrien og psykisk helse; fosterhjem, fosterhjem. offl. § 13.";
        DocumentCategories whole = count(SMALL, text, 1000);
        for (int chunk = 1; chunk < 12; chunk++) assertEquals(whole, count(SMALL, text, chunk), "chunks of " + chunk);
    }

    /**
     * A chunk is read as two halves at once, the second from a warm-up before it; chunks too short to
     * split, read in one go, are the reference. Texts of the shipped lexicon's own terms, in compounds,
     * inflected, in capitals, with accents, with chars the masks call letters but the automaton does not
     * ({@code §}, {@code «}, {@code ’}), letters beyond the Latin blocks, and long runs of separators
     * (which the automaton reads as one), in chunks of every size.
     */
    @Test
    void readingChunksInTwoHalvesCountsWhatReadingThemWholeCounts() throws Exception {
        CategoryLexicon lexicon = CategoryLexicon.defaults();
        List<String> terms = new java.util.ArrayList<>();
        try (var in = CategoryLexicon.class.getResourceAsStream(CategoryLexicon.DEFAULT)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.replaceAll("#.*", "").replaceAll("\\s+[123]\\s*$", "").strip();
                if (!t.isEmpty() && !t.startsWith("[")) terms.add(t.replace("*", ""));
            }
        }
        String[] filler = {"og", "det", "for", "forelder", "helsa", "Kommunen", "vedtak", "9a", "u", "pp", "lo",
            "Barnehage", "sykdommen", "hjertesykdom", "ikkje", "årsak", "Æresdrap", "élev", "naïve"};
        String[] seps = {" ", " ", " ", "\n", ", ", ". ", "  ", "\n\n", " § ", "«", "» ", " – ", "-", "/", "\t", ";",
            " ".repeat(40), "\n\n\n\n\n\n"};
        java.util.Random r = new java.util.Random(20261123);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0, n = 20 + r.nextInt(400); w < n; w++) {
                String word = r.nextInt(3) == 0 ? terms.get(r.nextInt(terms.size())) : filler[r.nextInt(filler.length)];
                switch (r.nextInt(10)) {
                    case 0 -> word = word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word = "barne" + word;
                    case 2 -> word = word + "en";
                    case 3 -> word = word.replace('e', 'é');
                    case 4 -> word = word + "’s";       // a word, a separator, a word: one word to the masks
                    case 5 -> word = "\u03b1" + word;  // a letter beyond the class table
                    default -> { }
                }
                sb.append(word).append(seps[r.nextInt(seps.length)]);
            }
            String text = sb.toString();
            int chunk = CategoryCounter.MIN_SPLIT + r.nextInt(r.nextBoolean() ? 64 : 3000);
            DocumentCategories reference = count(lexicon, text, CategoryCounter.MIN_SPLIT - 1);
            assertEquals(reference, count(new CategoryCounter(lexicon), text, chunk), "document " + doc + ", chunks of " + chunk);
            if (doc == 0) assertTrue(reference.counts().size() >= 5, "the texts hold terms: " + reference);
        }
    }

    @Test
    void aPhraseAcrossTheHalfOfAChunkWithALongGapInsideIsFound() {
        for (int pad = 0; pad < 200; pad += 7) {
            String text = "ord ".repeat(pad) + "psykisk" + " ".repeat(300) + "helse " + "ord ".repeat(200 - pad);
            DocumentCategories d = count(SMALL, text, text.length());
            assertEquals(List.of(new CategoryCount(Category.HELSE, 1, 1, 2, false)), d.counts(),
                    "psykisk helse, with " + pad + " words before");
        }
    }

    @Test
    void theShippedLexiconParsesAndFindsBothLanguages() {
        CategoryLexicon lexicon = CategoryLexicon.defaults();
        assertTrue(lexicon.size() > 500, "terms: " + lexicon.size());
        DocumentCategories nb = count(lexicon, """
                Vedtak om spesialundervisning. Den sakkyndige vurderingen fra PPT viser at eleven
                trenger spesialundervisning i norsk og matematikk.""", 4096);
        assertTrue(nb.present().contains(Category.OPPLAERING), nb::toString);
        DocumentCategories nn = count(lexicon, """
                Barnevernstenesta har motteke ei bekymringsmelding frå skulen. Det er oppretta
                undersøkingssak, og vi vurderer hjelpetiltak i heimen.""", 4096);
        assertTrue(nn.present().contains(Category.BARNEVERN), nn::toString);
        DocumentCategories road = count(lexicon, """
                Referat frå møte om vegvedlikehald. Asfaltering av Storgata startar i mai.
                Budsjettet for helse og omsorg vart ikkje drøfta.""", 4096);
        assertEquals(List.of(), road.present(), road::toString);
    }

    @Test
    void alternativesOfAWordAreOneTerm() {
        CategoryLexicon lexicon = CategoryLexicon.parse("[politikk]\nmedlem av|i høgre|venstre 3\nparti* 1\n[helse]\n*sjuk|syk* 2\n", "test");
        DocumentCategories d = count(lexicon, "Ho er medlem i Høgre, før medlem av Venstre; partiet veit det.", 1000);
        assertEquals(List.of(new CategoryCount(Category.POLITIKK, 3, 2, 7, true)), d.counts(), "one term, two spellings, and parti*");
        assertEquals(1, count(lexicon, "Han er hjartesjuk.", 1000).counts().get(0).hits(), "a * applies to each alternative");
        var e = assertThrows(IllegalArgumentException.class, () -> CategoryLexicon.parse("[helse]\nsyk||sjuk 2\n", "x.txt"));
        assertTrue(e.getMessage().startsWith("x.txt:2: an empty alternative"), e.getMessage());
    }

    @Test
    void badLexiconsGetTheLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> CategoryLexicon.parse("[helse]\nrus 4\n", "x.txt"));
        assertTrue(e.getMessage().startsWith("x.txt:2: "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CategoryLexicon.parse("[hels]\n", "x.txt"));
        assertTrue(e.getMessage().contains("no such category"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CategoryLexicon.parse("rus\n", "x.txt"));
        assertTrue(e.getMessage().contains("before the first"), e.getMessage());
    }
}
