package no.datakart.patterns.set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.IdentifierType;

/**
 * Holds the findings of several matchers until no earlier one can come, keeps one finding where spans
 * overlap (the higher score; on a tie the fødselsnummer family, then the type declared first), and
 * passes them on in text order.
 */
final class SpanArbiter implements FindingSink {
    private static final Comparator<Finding> BY_START = Comparator.comparingLong(Finding::start)
            .thenComparingLong(Finding::end);

    private final Set<IdentifierType> types;
    private final FindingSink sink;
    private final List<Finding> held = new ArrayList<>();
    private boolean person; // a finding of a person's identifier was reported

    SpanArbiter(Set<IdentifierType> types, FindingSink sink) {
        this.types = types;
        this.sink = sink;
    }

    @Override
    public void accept(Finding f) {
        if (types.contains(f.type())) held.add(f);
    }

    /**
     * Passes on the findings that end at or before {@code settled}: any finding still to come starts
     * there or later, so it cannot overlap them.
     */
    void release(long settled) {
        if (held.isEmpty()) return;
        held.sort(BY_START);
        int i = 0;
        while (i < held.size()) {
            Finding f = held.get(i);
            if (f.end() > settled) break;
            int j = i + 1;
            boolean beaten = false;
            while (j < held.size() && held.get(j).start() < f.end()) {
                if (better(held.get(j), f)) {
                    beaten = true;
                    break;
                }
                j++;
            }
            if (beaten) {
                held.remove(i);
                continue;
            }
            while (i + 1 < held.size() && held.get(i + 1).start() < f.end()) held.remove(i + 1);
            if (f.type().isPerson()) person = true;
            sink.accept(f);
            i++;
        }
        held.subList(0, i).clear();
    }

    void releaseAll() {
        release(Long.MAX_VALUE);
    }

    void reset() {
        held.clear();
        person = false;
    }

    /** Whether an identifier of a person has been reported since the last reset. */
    boolean reportedPerson() {
        return person;
    }

    private static boolean better(Finding a, Finding b) {
        if (a.score() != b.score()) return a.score() > b.score();
        if (a.type().isFnrFamily() != b.type().isFnrFamily()) return a.type().isFnrFamily();
        return a.type().ordinal() < b.type().ordinal();
    }
}
