package no.datakart.patterns.category;

/**
 * How a category showed in one document.
 *
 * @param hits     terms of the category found, each occurrence counted
 * @param distinct different terms among them
 * @param score    the hits' weights summed
 * @param present  whether that is enough, for the length of the document, to say it holds the category
 */
public record CategoryCount(Category category, int hits, int distinct, int score, boolean present) {
}
