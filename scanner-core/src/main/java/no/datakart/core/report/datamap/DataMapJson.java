package no.datakart.core.report.datamap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.Labels;
import no.datakart.core.report.ReportContext;

/**
 * The data map as JSON, for the tools a DPO's record of processing activities lives in: keys as the enums
 * name them (stable across languages) with their labels beside them, places as the index holds them ("" for
 * no department and for the source's root), times in ISO 8601.
 */
public final class DataMapJson {
    private static final ObjectMapper JSON = no.datakart.core.report.ReportFiles.JSON;

    private DataMapJson() {
    }

    /** Writes the data map with the DPO's columns beside its rows ({@link Purposes#NONE} for none). */
    public static void write(Path file, DataMap map, Purposes purposes) throws IOException {
        Document doc = document(map, purposes);
        no.datakart.core.report.ReportFiles.writeText(file, out -> JSON.writeValue(out, doc));
    }

    static Document document(DataMap map, Purposes purposes) {
        ReportContext context = map.context();
        Labels words = Labels.of("datamap", context.language());
        Map<String, String> notes = new LinkedHashMap<>();
        for (String n : List.of("documents", "findings", "persons", "purposes", "gone")) notes.put(n, words.get("note." + n));

        List<CategoryTotal> categories = new ArrayList<>();
        map.totals().forEach((c, v) -> categories.add(new CategoryTotal(c, words.of(c), c.protection(),
                words.of(c.protection()), c.isSpecial(), counts(v))));
        List<Row> rows = new ArrayList<>();
        for (DataMapRow r : map.rows()) rows.add(row(r.key(), counts(r.volume()), purposes.entry(r.key()), purposes, words));
        List<Row> gone = new ArrayList<>();
        for (ProcessingEntry e : purposes.gone()) gone.add(row(e.key(), null, e, purposes, words));
        return new Document(context.tenant().id(), context.tenantName(), context.now().toString(),
                context.language().code(), notes, map.coverage(), counts(map.overall()), categories,
                purposes.extraColumns(), rows, gone);
    }

    private static Row row(RowKey k, Counts counts, ProcessingEntry entry, Purposes purposes, Labels words) {
        DataCategory c = k.category();
        return new Row(c, words.of(c), c.protection(), k.source(), k.department(), k.topFolder(), counts,
                entry == null ? Processing.BLANK : entry.processing(), entry == null ? "" : entry.firstFound(),
                entry == null ? "" : entry.lastFound(),
                entry == null ? Collections.nCopies(purposes.extraColumns().size(), "") : entry.extra());
    }

    private static Counts counts(Volume v) {
        return new Counts(v.documents(), v.findings(), v.persons(), v.personsAtLeast(), v.documentsWithChildren(),
                v.byAge(), time(v.oldest()), time(v.newest()));
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    /**
     * @param notFound the keys of the DPO's file that this data map does not hold, with what the DPO wrote
     * @param extraColumns the headings of the columns the DPO added; each row's {@code extra} in this order
     */
    record Document(String tenant, String tenantName, String generated, String language, Map<String, String> notes,
                    Coverage coverage, Counts overall, List<CategoryTotal> categories, List<String> extraColumns,
                    List<Row> rows, List<Row> notFound) {
    }

    record CategoryTotal(DataCategory category, String label, Protection protection, String protectionLabel,
                         boolean special, Counts total) {
    }

    /** A row of the map, or (counts null) a key of the DPO's file it no longer holds. */
    record Row(DataCategory category, String label, Protection protection, String source, String department,
               String topFolder, Counts counts, Processing processing, String firstFound, String lastFound,
               List<String> extra) {
    }

    /** A {@link Volume} with its times as ISO 8601 text (Jackson's java.time module is not on the class path). */
    record Counts(long documents, long findings, long persons, boolean personsAtLeast, long documentsWithChildren,
                  Map<AgeBucket, Long> byAge, String oldest, String newest) {
    }
}
