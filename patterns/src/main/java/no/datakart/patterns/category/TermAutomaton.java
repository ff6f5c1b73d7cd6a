package no.datakart.patterns.category;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over {@link Symbols}: one table step a char, whatever the number of terms,
 * and every term that ends at a char is known at that char. Terms are symbol sequences; a term that
 * must start or end on a word boundary carries a separator there.
 */
final class TermAutomaton {
    private final char[] next;     // state * Symbols.COUNT + symbol -> state; fewer than 65 536 states
    private final int[] outFrom;   // terms ending in state s: outs[outFrom[s] .. outFrom[s + 1])
    private final int[] outs;

    private TermAutomaton(char[] next, int[] outFrom, int[] outs) {
        this.next = next;
        this.outFrom = outFrom;
        this.outs = outs;
    }

    static final int START = 0;

    int step(int state, int symbol) {
        return next[state * Symbols.COUNT + symbol];
    }

    int outFrom(int state) {
        return outFrom[state];
    }

    int outTo(int state) {
        return outFrom[state + 1];
    }

    int out(int i) {
        return outs[i];
    }

    /** Builds the automaton of {@code terms}; term i is reported as i. */
    static TermAutomaton of(List<int[]> terms) {
        // the trie
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(newRow());
        ends.add(new ArrayList<>());
        for (int t = 0; t < terms.size(); t++) {
            int s = 0;
            for (int sym : terms.get(t)) {
                int c = children.get(s)[sym];
                if (c < 0) {
                    c = children.size();
                    if (c >= 65_536) throw new IllegalArgumentException("too many terms: more than 65 535 states");
                    children.get(s)[sym] = c;
                    children.add(newRow());
                    ends.add(new ArrayList<>());
                }
                s = c;
            }
            ends.get(s).add(t);
        }
        int states = children.size();
        char[] next = new char[states * Symbols.COUNT];
        int[] fail = new int[states];
        List<List<Integer>> out = new ArrayList<>(ends);
        // breadth first: a state's failure is known before its children's
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < Symbols.COUNT; a++) {
            int c = children.get(0)[a];
            if (c >= 0) {
                next[a] = (char) c;
                fail[c] = 0;
                queue.add(c);
            } else {
                next[a] = 0;
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> merged = new ArrayList<>(out.get(s));
            merged.addAll(out.get(fail[s]));
            out.set(s, merged);
            for (int a = 0; a < Symbols.COUNT; a++) {
                int c = children.get(s)[a];
                if (c >= 0) {
                    fail[c] = next[fail[s] * Symbols.COUNT + a];
                    next[s * Symbols.COUNT + a] = (char) c;
                    queue.add(c);
                } else {
                    next[s * Symbols.COUNT + a] = next[fail[s] * Symbols.COUNT + a];
                }
            }
        }
        int[] outFrom = new int[states + 1];
        int total = 0;
        for (int s = 0; s < states; s++) {
            outFrom[s] = total;
            total += out.get(s).size();
        }
        outFrom[states] = total;
        int[] outs = new int[total];
        for (int s = 0; s < states; s++) {
            int i = outFrom[s];
            for (int t : out.get(s)) outs[i++] = t;
        }
        return new TermAutomaton(next, outFrom, outs);
    }

    private static int[] newRow() {
        int[] row = new int[Symbols.COUNT];
        Arrays.fill(row, -1);
        return row;
    }
}
