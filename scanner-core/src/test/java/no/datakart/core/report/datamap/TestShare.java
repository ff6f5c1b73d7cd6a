package no.datakart.core.report.datamap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.datakart.core.FailureReason;
import no.datakart.core.Tenant;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.PartRecord;
import no.datakart.core.report.Language;
import no.datakart.core.report.ReportContext;
import no.datakart.core.source.Item;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * A real findings index on disk, written as a scan writes it ({@code putItem}, {@code putMember}), with parts
 * made up in a line. Persons are keyed hashes of made-up names: no identity number appears anywhere.
 */
final class TestShare implements AutoCloseable {
    static final Tenant NORDBY = new Tenant("nordby");
    static final Tenant SOLVIK = new Tenant("solvik");
    static final String SHARE = "fs:/srv/share";
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final FindingsIndex index;

    TestShare(Path dir) throws IOException {
        index = new FindingsIndex(dir);
    }

    static ReportContext context(Tenant tenant) {
        return context(tenant, NOW, Language.NB);
    }

    static ReportContext context(Tenant tenant, Instant now, Language language) {
        return new ReportContext(tenant, null, now, language, Map.of());
    }

    /** A file of the share, in a department, modified then, holding what the part says. */
    TestShare file(Tenant tenant, String location, String department, Instant modified, Part part) throws IOException {
        PartRecord own = part.record("");
        index.putItem(tenant, SHARE, item(location, modified), own, stamp(department), own.findings(), false);
        return this;
    }

    /** An archive (or an e-mail): its own part holds nothing, its members what they say. */
    TestShare archive(Tenant tenant, String location, String department, Instant modified, Map<String, Part> members)
            throws IOException {
        Item item = item(location, modified);
        int findings = 0;
        for (var m : members.entrySet()) {
            PartRecord r = m.getValue().record(m.getKey());
            index.putMember(tenant, SHARE, item, r, stamp(department));
            findings += r.findings();
        }
        index.putItem(tenant, SHARE, item, new Part().record(""), stamp(department), findings, false);
        return this;
    }

    DataMap map(Tenant tenant) throws IOException {
        return DataMap.of(index, context(tenant));
    }

    private static Item item(String location, Instant modified) {
        return new Item(location, 1000, modified, "fingerprint of " + location, "kari");
    }

    private static FindingsIndex.Stamp stamp(String department) {
        return new FindingsIndex.Stamp(department, 1, 1, "reading-1");
    }

    /** A moment so many days before the report. */
    static Instant daysAgo(long days) {
        return NOW.minus(java.time.Duration.ofDays(days));
    }

    static Instant yearsAgo(int years, int plusDays) {
        return NOW.atZone(ZoneOffset.UTC).minusYears(years).plusDays(plusDays).toInstant();
    }

    /** The tenant's keyed hash of a made-up person: 64 hex digits, as the index takes it. */
    static String hash(String person) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("made-up person " + person).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** What a part holds: a builder. */
    static final class Part {
        private final Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        private final List<String> persons = new ArrayList<>();
        private final Set<Category> categories = EnumSet.noneOf(Category.class);
        private int children;
        private boolean cut;
        private FailureReason failure;

        Part found(IdentifierType type, int n) {
            counts.merge(type, n, Integer::sum);
            return this;
        }

        /** Identity numbers of these made-up persons, one finding each. */
        Part persons(String... names) {
            for (String n : names) persons.add(hash(n));
            return found(IdentifierType.FODSELSNUMMER, names.length);
        }

        Part words(Category... cs) {
            categories.addAll(List.of(cs));
            return this;
        }

        Part children(int n) {
            children = n;
            return this;
        }

        Part cut() {
            cut = true;
            return this;
        }

        Part failed(FailureReason reason) {
            failure = reason;
            return this;
        }

        PartRecord record(String path) {
            return new PartRecord(path, "application/test", failure, failure == null ? "" : "made up", counts,
                    persons, persons, persons.subList(0, Math.min(children, persons.size())), cut, List.of(), children,
                    categories); // the first `children` persons are the children
        }
    }

    static Part part() {
        return new Part();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
