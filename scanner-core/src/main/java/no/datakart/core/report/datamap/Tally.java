package no.datakart.core.report.datamap;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import no.datakart.core.index.IndexedPart;
import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.LongHashSet;

/** A {@link Volume} being counted, part by part: what a data map keeps per row instead of the parts. */
final class Tally {
    private long documents;
    private long findings;
    private final LongHashSet persons = new LongHashSet();
    private boolean personsAtLeast;
    private long withChildren;
    private final long[] byAge = new long[AgeBucket.values().length];
    private long oldest = Long.MAX_VALUE;
    private long newest = Long.MIN_VALUE;

    /** @param people the part's hashes this row counts persons by: its persons', or for children's data its children's */
    void add(IndexedPart part, int partFindings, long[] people, AgeBucket age) {
        documents++;
        findings += partFindings;
        for (long h : people) persons.add(h);
        personsAtLeast |= part.hashesCut();
        if (part.childData()) withChildren++;
        byAge[age.ordinal()]++;
        long modified = part.modified().toEpochMilli();
        oldest = Math.min(oldest, modified);
        newest = Math.max(newest, modified);
    }

    Volume volume() {
        if (documents == 0) return Volume.NONE;
        Map<AgeBucket, Long> ages = new EnumMap<>(AgeBucket.class);
        for (AgeBucket b : AgeBucket.values()) ages.put(b, byAge[b.ordinal()]);
        return new Volume(documents, findings, persons.size(), personsAtLeast, withChildren, ages,
                Instant.ofEpochMilli(oldest), Instant.ofEpochMilli(newest));
    }
}
