package no.datakart.patterns;

/** Receives findings in text order. */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding);
}
