package no.datakart.cli.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document as a small tree in which every key and value keeps its line and column. Read from Jackson's
 * streaming parser rather than into a {@code JsonNode}, which forgets where things were, and keeping each
 * mapping's entries as a list, so a key given twice can be told instead of silently overwritten.
 */
final class Yaml {
    private Yaml() {
    }

    /** A place in the file, both 1-based. */
    record At(int line, int column) implements Comparable<At> {
        static final At START = new At(1, 1);

        @Override
        public int compareTo(At o) {
            return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
        }
    }

    sealed interface Node permits Scalar, Mapping, Sequence {
        At at();
    }

    /** A value as written ({@code 5m}, {@code 1_000}, {@code true}); null for an empty value or {@code ~}. */
    record Scalar(String text, At at) implements Node {
        boolean isNull() {
            return text == null;
        }
    }

    record Mapping(List<Entry> entries, At at) implements Node {
    }

    record Sequence(List<Node> items, At at) implements Node {
    }

    record Entry(String key, At keyAt, Node value) {
        /** Where to point at the value: at the key when there is none (the parser puts an empty one past the colon). */
        At valueAt() {
            return value instanceof Scalar s && s.isNull() ? keyAt : value.at();
        }
    }

    /** The file is not YAML; {@code at} is where the parser gave up. */
    static final class SyntaxError extends Exception {
        final At at;

        SyntaxError(At at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /**
     * The document's root, or null when the text holds none (empty, or only comments). Aliases
     * ({@code *name}) are told to {@code problems} and read as their text: nothing in this file needs them.
     */
    static Node parse(String text, Problems problems) throws SyntaxError {
        YAMLParser p = parser(text);
        try (p) {
            if (p.nextToken() == null) return null;
            Node root = node(p, problems);
            if (p.nextToken() != null) {
                problems.add(at(p.currentTokenLocation()),
                        "a second YAML document ('---') starts here; only one is read: put everything in one");
            }
            return root;
        } catch (JsonProcessingException e) { // the syntax, and the parser's limits (nesting depth, length)
            throw SyntaxErrors.of(e, text, at(p.currentLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String
        }
    }

    private static YAMLParser parser(String text) {
        try {
            return (YAMLParser) FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is there to read
        }
    }

    /** The node whose first token is the parser's current one; leaves the parser on its last token. */
    private static Node node(YAMLParser p, Problems problems) throws IOException {
        At at = at(p.currentTokenLocation());
        switch (p.currentToken()) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    At keyAt = at(p.currentTokenLocation());
                    p.nextToken();
                    entries.add(new Entry(key, keyAt, node(p, problems)));
                }
                return new Mapping(List.copyOf(entries), at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p, problems));
                return new Sequence(List.copyOf(items), at);
            }
            case VALUE_NULL -> {
                return new Scalar(null, at);
            }
            default -> {
                if (p.isCurrentAlias()) {
                    problems.addFirst(at, "an alias ('*" + p.getText() + "') is not supported here: write the value"
                                          + " out in full");
                    return new Scalar("*" + p.getText(), at);
                }
                return new Scalar(p.getText(), at);
            }
        }
    }

    static At at(JsonLocation l) {
        return new At(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
