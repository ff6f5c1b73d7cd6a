package no.datakart.patterns.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Context words that raise (positive) or lower (negative) the confidence of a finding near them.
 * Terms are one or more lower-case words; a last word ending in {@code *} matches as a prefix
 * ({@code fødselsnummer*} also matches {@code fødselsnummeret}). Words are letters and digits, with
 * single dots and hyphens inside ({@code f.nr}, {@code d-nummer}).
 *
 * <p>File format: one term a line, {@code + term} or {@code - term}; {@code #} starts a comment.
 */
public final class ContextLexicon {

    public static final int POSITIVE = 1;
    public static final int NEGATIVE = -1;

    private record Term(char[][] words, boolean prefix, int polarity) {
    }

    private final Term[] terms;

    private ContextLexicon(List<Term> terms) {
        this.terms = terms.toArray(new Term[0]);
    }

    /** Loads a lexicon from the class path, next to this class or at an absolute resource path. */
    public static ContextLexicon fromResource(String name) {
        try (InputStream in = ContextLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no lexicon resource " + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    /** Parses lexicon text; {@code source} names it in error messages. */
    public static ContextLexicon parse(String text, String source) {
        List<Term> terms = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (s.isEmpty()) continue;
                int polarity = switch (s.charAt(0)) {
                    case '+' -> POSITIVE;
                    case '-' -> NEGATIVE;
                    default -> throw new IllegalArgumentException(
                            source + ":" + n + ": a term starts with + or -, got '" + s + "'");
                };
                String body = s.substring(1).strip().toLowerCase(Locale.ROOT);
                boolean prefix = body.endsWith("*");
                if (prefix) body = body.substring(0, body.length() - 1);
                String[] words = body.split("\\s+");
                if (body.isEmpty()) throw new IllegalArgumentException(source + ":" + n + ": empty term");
                char[][] w = new char[words.length][];
                for (int i = 0; i < words.length; i++) w[i] = words[i].toCharArray();
                terms.add(new Term(w, prefix, polarity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContextLexicon(terms);
    }

    public int size() {
        return terms.length;
    }

    /**
     * Finds the terms that start at word {@code t} of a tokenised window. Calls {@code hit} for each
     * term that matches, with its polarity and the index of its last word.
     */
    void matchAt(char[] buf, int[] wordStart, int[] wordEnd, int wordCount, int t, Hit hit) {
        for (Term term : terms) {
            char[][] words = term.words;
            if (t + words.length > wordCount) continue;
            boolean ok = true;
            for (int j = 0; j < words.length && ok; j++) {
                boolean last = j == words.length - 1;
                ok = wordMatches(buf, wordStart[t + j], wordEnd[t + j], words[j], last && term.prefix);
            }
            if (ok) hit.found(term.polarity, t + words.length - 1);
        }
    }

    interface Hit {
        void found(int polarity, int lastWord);
    }

    private static boolean wordMatches(char[] buf, int from, int to, char[] word, boolean prefix) {
        int len = to - from;
        if (prefix ? len < word.length : len != word.length) return false;
        for (int i = 0; i < word.length; i++) {
            if (buf[from + i] != word[i]) return false;
        }
        return true;
    }

    /**
     * Classifies a short label such as a column header: {@link #POSITIVE} or {@link #NEGATIVE} if
     * only terms of that polarity occur in it, 0 otherwise.
     */
    public int classify(CharSequence label) {
        ContextScanner scanner = new ContextScanner(this, Math.max(16, label.length()), 0);
        return scanner.classify(label);
    }
}
