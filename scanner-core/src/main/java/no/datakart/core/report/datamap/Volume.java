package no.datakart.core.report.datamap;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import no.datakart.core.report.AgeBucket;

/**
 * How much personal data of one category lies in one place (or in the whole tenant), and how old it is.
 *
 * @param documents             documents that hold it: files, and documents inside archives and e-mails
 * @param findings              the findings that count for the category (see {@link DataCategory#findingsIn})
 * @param persons               distinct persons, estimated by the distinct keyed hashes of identity numbers in
 *                              the documents: one person with several numbers counts several times, a
 *                              person named without a number not at all
 * @param personsAtLeast        some document held more distinct identifiers than the index keeps, so
 *                              {@code persons} is a minimum
 * @param documentsWithChildren documents holding a child's identity number
 * @param byAge                 documents by how long ago they were last modified, every bucket present
 * @param oldest                the earliest last modification of its documents; null when there are none
 * @param newest                the latest; null when there are none
 */
public record Volume(long documents, long findings, long persons, boolean personsAtLeast, long documentsWithChildren,
                     Map<AgeBucket, Long> byAge, Instant oldest, Instant newest) {
    /** Nothing found. */
    public static final Volume NONE = new Volume(0, 0, 0, false, 0, Map.of(), null, null);

    public Volume {
        Map<AgeBucket, Long> all = new EnumMap<>(AgeBucket.class);
        for (AgeBucket b : AgeBucket.values()) all.put(b, byAge.getOrDefault(b, 0L));
        byAge = Collections.unmodifiableMap(all);
    }
}
