package no.datakart.patterns.category;

import java.util.List;

/**
 * The categories of one document.
 *
 * @param words               words in it, the measure of density
 * @param counts              one entry per category that showed at all, in {@link Category} order
 * @param unntattOffentlighet whether it carries the {@code Unntatt offentlighet … § 13} marking
 */
public record DocumentCategories(long words, List<CategoryCount> counts, boolean unntattOffentlighet) {
    public static final DocumentCategories NONE = new DocumentCategories(0, List.of(), false);

    public DocumentCategories {
        counts = List.copyOf(counts);
    }

    /** The categories judged present. */
    public List<Category> present() {
        return counts.stream().filter(CategoryCount::present).map(CategoryCount::category).toList();
    }
}
