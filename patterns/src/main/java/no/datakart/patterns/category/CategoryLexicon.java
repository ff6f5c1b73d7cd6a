package no.datakart.patterns.category;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The category terms, compiled into one automaton. File format: a section {@code [helse]} per category
 * (and {@code [unntatt_offentlighet]} for the marking), then one term a line with an optional weight
 * 1–3: {@code sykemeld* 3}. A plain term is a whole word or phrase; a trailing {@code *} allows any
 * ending, a leading one any beginning (inside a compound). Immutable and thread-safe.
 */
public final class CategoryLexicon {
    public static final String DEFAULT = "/no/datakart/patterns/category/categories.txt";
    static final String MARKING = "unntatt_offentlighet";
    /** The section index of the marking; categories are their ordinals. */
    static final int MARKING_SECTION = Category.values().length;

    final TermAutomaton automaton;
    final int[] section;  // per term
    final int[] weight;   // per term
    final int[] termOf;   // per spelling the automaton reads: its term (a term with alternatives has several)
    final int terms;
    // chars to the automaton's classes: a separator, a letter or digit no term has, or one a term has.
    // Few classes keep the automaton's table small; every char has its entry, so a step has no branch.
    private final byte[] classOfChar;
    static final int SEPARATOR = 0;
    private static final int UNUSED = 1;

    private CategoryLexicon(List<int[]> symbolTerms, int[] termOf, int[] section, int[] weight) {
        int[] classOfSymbol = new int[Symbols.COUNT];
        java.util.Arrays.fill(classOfSymbol, UNUSED);
        classOfSymbol[Symbols.SEP] = SEPARATOR;
        int classes = 2;
        for (int[] t : symbolTerms) {
            for (int sym : t) {
                if (sym != Symbols.SEP && sym != Symbols.OTHER_LETTER && classOfSymbol[sym] == UNUSED) {
                    classOfSymbol[sym] = classes++;
                }
            }
        }
        List<int[]> classTerms = new ArrayList<>();
        for (int[] t : symbolTerms) {
            int[] c = new int[t.length];
            for (int i = 0; i < t.length; i++) c[i] = classOfSymbol[t[i]];
            classTerms.add(c);
        }
        this.classOfChar = new byte[Character.MAX_VALUE + 1];
        for (int ch = 0; ch < classOfChar.length; ch++) classOfChar[ch] = (byte) classOfSymbol[Symbols.of((char) ch)];
        this.automaton = TermAutomaton.of(classTerms, classes, SEPARATOR);
        this.termOf = termOf;
        this.section = section;
        this.weight = weight;
        this.terms = section.length;
    }

    /** The automaton's class of a char. */
    int classOf(char c) {
        return classOfChar[c];
    }

    /** The classes of all chars, indexed by char. */
    byte[] classes() {
        return classOfChar;
    }

    private static volatile CategoryLexicon defaultLexicon;

    /** The lexicon shipped with Datakart, loaded once. */
    public static CategoryLexicon defaults() {
        CategoryLexicon l = defaultLexicon;
        if (l == null) defaultLexicon = l = fromResource(DEFAULT);
        return l;
    }

    public static CategoryLexicon fromResource(String name) {
        try (InputStream in = CategoryLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no category lexicon resource " + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read category lexicon " + name, e);
        }
    }

    /** Parses lexicon text; {@code source} names it in error messages, with the line. */
    public static CategoryLexicon parse(String text, String source) {
        List<int[]> symbols = new ArrayList<>();
        List<Integer> termOf = new ArrayList<>();
        List<Integer> sections = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        int current = -1;
        String[] lines = text.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) continue;
            if (s.startsWith("[")) {
                if (!s.endsWith("]")) throw error(source, n, "a section is [name], got '" + s + "'");
                String name = s.substring(1, s.length() - 1).strip();
                Category c = Category.ofSection(name);
                if (c == null && !name.equals(MARKING)) throw error(source, n, "no such category [" + name + "]");
                current = c == null ? MARKING_SECTION : c.ordinal();
                continue;
            }
            if (current < 0) throw error(source, n, "a term before the first [section]");
            int w = 1;
            int space = s.lastIndexOf(' ');
            if (space > 0 && s.substring(space + 1).matches("\\d+")) {
                w = Integer.parseInt(s.substring(space + 1));
                if (w < 1 || w > 3) throw error(source, n, "a weight is 1, 2 or 3, got " + w);
                s = s.substring(0, space).strip();
            }
            for (String spelling : spellings(s.toLowerCase(Locale.ROOT), source, n)) {
                symbols.add(compile(spelling, source, n));
                termOf.add(sections.size());
            }
            sections.add(current);
            weights.add(w);
        }
        if (symbols.isEmpty()) throw new IllegalArgumentException(source + ": no terms");
        return new CategoryLexicon(symbols, termOf.stream().mapToInt(Integer::intValue).toArray(),
                sections.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The spellings of a term whose words may have alternatives ({@code medlem av|i senterpartiet|høgre}:
     * four phrases, one term); a {@code *} at either end applies to each alternative of that word.
     */
    private static List<String> spellings(String term, String source, int line) {
        boolean anyStart = term.startsWith("*");
        boolean anyEnd = term.endsWith("*") && term.length() > 1;
        String body = term.substring(anyStart ? 1 : 0, term.length() - (anyEnd ? 1 : 0));
        List<String> out = new ArrayList<>(List.of(""));
        for (String word : body.trim().split("\\s+")) {
            List<String> next = new ArrayList<>();
            for (String alternative : word.split("\\|", -1)) {
                if (alternative.isEmpty()) throw error(source, line, "an empty alternative in '" + term + "'");
                for (String head : out) next.add(head.isEmpty() ? alternative : head + " " + alternative);
            }
            out = next;
            if (out.size() > 1000) throw error(source, line, "more than 1000 spellings: '" + term + "'");
        }
        out.replaceAll(x -> (anyStart ? "*" : "") + x + (anyEnd ? "*" : ""));
        return out;
    }

    /** A term as symbols: separators at the ends where it must start or end a word, runs of them as one. */
    private static int[] compile(String term, String source, int line) {
        boolean anyStart = term.startsWith("*");
        boolean anyEnd = term.endsWith("*") && term.length() > 1;
        String body = term.substring(anyStart ? 1 : 0, term.length() - (anyEnd ? 1 : 0)).strip();
        if (body.isEmpty() || body.indexOf('*') >= 0) throw error(source, line, "a * goes only at either end: '" + term + "'");
        List<Integer> out = new ArrayList<>();
        if (!anyStart) out.add(Symbols.SEP);
        for (int i = 0; i < body.length(); i++) {
            int sym = Symbols.of(body.charAt(i));
            if (sym == Symbols.SEP && !out.isEmpty() && out.get(out.size() - 1) == Symbols.SEP) continue;
            out.add(sym);
        }
        if (!anyEnd && out.get(out.size() - 1) != Symbols.SEP) out.add(Symbols.SEP);
        if (out.stream().noneMatch(x -> x != Symbols.SEP)) throw error(source, line, "a term needs a letter or digit");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }

    public int size() {
        return terms;
    }
}
