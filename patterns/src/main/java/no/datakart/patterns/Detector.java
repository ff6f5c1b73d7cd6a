package no.datakart.patterns;

import java.util.ArrayList;
import java.util.List;

/** Finds identifiers in text. Thread-safe; each stream it opens is for one thread and one text. */
public interface Detector {

    DetectionStream open(FindingSink sink);

    /** Every finding in a text already in memory. */
    default List<Finding> findAll(CharSequence text) {
        List<Finding> found = new ArrayList<>();
        DetectionStream stream = open(found::add);
        stream.feed(text);
        stream.finish();
        return found;
    }
}
