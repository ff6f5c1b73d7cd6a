package no.datakart.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import no.datakart.core.OwnerOnly;
import no.datakart.core.Tenant;
import no.datakart.core.FailureReason;
import no.datakart.core.source.Item;
import no.datakart.patterns.IdentifierType;

/**
 * The findings index: one Lucene document per part of an item (the file itself, each archive member, each
 * attachment), keyed by tenant, source and location, replaced when the part is scanned again. A part's
 * identifiers are kept as the tenant's keyed hashes (for a look-up of one person) and a few masked
 * examples (for a person to see what kind of thing was found); never in clear text. Commits are the scan's
 * checkpoints. The index directory is made readable by its owner only.
 */
public final class FindingsIndex implements Closeable {
    static final String KEY = "key";
    static final String KIND = "kind";          // PART_KIND or RUN_KIND
    static final String TENANT = "tenant";
    static final String SOURCE = "source";
    static final String LOCATION = "location";
    static final String ITEM = "item";          // the item a part belongs to: all its parts go when it changes
    static final String PART = "part";          // the part's path in its item, "" for the item itself
    static final String FOLDER = "folder";
    static final String OWNER = "owner";
    static final String DEPARTMENT = "department";
    static final String SIZE = "size";
    static final String MODIFIED = "modified";
    static final String CONTENT_TYPE = "contentType";
    static final String STATUS = "status";
    static final String FAILURE = "failure";
    static final String DETAIL = "detail";
    static final String COUNT = "count.";
    static final String FINDINGS = "findings";          // this part's findings, all types
    static final String ITEM_FINDINGS = "itemFindings"; // the item's with all its parts, on the item's own part
    static final String CATEGORY = "category";
    static final String ID_HASH = "idHash";
    static final String PERSON_HASH = "personHash";     // doc values only: 8 bytes of each identity number's hash
    static final String CHILD_HASH = "childHash";       // doc values only: those of children
    static final String HASHES_CUT = "idHashesCut";
    static final String MASKED = "masked";
    static final String CHILD = "childData";
    static final String CHILDREN = "children";         // how many findings identify a child
    static final String FINGERPRINT = "fingerprint";
    static final String FIRST_RUN = "firstRun";         // the run that first read the item
    static final String RUN = "run";                    // the run that last read it
    static final String READ_TOKEN = "readToken";       // one reading of an item: tells its fresh parts from stale ones
    static final String SCHEMA = "schema";              // on the item's own part: what its fields are
    /**
     * The schema the index writes. An item written under an older one (1: no schema field, before
     * {@link #PERSON_HASH}; 2: before {@link #CHILD_HASH}) is read again at the next scan, as if it had
     * changed, so reports see every field.
     */
    static final int CURRENT_SCHEMA = 3;
    static final String PART_KIND = "part";
    static final String RUN_KIND = "run";
    static final String STARTED = "started";
    static final String FINISHED = "finished";
    static final String RUN_COUNT = "runCount.";
    static final String RUN_FAILURES = "runFailures.";

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private final FSDirectory directory;
    private final IndexWriter writer;

    public FindingsIndex(Path dir) throws IOException {
        OwnerOnly.directory(dir);
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    private FindingsIndex(FSDirectory directory) {
        this.directory = directory;
        this.writer = null;
    }

    /**
     * The index as its last commit left it, to read only: what reports, look-ups and status read, so they
     * run while a scan writes (they see its last checkpoint). Writing through it throws.
     *
     * @throws java.nio.file.NoSuchFileException if there is no index in {@code dir}
     */
    public static FindingsIndex readOnly(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no index");
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no index");
        }
        return new FindingsIndex(directory);
    }

