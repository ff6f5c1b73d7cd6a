package no.datakart.core.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.datakart.core.FailureReason;
import no.datakart.core.extract.PartSink;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.CategoryCount;
import no.datakart.patterns.set.DetectorSet;

/**
 * Runs the detector set over each part of an item as the extractor streams it, and keeps of each finding
 * only what the index keeps: its type counted, its keyed hash, a few masked examples. Memory stays bounded
 * whatever the part holds (a register dump of millions of numbers keeps {@link PartRecord#MAX_HASHES}
 * hashes). Parts nest as the extractor tells them, so each open part has a stream of its own, fed in
 * chunks ({@link BufferedFeed}). Each part's record goes to the consumer when the part ends. One per item
 * and thread.
 */
public final class PartScanner implements PartSink {

    private final DetectorSet detectors;
    private final Pseudonymiser hashes;
    private final Consumer<PartRecord> out;
    private final Deque<Open> open = new ArrayDeque<>();

    public PartScanner(DetectorSet detectors, Pseudonymiser hashes, Consumer<PartRecord> out) {
        this.detectors = detectors;
        this.hashes = hashes;
        this.out = out;
    }

    /** One part being read: its stream and what is kept of its findings so far. */
    private final class Open {
        final String path;
        final BufferedFeed feed;
        final Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        final Set<String> idHashes = new HashSet<>();
        final Set<String> personHashes = new HashSet<>();
        final Set<String> childHashes = new HashSet<>();
        final List<String> masked = new ArrayList<>();
        boolean hashesCut;
        int children;

        Open(String path) {
            this.path = path;
            this.feed = new BufferedFeed(detectors.open(this::found));
        }

        void found(Finding f) {
            counts.merge(f.type(), 1, Integer::sum);
            if (!hashesCut) { // once cut, a register dump's millions of numbers are counted, not hashed
                String hash = hashes.hash(f.value());
                if (idHashes.size() < PartRecord.MAX_HASHES || idHashes.contains(hash)) {
                    idHashes.add(hash);
                    if (PartRecord.identifiesPerson(f.type())) {
                        personHashes.add(hash);
                        if (f.details() instanceof FnrDetails fd && fd.child()) childHashes.add(hash);
                    }
                } else {
                    hashesCut = true;
                }
            }
            if (masked.size() < PartRecord.EXAMPLES) {
                String m = f.masked();
                if (!masked.contains(m)) masked.add(m);
            }
            if (f.details() instanceof FnrDetails fd && fd.child()) children++;
        }

        PartRecord end(String contentType, FailureReason failure, String detail) {
            DetectionStream stream = feed.finish();
            Set<no.datakart.patterns.category.Category> present = new HashSet<>();
            for (CategoryCount c : stream.categories().counts()) if (c.present()) present.add(c.category());
            return new PartRecord(path, contentType, failure, detail, counts, idHashes.stream().sorted().toList(),
                    personHashes.stream().sorted().toList(), childHashes.stream().sorted().toList(), hashesCut, masked, children, present);
        }
    }

    @Override
    public void start(String path) {
        open.push(new Open(path));
    }

    @Override
    public void text(char[] chars, int offset, int length) {
        open.getFirst().feed.add(chars, offset, length);
    }

    @Override
    public void end(String contentType, FailureReason failure, String detail) {
        out.accept(open.pop().end(contentType, failure, detail));
    }
}
