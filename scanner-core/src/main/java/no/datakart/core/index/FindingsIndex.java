package no.datakart.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import no.datakart.core.OwnerOnly;
import no.datakart.core.Tenant;
import no.datakart.core.detect.PartScanner.PartResult;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.core.source.Item;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.Finding;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.CategoryCount;

/**
 * The findings index: one Lucene document per part of an item (the file itself, each archive member, each
 * attachment), keyed by tenant, source and location, replaced when the part is scanned again. A part's
 * identifiers are kept as the tenant's keyed hashes (for a look-up of one person) and a few masked
 * examples (for a person to see what kind of thing was found); never in clear text. Commits are the scan's
 * checkpoints. The index directory is made readable by its owner only.
 */
public final class FindingsIndex implements Closeable {
    static final String KEY = "key";
    static final String TENANT = "tenant";
    static final String SOURCE = "source";
    static final String LOCATION = "location";
    static final String ITEM = "item";          // the item a part belongs to: all its parts go when it changes
    static final String PART = "part";          // the part's path in its item, "" for the item itself
    static final String FOLDER = "folder";
    static final String OWNER = "owner";
    static final String SIZE = "size";
    static final String MODIFIED = "modified";
    static final String CONTENT_TYPE = "contentType";
    static final String STATUS = "status";
    static final String FAILURE = "failure";
    static final String DETAIL = "detail";
    static final String COUNT = "count.";
    static final String CATEGORY = "category";
    static final String ID_HASH = "idHash";
    static final String MASKED = "masked";
    static final String CHILD = "childData";
    static final String FINGERPRINT = "fingerprint";
    static final String RUN = "run";
    /** Masked examples kept per part. */
    static final int EXAMPLES = 5;

    private final FSDirectory directory;
    private final IndexWriter writer;

