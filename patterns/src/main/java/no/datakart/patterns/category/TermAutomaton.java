package no.datakart.patterns.category;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over symbol classes: one table step a char, whatever the number of terms,
 * and every term that ends at a char is known at that char. Terms are sequences of classes
 * {@code 0 .. classes-1}; a term that must start or end on a word boundary carries a separator there.
 *
 * <p>A step returns a code: the next state's row in the table (its number times the classes) times two,
 * plus one if some term ends in it. So a step is an add and one load, with no multiply on the chain of
 * steps that the reading waits on.
 */
final class TermAutomaton {
    private final int[] next;      // state * classes + class -> code
    private final int classes;
    private final int depth;       // symbols in the longest term
    private final int[] outFrom;   // terms ending in state s: outs[outFrom[s] .. outFrom[s + 1])
    private final int[] outs;

    private TermAutomaton(int[] next, int classes, int depth, int[] outFrom, int[] outs) {
        this.next = next;
        this.classes = classes;
        this.depth = depth;
        this.outFrom = outFrom;
        this.outs = outs;
    }

    /** The code of the start state. */
    static final int START = 0;

    /** The code after reading {@code cls} in the state of {@code code}. */
    int step(int code, int cls) {
        return next[(code >>> 1) + cls];
    }

    /** The table itself, for loops that step two readings at once. */
    int[] table() {
        return next;
    }

    static boolean ends(int code) {
        return (code & 1) != 0;
    }

    int state(int code) {
        return (code >>> 1) / classes;
    }

    /**
     * Symbols in the longest term: the state after a text depends only on its last this many symbols (a
     * run of separators being one), so a reading started that far back from the start state is exact.
     */
    int depth() {
        return depth;
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

    /**
     * Builds the automaton of {@code terms} over {@code classes} classes; term i is reported as i. A run of
     * {@code collapsed} (the separator) reads as one: after one, the automaton stays put on the next,
     * reporting nothing, so a phrase matches across two spaces or a line break and indent.
     */
    static TermAutomaton of(List<int[]> terms, int classes, int collapsed) {
        // the trie
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(newRow(classes));
        ends.add(new ArrayList<>());
        for (int t = 0; t < terms.size(); t++) {
            int s = 0;
            for (int sym : terms.get(t)) {
                int c = children.get(s)[sym];
                if (c < 0) {
                    c = children.size();
                    if ((long) c * classes >= 1 << 30) throw new IllegalArgumentException("too many terms for one automaton");
                    children.get(s)[sym] = c;
                    children.add(newRow(classes));
                    ends.add(new ArrayList<>());
                }
                s = c;
            }
            ends.get(s).add(t);
        }
        int states = children.size();
        int depth = terms.stream().mapToInt(t -> t.length).max().orElse(0);
        int[] next = new int[states * classes];
        int[] fail = new int[states];
        List<List<Integer>> out = new ArrayList<>(ends);
        // breadth first: a state's failure is known before its children's
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < classes; a++) {
            int c = children.get(0)[a];
            if (c >= 0) {
                next[a] = c;
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
            for (int a = 0; a < classes; a++) {
                int c = children.get(s)[a];
                if (c >= 0) {
                    fail[c] = next[fail[s] * classes + a];
                    next[s * classes + a] = c;
                    queue.add(c);
                } else {
                    next[s * classes + a] = next[fail[s] * classes + a];
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
        // every state entered on the collapsed class stays on it, and reports nothing the second time:
        // as if the run were one (the text itself need not be collapsed, so no branch a char)
        boolean[] afterCollapsed = new boolean[states];
        for (int s = 0; s < states; s++) afterCollapsed[next[s * classes + collapsed]] = true;
        int[] code = new int[states];
        for (int s = 0; s < states; s++) code[s] = (s * classes) << 1 | (out.get(s).isEmpty() ? 0 : 1);
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < classes; a++) {
                int i = s * classes + a;
                next[i] = a == collapsed && afterCollapsed[s] ? (s * classes) << 1 : code[next[i]];
            }
        }
        return new TermAutomaton(next, classes, depth, outFrom, outs);
    }

    private static int[] newRow(int classes) {
        int[] row = new int[classes];
        Arrays.fill(row, -1);
        return row;
    }
}
