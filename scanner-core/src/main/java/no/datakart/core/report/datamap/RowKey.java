package no.datakart.core.report.datamap;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where one row of the data map is: a category of personal data in one place. The DPO's purposes are
 * kept against it, matched exactly on these values.
 *
 * @param source     the tenant's source, as the index names it
 * @param department the department of the place, or empty
 * @param topFolder  the first folder of the items' locations ({@code helse} for {@code helse/2024/a.docx}),
 *                   empty for items at the source's root
 */
public record RowKey(DataCategory category, String source, String department, String topFolder)
        implements Comparable<RowKey> {
    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::category)
            .thenComparing(RowKey::source).thenComparing(RowKey::department).thenComparing(RowKey::topFolder);

    public RowKey {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(topFolder, "topFolder");
    }

    /** The first folder of an item's location: {@code helse/2024/a.docx} → {@code helse}, {@code a.docx} → "". */
    public static String topFolder(String itemLocation) {
        int slash = itemLocation.indexOf('/');
        return slash < 0 ? "" : itemLocation.substring(0, slash);
    }

    @Override
    public int compareTo(RowKey o) {
        return ORDER.compare(this, o);
    }
}
