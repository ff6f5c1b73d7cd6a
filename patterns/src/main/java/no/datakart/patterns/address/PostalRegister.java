package no.datakart.patterns.address;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which poststed goes with which postnummer: Bring's postal code register. Reads the shipped snapshot,
 * or a newer copy of Bring's file (tab-separated, postnummer first and poststed second, further columns
 * ignored, an optional header; UTF-8 or Windows-1252, as Bring publishes it). Immutable, thread-safe.
 */
public final class PostalRegister {
    static final String DEFAULT = "/no/datakart/patterns/address/postnummer.tsv";

    private static final String[] NONE = {};
    private final String[][] placesByNumber = new String[10_000][]; // upper-case poststed names
    private final int size;

    private PostalRegister(List<String[]> rows) {
        for (String[] r : rows) {
            int n = Integer.parseInt(r[0]);
            String place = r[1].toUpperCase(Locale.ROOT);
            String[] have = placesByNumber[n];
            if (have == null) placesByNumber[n] = new String[] {place};
            else if (!Arrays.asList(have).contains(place)) {
                placesByNumber[n] = Arrays.copyOf(have, have.length + 1);
                placesByNumber[n][have.length] = place;
            }
        }
        this.size = rows.size();
    }

    private static volatile PostalRegister defaultRegister;

    /** The snapshot shipped with Datakart, loaded once. */
    public static PostalRegister defaults() {
        PostalRegister r = defaultRegister;
        if (r == null) {
            try (InputStream in = PostalRegister.class.getResourceAsStream(DEFAULT)) {
                if (in == null) throw new IllegalStateException("no postal register resource " + DEFAULT);
                defaultRegister = r = parse(in.readAllBytes(), DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return r;
    }

    /** A register file, such as a newer copy of Bring's. */
    public static PostalRegister load(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    static PostalRegister parse(byte[] bytes, String source) {
        String text = decode(bytes);
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected postnummer<TAB>poststed");
            String number = cols[0].strip();
            if (i == 0 && !number.matches("\\d{4}")) continue; // a header
            if (!number.matches("\\d{4}") || cols[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected a four-digit postnummer and a poststed, got '" + line + "'");
            }
            rows.add(new String[] {number, cols[1].strip()});
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(source + ": no postnummer in it");
        return new PostalRegister(rows);
    }

    /** UTF-8 if it is valid UTF-8, else Windows-1252 (Bring's "ANSI" file). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The poststed names of a postnummer, upper case; empty if the register has no such number. */
    String[] places(int postnummer) {
        String[] p = postnummer >= 0 && postnummer < placesByNumber.length ? placesByNumber[postnummer] : null;
        return p == null ? NONE : p;
    }

    /** Rows read. */
    public int size() {
        return size;
    }
}
