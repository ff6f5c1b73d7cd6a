package no.datakart.patterns.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Context words, each tagged with the kind of number it names: {@code fnr} for {@code fødselsnummer},
 * {@code kontonummer} for {@code kontonr}. A detector reads its own tags as for a number and every other
 * tag as against it. Terms are one or more lower-case words; a last word ending in {@code *} matches as
 * a prefix ({@code fødselsnummer*} also matches {@code fødselsnummeret}). Words are letters and digits,
 * with single dots and hyphens inside ({@code f.nr}, {@code d-nummer}).
 *
 * <p>File format: a section {@code [tag]}, then one term a line; {@code #} starts a comment.
 */
public final class ContextLexicon {

    /** Tags are bits of an int mask. */
    public static final int MAX_TAGS = Evidence.CONTACT_LINE; // the bits from there on are shapes, not sections

    /** The lexicon every detector of this module reads. */
    public static final String LABELS = "/no/datakart/patterns/context/labels.txt";

    private record Term(String text, boolean prefix, int tag) {
    }

    // The terms as a trie over their lower-case chars, words joined by one space. Node 0 is the root;
    // children are a linked list of siblings, few enough per node that a scan beats a table.
    private static final int EXACT = 1;  // a term ends here when the word does
    private static final int PREFIX = 2; // a term ends here whatever follows in the word
    private char[] label = new char[64];
    private int[] firstChild = new int[64];
    private int[] nextSibling = new int[64];
    private byte[] endsHere = new byte[64];   // EXACT | PREFIX
    private byte[] tagOf = new byte[64];
    private int nodes = 1;
    private final int terms;
    private final List<String> tags;
    // the root's children by char: most words fail at their first char, so that look-up must be cheap
    private final int[] rootChild = new int[256];
    // the first two chars of every term (low bytes): a word that starts otherwise and goes on is no term
    private final long[] firstPairs = new long[1 << 16 >> 6];

    private ContextLexicon(List<Term> terms, List<String> tags) {
        this.tags = List.copyOf(tags);
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        for (Term t : terms) {
            add(t);
            if (t.text.length() >= 2) {
                int pair = pair(t.text.charAt(0), t.text.charAt(1));
                firstPairs[pair >>> 6] |= 1L << pair;
            }
        }
        this.terms = terms.size();
        Arrays.fill(rootChild, -1);
        for (int n = firstChild[0]; n >= 0; n = nextSibling[n]) {
            if (label[n] < 256) rootChild[label[n]] = n;
        }
    }

    private void add(Term t) {
        int node = 0;
        for (int i = 0; i < t.text.length(); i++) node = childOrNew(node, t.text.charAt(i));
        endsHere[node] |= (byte) (t.prefix ? PREFIX : EXACT);
        tagOf[node] = (byte) t.tag;
    }

    private int childOrNew(int node, char c) {
        int found = child(node, c);
        if (found >= 0) return found;
        if (nodes == label.length) grow();
        int n = nodes++;
        label[n] = c;
        nextSibling[n] = firstChild[node];
        firstChild[node] = n;
        return n;
    }

    private void grow() {
        int size = label.length * 2;
        label = Arrays.copyOf(label, size);
        firstChild = Arrays.copyOf(firstChild, size);
        nextSibling = Arrays.copyOf(nextSibling, size);
        endsHere = Arrays.copyOf(endsHere, size);
        tagOf = Arrays.copyOf(tagOf, size);
        for (int i = nodes; i < size; i++) {
            firstChild[i] = -1;
            nextSibling[i] = -1;
        }
    }

    private int child(int node, char c) {
        for (int n = firstChild[node]; n >= 0; n = nextSibling[n]) {
            if (label[n] == c) return n;
        }
        return -1;
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
        List<String> tags = new ArrayList<>();
        int tag = -1;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (s.isEmpty()) continue;
                if (s.startsWith("[")) {
                    if (!s.endsWith("]") || s.length() < 3) {
                        throw new IllegalArgumentException(source + ":" + n + ": a section is [name], got '" + s + "'");
                    }
                    String name = s.substring(1, s.length() - 1).strip();
                    tag = tags.indexOf(name);
                    if (tag < 0) {
                        if (tags.size() == MAX_TAGS) throw new IllegalArgumentException(source + ":" + n + ": more than " + MAX_TAGS + " sections");
                        tag = tags.size();
                        tags.add(name);
                    }
                    continue;
                }
                if (tag < 0) throw new IllegalArgumentException(source + ":" + n + ": a term before the first [section]");
                String body = s.toLowerCase(Locale.ROOT);
                boolean prefix = body.endsWith("*");
                if (prefix) body = body.substring(0, body.length() - 1).strip();
                if (body.isEmpty()) throw new IllegalArgumentException(source + ":" + n + ": empty term");
                terms.add(new Term(String.join(" ", body.split("\\s+")), prefix, tag));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContextLexicon(terms, tags);
    }

    /** The tag of a section, by name. */
    public int tag(String name) {
        int t = tags.indexOf(name);
        if (t < 0) throw new IllegalArgumentException("no section [" + name + "] in the lexicon; it has " + tags);
        return t;
    }

    /** The mask of a section, or 0 if the lexicon has no such section. */
    public int maskOrZero(String name) {
        int t = tags.indexOf(name);
        return t < 0 ? 0 : 1 << t;
    }

    public int size() {
        return terms;
    }

    /**
     * Finds the terms that start at word {@code t} of a tokenised window. Calls {@code hit} for each
     * term that matches, with its tag and the index of its last word. Walks the trie once along
     * the words, so the cost is the length of the words read, not the size of the lexicon.
     */
    void matchAt(char[] buf, int[] wordStart, int[] wordEnd, int wordCount, int t, Hit hit) {
        match(buf, wordStart, wordEnd, t, 1, wordCount - 1, hit);
    }

    /** As {@link #matchAt}, for words stored nearest first: a term's next word is at {@code t - 1}. */
    void matchBackward(char[] buf, int[] wordStart, int[] wordEnd, int t, Hit hit) {
        match(buf, wordStart, wordEnd, t, -1, 0, hit);
    }

    /** Walks the trie along word {@code t}, then {@code t + step} ... up to index {@code lastIndex}. */
    private void match(char[] buf, int[] wordStart, int[] wordEnd, int t, int step, int lastIndex, Hit hit) {
        int i = wordStart[t];
        char c0 = lower(buf[i]);
        if (i + 1 < wordEnd[t]) { // most words fail on their first two chars: one look-up says so
            int pair = pair(c0, lower(buf[i + 1]));
            if ((firstPairs[pair >>> 6] & 1L << pair) == 0) return;
        }
        int node = c0 < 256 ? rootChild[c0] : child(0, c0);
        if (node < 0) return;
        int w = t;
        i++;
        while (true) {
            if ((endsHere[node] & PREFIX) != 0) hit.found(tagOf[node], w);
            for (; i < wordEnd[w]; i++) {
                node = child(node, lower(buf[i]));
                if (node < 0) return;
                if ((endsHere[node] & PREFIX) != 0) hit.found(tagOf[node], w);
            }
            if ((endsHere[node] & EXACT) != 0) hit.found(tagOf[node], w);
            if (w == lastIndex) return;
            node = child(node, ' ');
            if (node < 0) return;
            w += step;
            i = wordStart[w];
            node = child(node, lower(buf[i]));
            if (node < 0) return;
            i++;
        }
    }

    private static int pair(char first, char second) {
        return (first & 0xFF) << 8 | second & 0xFF;
    }

    /** Lower case, cheap for the ASCII and Latin-1 letters that nearly every word is made of. */
    private static char lower(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return (char) (c | 0x20);
        return c < 0x100 ? c : Character.toLowerCase(c);
    }

    interface Hit {
        void found(int tag, int lastWord);
    }
}