    public FindingsIndex(Path dir) throws IOException {
        OwnerOnly.directory(dir);
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** Where a part is: its item's location, and for a part inside it {@code !} and its path there. */
    public static String location(Item item, String partPath) {
        return partPath.isEmpty() ? item.location() : item.location() + "!" + partPath;
    }

    /** Records what one part of an item holds, replacing what an earlier scan recorded of it. */
    public void put(Tenant tenant, String source, Item item, PartResult part, Pseudonymiser hashes, String run)
            throws IOException {
        String location = location(item, part.path());
        String key = key(tenant, source, location);
        Document d = new Document();
        d.add(new KeywordField(KEY, key, Field.Store.YES));
        d.add(new KeywordField(TENANT, tenant.id(), Field.Store.YES));
        d.add(new KeywordField(SOURCE, source, Field.Store.YES));
        d.add(new KeywordField(LOCATION, location, Field.Store.YES));
        d.add(new KeywordField(ITEM, key(tenant, source, item.location()), Field.Store.NO));
        d.add(new KeywordField(PART, part.path(), Field.Store.YES));
        for (String folder : item.folders()) d.add(new KeywordField(FOLDER, folder, Field.Store.NO));
        d.add(new KeywordField(OWNER, item.owner(), Field.Store.YES));
        d.add(new LongField(SIZE, item.size(), Field.Store.YES));
        d.add(new LongField(MODIFIED, item.modified().toEpochMilli(), Field.Store.YES));
        d.add(new KeywordField(CONTENT_TYPE, part.contentType(), Field.Store.YES));
        d.add(new KeywordField(STATUS, part.failure() == null ? "SCANNED" : "FAILED", Field.Store.YES));
        if (part.failure() != null) {
            d.add(new KeywordField(FAILURE, part.failure().name(), Field.Store.YES));
            d.add(new StoredField(DETAIL, part.detail()));
        }
        Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        Set<String> idHashes = new TreeSet<>();
        Set<String> examples = new LinkedHashSet<>();
        boolean child = false;
        for (Finding f : part.findings()) {
            counts.merge(f.type(), 1, Integer::sum);
            idHashes.add(hashes.hash(f.value()));
            if (examples.size() < EXAMPLES) examples.add(f.masked());
            child |= f.details() instanceof FnrDetails fd && fd.child();
        }
        counts.forEach((type, n) -> d.add(new IntField(COUNT + type.name(), n, Field.Store.YES)));
        for (String h : idHashes) d.add(new KeywordField(ID_HASH, h, Field.Store.NO));
        for (String m : examples) d.add(new StoredField(MASKED, m));
        for (CategoryCount c : part.categories().counts()) {
            if (c.present()) d.add(new KeywordField(CATEGORY, c.category().name(), Field.Store.YES));
        }
        d.add(new KeywordField(CHILD, Boolean.toString(child), Field.Store.YES));
        d.add(new StoredField(FINGERPRINT, item.fingerprint()));
        d.add(new KeywordField(RUN, run, Field.Store.YES));
        writer.updateDocument(new Term(KEY, key), d);
    }

    /** Takes out every part of an item: before it is scanned again (a member may be gone), or when it is gone. */
    public void deleteItem(Tenant tenant, String source, String itemLocation) throws IOException {
        writer.deleteDocuments(new Term(ITEM, key(tenant, source, itemLocation)));
    }

    /** The items of a tenant's source in the index, by location, with the fingerprint each was scanned at. */
    public Map<String, String> fingerprints(Tenant tenant, String source) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TENANT, tenant.id())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SOURCE, source)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(PART, "")), BooleanClause.Occur.FILTER) // the items themselves
                    .build();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc, Set.of(LOCATION, FINGERPRINT));
                out.put(d.get(LOCATION), d.get(FINGERPRINT));
            }
        }
        return out;
    }

    /** A checkpoint: what was put so far survives a crash from here on. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * The locations in one tenant's source tree that hold an identifier with the given keyed hash (a
     * look-up for one person's access or deletion request); never another tenant's.
     */
    public List<String> locationsOf(Tenant tenant, String idHash) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TENANT, tenant.id())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ID_HASH, idHash)), BooleanClause.Occur.FILTER)
                    .build();
            List<String> out = new ArrayList<>();
            var storedFields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
                out.add(storedFields.document(hit.doc).get(LOCATION));
            }
            out.sort(null);
            return out;
        }
    }

    /** The stored fields of a part, for reports and tests; null if it is not in the index. */
    public Document part(Tenant tenant, String source, String location) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var hits = searcher.search(new TermQuery(new Term(KEY, key(tenant, source, location))), 1).scoreDocs;
            return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
        }
    }

    /**
     * What the index holds of one tenant: parts by status, failures by reason, and how many parts hold each
     * type of identifier.
     */
    public record Summary(int parts, Map<String, Integer> byStatus, Map<String, Integer> failures,
                          Map<String, Integer> partsWith) {
    }

    public Summary summary(Tenant tenant) throws IOException {
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        Map<String, Integer> failures = new java.util.TreeMap<>();
        Map<String, Integer> partsWith = new java.util.TreeMap<>();
        int parts = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TENANT, tenant.id())), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                parts++;
                byStatus.merge(d.get(STATUS), 1, Integer::sum);
                if (d.get(FAILURE) != null) failures.merge(d.get(FAILURE), 1, Integer::sum);
                for (IdentifierType t : IdentifierType.values()) {
                    if (d.get(COUNT + t.name()) != null) partsWith.merge(t.name(), 1, Integer::sum);
                }
            }
        }
        return new Summary(parts, byStatus, failures, partsWith);
    }

    /**
     * Every part of a tenant as one line of its stored fields but the scan run, in location order: two
     * indexes that hold the same give the same lines (what a test compares after a scan was killed).
     */
    public List<String> dump(Tenant tenant) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TENANT, tenant.id())), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                StringBuilder line = new StringBuilder();
                d.getFields().stream().filter(f -> !f.name().equals(RUN))
                        .map(f -> f.name() + "=" + (f.stringValue() != null ? f.stringValue() : f.numericValue()))
                        .sorted().forEach(f -> line.append(f).append(' '));
                out.add(line.toString());
            }
        }
        out.sort(null);
        return out;
    }

    /** Parts in the index, all tenants. */
    public int parts() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        }
    }

    private static String key(Tenant tenant, String source, String location) {
        return tenant.id() + '\u0000' + source + '\u0000' + location;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }
}
