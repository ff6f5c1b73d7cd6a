package no.datakart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled evaluation corpus: text files whose first lines are {@code %% key: value} metadata
 * ({@code kind}, {@code lang}, {@code categories}, {@code marking}), then a blank line, then the body
 * with each signal marked {@code [[TYPE|text as written]]}. Reading one strips the marks and keeps
 * where each labelled span lies in the plain text.
 */
final class LabelledCorpus {
    private LabelledCorpus() {
    }

    /** One labelled span of the plain text. */
    record Label(String type, int start, int end) {
    }

    record Document(String name, Map<String, String> meta, String text, List<Label> labels) {
        Set<String> categories() {
            String c = meta.getOrDefault("categories", "").strip();
            return c.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(c.split("[\\s,]+")));
        }

        boolean marked() {
            return meta.getOrDefault("marking", "").contains("unntatt_offentlighet");
        }
    }

    /** Every {@code .txt} file under {@code dir}, in name order. */
    static List<Document> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no labelled .txt files under " + dir);
        List<Document> docs = new ArrayList<>();
        for (Path f : files) docs.add(parse(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
        return docs;
    }

    static Document parse(String name, String raw) {
        Map<String, String> meta = new HashMap<>();
        String[] lines = raw.split("\n", -1);
        int line = 0;
        int at = 0;
        while (line < lines.length && lines[line].startsWith("%%")) {
            String m = lines[line].substring(2).strip();
            int colon = m.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException(name + ":" + (line + 1) + ": metadata is '%% key: value'");
            meta.put(m.substring(0, colon).strip(), m.substring(colon + 1).strip());
            at += lines[line].length() + 1;
            line++;
        }
        if (line < lines.length && lines[line].isBlank()) at += lines[line].length() + 1;
        String body = raw.substring(Math.min(at, raw.length()));
        StringBuilder text = new StringBuilder(body.length());
        List<Label> labels = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf("[[", i);
            if (open < 0) {
                text.append(body, i, body.length());
                break;
            }
            text.append(body, i, open);
            int bar = body.indexOf('|', open);
            int close = body.indexOf("]]", open);
            if (bar < 0 || close < 0 || bar > close) {
                throw new IllegalArgumentException(name + ": a mark is [[TYPE|text]], near char " + open + " of the body");
            }
            String type = body.substring(open + 2, bar).strip();
            String span = body.substring(bar + 1, close);
            if (span.contains("[[")) throw new IllegalArgumentException(name + ": nested mark near char " + open);
            labels.add(new Label(type, text.length(), text.length() + span.length()));
            text.append(span);
            i = close + 2;
        }
        return new Document(name, meta, text.toString(), labels);
    }
}
