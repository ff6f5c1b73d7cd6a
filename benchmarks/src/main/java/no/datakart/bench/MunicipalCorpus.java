package no.datakart.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A made-up but realistic text of Norwegian municipal paperwork to benchmark detectors on: vedtak,
 * møtereferat, elevlister, lønnslister, fakturaer, bekymringsmeldinger and e-post, bokmål and some
 * nynorsk. Numbers are as dense as in such files (digits some 5-10 % of the chars) and numbers of the
 * fødselsnummer family, of every kind and in every shape, about one per one or two KB.
 *
 * <p>The same seed gives the same text on any machine and locale. The numbers are random, so some may
 * belong to real people: keep the corpus to tests and benchmarks, and do not print it.
 */
public final class MunicipalCorpus {
    private MunicipalCorpus() {
    }

    /** The corpus and how many valid numbers of the family were written into it. */
    public record Sample(String text, int planted) {
    }

    /** Whole documents until the text is at least {@code minChars} long. */
    public static String generate(long seed, int minChars) {
        return sample(seed, minChars).text();
    }

    public static Sample sample(long seed, int minChars) {
        return sample(seed, minChars, false);
    }

    /**
     * The same kind of documents, one string each, with each fødselsnummer-family number, kontonummer,
     * organisasjonsnummer and e-mail address marked {@code [[TYPE|text]]} as written, for measuring
     * precision and recall. The telephone numbers (random, not all of them valid) and addresses are not
     * marked.
     */
    public static List<String> labelled(long seed, int minChars) {
        Fakes fakes = new Fakes(seed, true);
        StringBuilder out = new StringBuilder(minChars + 8192);
        Documents documents = new Documents(fakes, out);
        List<String> each = new ArrayList<>();
        int chars = 0;
        while (chars < minChars) {
            int from = out.length();
            documents.next();
            each.add(out.substring(from));
            chars += each.get(each.size() - 1).length();
        }
        return each;
    }

    private static Sample sample(long seed, int minChars, boolean labelled) {
        Fakes fakes = new Fakes(seed, labelled);
        StringBuilder out = new StringBuilder(minChars + 8192);
        Documents documents = new Documents(fakes, out);
        while (out.length() < minChars) documents.next();
        return new Sample(out.toString(), fakes.planted());
    }
}