    /** A reader of what was put so far (this process's writes too), or of the last commit when read-only. */
    private DirectoryReader open() throws IOException {
        return writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer);
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException("the index was opened to read only");
        return writer;
    }

    /** Where a part is: its item's location, and for a part inside it {@code !} and its path there. */
    public static String location(Item item, String partPath) {
        return partPath.isEmpty() ? item.location() : item.location() + "!" + partPath;
    }

    /**
     * What a scan stamps on every part of an item it reads.
     *
     * @param department the department the item's place belongs to, or empty
     * @param firstRun   the run that first read the item
     * @param run        this run
     * @param readToken  names this reading of the item: parts left from an earlier one are taken out
     */
    public record Stamp(String department, int firstRun, int run, String readToken) {
    }

    /** What the index knows of an item from its last reading: what a rescan compares and counts. */
    public record Known(String fingerprint, String department, int firstRun, int findings) {
        /** An item of which only parts inside it were written (a reading cut by a kill): read it again. */
        static final Known PARTIAL = new Known("", "", 0, 0);
    }

    /**
     * Records a part inside an item (an archive member, an attachment), replacing what an earlier reading
     * recorded at its place.
     */
    public void putMember(Tenant tenant, String source, Item item, PartRecord part, Stamp stamp) throws IOException {
        if (part.path().isEmpty()) throw new IllegalArgumentException("the item's own part goes through putItem");
        Document d = document(tenant, source, item, part, stamp);
        writer().updateDocument(new Term(KEY, d.get(KEY)), d);
    }

    /**
     * Records the item's own part, which completes its reading: parts inside it that this reading did not
     * write (gone from the archive since the last one) are taken out first. Written after the parts inside,
     * so a checkpoint that holds it holds the whole item.
     *
     * @param itemFindings the findings in the item and all its parts
     * @param readBefore   the index may hold parts of an earlier reading (false for an item never seen: no
     *                     query to run then, which a first scan of many files would pay for each)
     */
    public void putItem(Tenant tenant, String source, Item item, PartRecord part, Stamp stamp, int itemFindings,
                        boolean readBefore) throws IOException {
        if (!part.path().isEmpty()) throw new IllegalArgumentException("not the item's own part: " + part.path());
        if (readBefore) writer().deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ITEM, key(tenant, source, item.location()))), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(READ_TOKEN, stamp.readToken())), BooleanClause.Occur.MUST_NOT)
                .build());
        Document d = document(tenant, source, item, part, stamp);
        d.add(new IntField(ITEM_FINDINGS, itemFindings, Field.Store.YES));
        d.add(new StoredField(FINGERPRINT, item.fingerprint()));
        d.add(new StoredField(SCHEMA, CURRENT_SCHEMA));
        writer().updateDocument(new Term(KEY, d.get(KEY)), d);
    }

    private static Document document(Tenant tenant, String source, Item item, PartRecord part, Stamp stamp) {
        String location = location(item, part.path());
        Document d = new Document();
        d.add(new KeywordField(KEY, key(tenant, source, location), Field.Store.YES));
        d.add(new KeywordField(KIND, PART_KIND, Field.Store.NO));
        d.add(new KeywordField(TENANT, tenant.id(), Field.Store.YES));
        d.add(new KeywordField(SOURCE, source, Field.Store.YES));
        d.add(new KeywordField(LOCATION, location, Field.Store.YES));
        d.add(new KeywordField(ITEM, key(tenant, source, item.location()), Field.Store.YES));
        d.add(new KeywordField(PART, part.path(), Field.Store.YES));
        for (String folder : item.folders()) d.add(new KeywordField(FOLDER, folder, Field.Store.NO));
        d.add(new KeywordField(OWNER, item.owner(), Field.Store.YES));
        d.add(new KeywordField(DEPARTMENT, stamp.department(), Field.Store.YES));
        d.add(new LongField(SIZE, item.size(), Field.Store.YES));
        d.add(new LongField(MODIFIED, item.modified().toEpochMilli(), Field.Store.YES));
        d.add(new KeywordField(CONTENT_TYPE, part.contentType(), Field.Store.YES));
        d.add(new KeywordField(STATUS, part.failure() == null ? "SCANNED" : "FAILED", Field.Store.YES));
        if (part.failure() != null) {
            d.add(new KeywordField(FAILURE, part.failure().name(), Field.Store.YES));
            d.add(new StoredField(DETAIL, part.detail()));
        }
        part.counts().forEach((type, n) -> d.add(new IntField(COUNT + type.name(), n, Field.Store.YES)));
        d.add(new IntField(FINDINGS, part.findings(), Field.Store.YES));
        for (String h : part.idHashes()) d.add(new KeywordField(ID_HASH, h, Field.Store.NO));
        for (String h : part.personHashes()) d.add(new SortedSetDocValuesField(PERSON_HASH, prefix(h)));
        for (String h : part.childHashes()) d.add(new SortedSetDocValuesField(CHILD_HASH, prefix(h)));
        if (part.hashesCut()) d.add(new KeywordField(HASHES_CUT, "true", Field.Store.YES));
        for (String m : part.masked()) d.add(new StoredField(MASKED, m));
        part.categories().stream().map(Enum::name).sorted()
                .forEach(c -> d.add(new KeywordField(CATEGORY, c, Field.Store.YES)));
        d.add(new KeywordField(CHILD, Boolean.toString(part.childData()), Field.Store.YES));
        if (part.children() > 0) d.add(new IntField(CHILDREN, part.children(), Field.Store.YES));
        d.add(new IntField(FIRST_RUN, stamp.firstRun(), Field.Store.YES));
        d.add(new IntField(RUN, stamp.run(), Field.Store.YES));
        d.add(new KeywordField(READ_TOKEN, stamp.readToken(), Field.Store.NO));
        return d;
    }

    /** The first 8 bytes of a hash: what reports count distinct persons by. */
    private static BytesRef prefix(String hexHash) {
        return new BytesRef(HexFormat.of().parseHex(hexHash, 0, 16));
    }

    /** Takes out every part of an item: before it is scanned again (a member may be gone), or when it is gone. */
    public void deleteItem(Tenant tenant, String source, String itemLocation) throws IOException {
        writer().deleteDocuments(new Term(ITEM, key(tenant, source, itemLocation)));
    }

    /**
     * The items of a tenant's source in the index, by location, as last read. An item of which only inner
     * parts were written (a reading cut by a kill) is there as {@link Known#PARTIAL}: a rescan reads it
     * again, or takes its parts out if it is gone.
     */
    public Map<String, Known> items(Tenant tenant, String source) throws IOException {
        Map<String, Known> out = new java.util.HashMap<>();
        Set<String> withParts = new java.util.HashSet<>();
        String prefix = key(tenant, source, "");
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            Set<String> fields = Set.of(PART, LOCATION, ITEM, FINGERPRINT, DEPARTMENT, FIRST_RUN, ITEM_FINDINGS, SCHEMA);
            for (ScoreDoc hit : searcher.search(parts(tenant, source), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc, fields);
                if (d.get(PART).isEmpty()) {
                    var schema = d.getField(SCHEMA);
                    boolean current = schema != null && schema.numericValue().intValue() >= CURRENT_SCHEMA;
                    out.put(d.get(LOCATION), new Known(current ? d.get(FINGERPRINT) : "", d.get(DEPARTMENT),
                            d.getField(FIRST_RUN).numericValue().intValue(), d.getField(ITEM_FINDINGS).numericValue().intValue()));
                } else {
                    withParts.add(d.get(ITEM).substring(prefix.length()));
                }
            }
        }
        for (String item : withParts) out.putIfAbsent(item, Known.PARTIAL);
        return out;
    }

    private static Query parts(Tenant tenant, String source) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, PART_KIND)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(TENANT, tenant.id())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SOURCE, source)), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query kind(Tenant tenant, String kind) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(TENANT, tenant.id())), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Records a run's state: at each checkpoint while it runs, and when it ends. */
    public void putRun(Tenant tenant, RunRecord run) throws IOException {
        String key = "run\u0000" + key(tenant, run.source(), Integer.toString(run.number()));
        Document d = new Document();
        d.add(new KeywordField(KEY, key, Field.Store.YES));
        d.add(new KeywordField(KIND, RUN_KIND, Field.Store.NO));
        d.add(new KeywordField(TENANT, tenant.id(), Field.Store.YES));
        d.add(new KeywordField(SOURCE, run.source(), Field.Store.YES));
        d.add(new IntField(RUN, run.number(), Field.Store.YES));
        d.add(new LongField(STARTED, run.started().toEpochMilli(), Field.Store.YES));
        d.add(new LongField(FINISHED, run.complete() ? run.finished().toEpochMilli() : -1, Field.Store.YES));
        RunCounts c = run.counts();
        int[] values = {c.items(), c.read(), c.unchanged(), c.added(), c.changed(), c.removed(), c.newWithFindings(),
            c.resolved(), c.removedWithFindings()};
        for (int i = 0; i < values.length; i++) d.add(new StoredField(RUN_COUNT + RUN_COUNTS[i], values[i]));
        c.failures().forEach((reason, n) -> d.add(new StoredField(RUN_FAILURES + reason.name(), n)));
        writer().updateDocument(new Term(KEY, key), d);
    }

    private static final String[] RUN_COUNTS = {"items", "read", "unchanged", "added", "changed", "removed",
        "newWithFindings", "resolved", "removedWithFindings"};

    /** A tenant's runs, by source and number. */
    public List<RunRecord> runs(Tenant tenant) throws IOException {
        List<RunRecord> out = new ArrayList<>();
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(kind(tenant, RUN_KIND), Math.max(1, reader.maxDoc())).scoreDocs) {
                out.add(run(stored.document(hit.doc)));
            }
        }
        out.sort(java.util.Comparator.comparing(RunRecord::source).thenComparingInt(RunRecord::number));
        return out;
    }

    /** The latest run of a tenant's source, or null if it was never scanned. */
    public RunRecord lastRun(Tenant tenant, String source) throws IOException {
        RunRecord last = null;
        for (RunRecord r : runs(tenant)) if (r.source().equals(source)) last = r;
        return last;
    }

    private static RunRecord run(Document d) {
        int[] v = new int[RUN_COUNTS.length];
        for (int i = 0; i < v.length; i++) v[i] = d.getField(RUN_COUNT + RUN_COUNTS[i]).numericValue().intValue();
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        for (FailureReason r : FailureReason.values()) {
            var f = d.getField(RUN_FAILURES + r.name());
            if (f != null) failures.put(r, f.numericValue().intValue());
        }
        long finished = d.getField(FINISHED).numericValue().longValue();
        return new RunRecord(d.get(SOURCE), d.getField(RUN).numericValue().intValue(),
                java.time.Instant.ofEpochMilli(d.getField(STARTED).numericValue().longValue()),
                finished < 0 ? null : java.time.Instant.ofEpochMilli(finished),
                new RunCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], failures));
    }

    /** A checkpoint: what was put so far survives a crash from here on. */
    public void commit() throws IOException {
        writer().commit();
    }

    /**
     * The locations in one tenant's source tree that hold an identifier with the given keyed hash (a
     * look-up for one person's access or deletion request); never another tenant's.
     */
    public List<String> locationsOf(Tenant tenant, String idHash) throws IOException {
        return partsHolding(tenant, idHash).stream().map(IndexedPart::location).sorted().toList();
    }

    /**
     * Hands every part of one tenant to the consumer, one at a time (a report's single pass over the index:
     * memory stays what the consumer keeps), in no particular order. Never another tenant's.
     */
    public void forEachPart(Tenant tenant, java.util.function.Consumer<IndexedPart> consumer) throws IOException {
        forEach(kind(tenant, PART_KIND), consumer);
    }

    /**
     * The parts of one tenant that hold an identifier with the given keyed hash (a look-up for one person's
     * access or deletion request), by location; never another tenant's.
     */
    public List<IndexedPart> partsHolding(Tenant tenant, String idHash) throws IOException {
        List<IndexedPart> out = new ArrayList<>();
        forEach(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, PART_KIND)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(TENANT, tenant.id())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID_HASH, idHash)), BooleanClause.Occur.FILTER)
                .build(), out::add);
        out.sort(java.util.Comparator.comparing(IndexedPart::source).thenComparing(IndexedPart::location));
        return out;
    }

    private void forEach(Query query, java.util.function.Consumer<IndexedPart> consumer) throws IOException {
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var weight = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
            for (var leaf : reader.leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                var persons = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), PERSON_HASH);
                var children = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), CHILD_HASH);
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    consumer.accept(indexed(stored.document(doc), prefixes(persons, doc), prefixes(children, doc)));
                }
            }
        }
    }

    private static final long[] NONE = new long[0];

    /** A document's hash prefixes in a doc-values field, as longs. */
    private static long[] prefixes(org.apache.lucene.index.SortedSetDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) return NONE;
        long[] out = new long[values.docValueCount()];
        for (int i = 0; i < out.length; i++) {
            BytesRef b = values.lookupOrd(values.nextOrd());
            out[i] = (long) LONGS.get(b.bytes, b.offset);
        }
        return out;
    }

    private static IndexedPart indexed(Document d, long[] personHashes, long[] childHashes) {
        Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        for (IdentifierType t : IdentifierType.values()) {
            var f = d.getField(COUNT + t.name());
            if (f != null) counts.put(t, f.numericValue().intValue());
        }
        Set<no.datakart.patterns.category.Category> categories = java.util.EnumSet.noneOf(no.datakart.patterns.category.Category.class);
        for (String c : d.getValues(CATEGORY)) categories.add(no.datakart.patterns.category.Category.valueOf(c));
        String failure = d.get(FAILURE);
        String itemKey = d.get(ITEM);
        String item = itemKey.substring(itemKey.indexOf('\u0000', itemKey.indexOf('\u0000') + 1) + 1);
        var itemFindings = d.getField(ITEM_FINDINGS);
        var children = d.getField(CHILDREN);
        return new IndexedPart(d.get(SOURCE), item, d.get(PART), d.get(OWNER), d.get(DEPARTMENT),
                d.getField(SIZE).numericValue().longValue(),
                java.time.Instant.ofEpochMilli(d.getField(MODIFIED).numericValue().longValue()), d.get(CONTENT_TYPE),
                failure == null ? null : FailureReason.valueOf(failure), d.get(DETAIL) == null ? "" : d.get(DETAIL),
                counts, d.getField(FINDINGS).numericValue().intValue(),
                itemFindings == null ? -1 : itemFindings.numericValue().intValue(), categories,
                children == null ? 0 : children.numericValue().intValue(), d.get(HASHES_CUT) != null,
                List.of(d.getValues(MASKED)), personHashes, childHashes, d.getField(FIRST_RUN).numericValue().intValue(),
                d.getField(RUN).numericValue().intValue());
    }

    /** The stored fields of a part, for reports and tests; null if it is not in the index. */
    public Document part(Tenant tenant, String source, String location) throws IOException {
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var hits = searcher.search(new TermQuery(new Term(KEY, key(tenant, source, location))), 1).scoreDocs;
            return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
        }
    }

    /**
     * What the index holds of one tenant: items and parts by status, failures by reason, how many items hold
     * findings, and how many parts hold each type of identifier.
     */
    public record Summary(int items, int itemsWithFindings, int parts, Map<String, Integer> byStatus,
                          Map<String, Integer> failures, Map<String, Integer> partsWith) {
    }

    public Summary summary(Tenant tenant) throws IOException {
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        Map<String, Integer> failures = new java.util.TreeMap<>();
        Map<String, Integer> partsWith = new java.util.TreeMap<>();
        int parts = 0;
        int items = 0;
        int itemsWithFindings = 0;
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(kind(tenant, PART_KIND), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                parts++;
                if (d.get(PART).isEmpty()) {
                    items++;
                    if (d.getField(ITEM_FINDINGS).numericValue().intValue() > 0) itemsWithFindings++;
                }
                byStatus.merge(d.get(STATUS), 1, Integer::sum);
                if (d.get(FAILURE) != null) failures.merge(d.get(FAILURE), 1, Integer::sum);
                for (IdentifierType t : IdentifierType.values()) {
                    if (d.get(COUNT + t.name()) != null) partsWith.merge(t.name(), 1, Integer::sum);
                }
            }
        }
        return new Summary(items, itemsWithFindings, parts, byStatus, failures, partsWith);
    }

    /**
     * Every part and run of a tenant as one line of its stored fields but the run's times, sorted: two
     * indexes that hold the same give the same lines (what a test compares after a scan was killed).
     */
    public List<String> dump(Tenant tenant) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader reader = open()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TENANT, tenant.id())), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                StringBuilder line = new StringBuilder();
                d.getFields().stream().filter(f -> !f.name().equals(STARTED) && !f.name().equals(FINISHED))
                                .map(f -> f.name() + "=" + (f.stringValue() != null ? f.stringValue().replace('\u0000', '/') : f.numericValue()))
                        .sorted().forEach(f -> line.append(f).append(' '));
                out.add(line.toString());
            }
        }
        out.sort(null);
        return out;
    }

    /** Parts in the index, all tenants. */
    public int parts() throws IOException {
        try (DirectoryReader reader = open()) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(KIND, PART_KIND)));
        }
    }

    private static String key(Tenant tenant, String source, String location) {
        return tenant.id() + '\u0000' + source + '\u0000' + location;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) writer.close();
        directory.close();
    }
}
