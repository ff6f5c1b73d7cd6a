package no.datakart.core.report.cleanup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.Labels;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/** The columns of a department's two lists, with their headings and words in the report's language. */
final class ListColumns {
    private final Labels words;
    private final Labels common;
    private final Instant now;

    ListColumns(Labels words, Labels common, Instant now) {
        this.words = words;
        this.common = common;
        this.now = now;
    }

    /** The cleanup list: one column per identifier type that occurs in it, in the types' order. */
    Table<CleanupRow> cleanup(List<CleanupRow> rows) {
        List<Table.Column<CleanupRow>> c = new ArrayList<>();
        c.add(text("column.location", CleanupRow::location));
        c.add(text("column.source", CleanupRow::source));
        c.add(text("column.owner", CleanupRow::owner));
        c.add(new Table.Column<>(words.get("column.modified"), Table.Kind.DATE, CleanupRow::modified));
        c.add(text("column.age", r -> common.of(AgeBucket.of(r.modified(), now))));
        c.add(number("column.size", CleanupRow::size));
        c.add(number("column.findings", CleanupRow::findings));
        for (IdentifierType type : IdentifierType.values()) {
            if (rows.stream().anyMatch(r -> r.count(type) > 0)) {
                c.add(new Table.Column<>(common.of(type), Table.Kind.NUMBER, r -> r.count(type)));
            }
        }
        c.add(text("column.categories", r -> categories(r.categories())));
        c.add(text("column.children", r -> yesNo(r.childData())));
        c.add(number("column.innerWithFindings", CleanupRow::innerWithFindings));
        c.add(text("column.innerExamples", this::innerExamples));
        c.add(number("column.unreadParts", CleanupRow::unreadParts));
        c.add(text("column.status", r -> common.of(r.status())));
        c.add(text("column.action", r -> words.of(r.action())));
        c.add(text("column.why", this::why));
        return new Table<>(words.get("sheet.cleanup"), c, rows);
    }

    /** What the scan could not read of the department's items. */
    Table<UnreadPart> unread(List<UnreadPart> parts) {
        List<Table.Column<UnreadPart>> c = List.of(
                new Table.Column<>(words.get("column.location"), Table.Kind.TEXT, UnreadPart::location),
                new Table.Column<>(words.get("column.source"), Table.Kind.TEXT, UnreadPart::source),
                new Table.Column<>(words.get("column.owner"), Table.Kind.TEXT, UnreadPart::owner),
                new Table.Column<>(words.get("column.modified"), Table.Kind.DATE, UnreadPart::modified),
                new Table.Column<>(words.get("column.size"), Table.Kind.NUMBER, UnreadPart::size),
                new Table.Column<>(words.get("column.reason"), Table.Kind.TEXT, p -> common.of(p.reason())),
                new Table.Column<>(words.get("column.detail"), Table.Kind.TEXT, UnreadPart::detail));
        return new Table<>(words.get("sheet.unread"), c, parts);
    }

    /** The row's reason in words, its numbers and categories filled in. */
    String why(CleanupRow row) {
        return words.of(row.why())
                .replace("{categories}", categories(row.categories()))
                .replace("{findings}", Integer.toString(row.findings()))
                .replace("{years}", Integer.toString(SuggestedAction.OLD_YEARS));
    }

    String categories(Set<Category> categories) {
        return categories.stream().map(common::of).collect(Collectors.joining(", "));
    }

    /** The inner documents with the most findings, each with its count, and how many more there are. */
    String innerExamples(CleanupRow row) {
        StringJoiner out = new StringJoiner(" | ");
        for (CleanupRow.InnerDocument d : row.innerExamples()) out.add(d.path() + " (" + d.findings() + ")");
        int more = row.innerWithFindings() - row.innerExamples().size();
        if (more > 0) out.add(words.get("inner.more").replace("{n}", Integer.toString(more)));
        return out.toString();
    }

    String yesNo(boolean b) {
        return words.get(b ? "yes" : "no");
    }

    private Table.Column<CleanupRow> text(String key, java.util.function.Function<CleanupRow, String> value) {
        return new Table.Column<>(words.get(key), Table.Kind.TEXT, value);
    }

    private Table.Column<CleanupRow> number(String key, java.util.function.Function<CleanupRow, Number> value) {
        return new Table.Column<>(words.get(key), Table.Kind.NUMBER, value);
    }
}
