package no.datakart.cli.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a document says, apart from the format it is written in: every writer renders the same blocks,
 * so one letter can be a .docx, a .pdf or a .txt.
 */
record Doc(String title, List<Block> blocks) {

    sealed interface Block permits Heading, Para, Table {
    }

    record Heading(String text) implements Block {
    }

    /** A paragraph; a {@code \n} in it is a line break (a letterhead, an address). */
    record Para(String text) implements Block {
    }

    /** A table with a header row, every row as long as the header. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        Table {
            for (List<String> row : rows) {
                if (row.size() != header.size()) throw new IllegalArgumentException("row of " + row.size() + " under " + header);
            }
        }
    }

    /** The tables only, for formats that hold nothing else (CSV). */
    List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Builds a document block by block. */
    static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();
        private List<String> header;
        private List<List<String>> rows;

        Builder(String title) {
            this.title = title;
        }

        Builder heading(String text) {
            endTable();
            blocks.add(new Heading(text));
            return this;
        }

        /** A paragraph of the parts joined. */
        Builder para(Object... parts) {
            endTable();
            StringBuilder b = new StringBuilder();
            for (Object p : parts) b.append(p);
            blocks.add(new Para(b.toString()));
            return this;
        }

        Builder table(String... header) {
            endTable();
            this.header = List.of(header);
            this.rows = new ArrayList<>();
            return this;
        }

        Builder row(String... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        private void endTable() {
            if (header != null) blocks.add(new Table(header, List.copyOf(rows)));
            header = null;
        }

        Doc build() {
            endTable();
            return new Doc(title, List.copyOf(blocks));
        }
    }
}
