package no.datakart.patterns;

import java.util.Objects;

/**
 * One identifier found in a text.
 *
 * <p>{@code value} is the identifier in clear text, normalised (digits only). It exists so the caller
 * can hash it; it must never be printed, logged or stored. {@link #toString()} and {@link #masked()}
 * never show it whole.
 *
 * @param type       what it identifies
 * @param start      UTF-16 offset of its first char in the stream
 * @param end        UTF-16 offset just past its last char
 * @param score      confidence score in [0, 1]
 * @param confidence the level of {@code score}
 * @param value      the normalised identifier, clear text: hash it, never show it
 * @param details    what the type's detector knows beyond that
 */
public record Finding(IdentifierType type, long start, long end, double score, Confidence confidence,
                      String value, Details details) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** The identifier masked for display: the birth-date part shown, the personnummer hidden. */
    public String masked() {
        return Masking.mask(type, value);
    }

    @Override
    public String toString() {
        return "Finding[" + type + " " + start + ".." + end + " " + confidence + " " + masked() + "]";
    }
}
