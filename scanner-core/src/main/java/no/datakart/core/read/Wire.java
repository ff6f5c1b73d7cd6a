package no.datakart.core.read;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.datakart.core.FailureReason;
import no.datakart.core.index.PartRecord;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * The frames between a scan and its worker process, over the worker's standard input and output. What
 * crosses is requests, part records (hashes, counts, masked examples) and failures: never text, never an
 * identifier in clear. Enums travel by name, so a frame means the same in both processes whatever their order.
 */
final class Wire {
    static final int MAGIC = 0x444b5731; // "DKW1"

    // scan -> worker; after the handshake, every frame but READY and QUIT names its item by a number
    static final byte ITEM = 'I';    // id, name, file
    static final byte QUIT = 'Q';    // sent with no item in flight
    // worker -> scan
    static final byte READY = 'R';   // then MAGIC
    static final byte BEGIN = 'B';   // a worker thread begins the item (its time starts): id
    static final byte START = 'S';   // a part begins: id, its path
    static final byte PART = 'P';    // a part ended: id, its record
    static final byte DONE = 'D';    // the item is read: id
    static final byte FATAL = 'F';   // the worker cannot go on: id of the item to blame, reason, detail; it exits after this

    private Wire() {
    }

    /**
     * Reads up to the {@link #READY} frame ({@code READY} and {@link #MAGIC}), past whatever else came first: a
     * JVM agent from {@code JAVA_TOOL_OPTIONS} may print to standard output before the worker's main runs.
     */
    static void awaitReady(DataInputStream in) throws IOException {
        long seen = 0;
        long ready = ((long) READY & 0xff) << 32 | (MAGIC & 0xffffffffL);
        for (int n = 0; n < 1 << 16; n++) {
            seen = (seen << 8 | in.readUnsignedByte()) & 0xff_ffff_ffffL;
            if (seen == ready) return;
        }
        throw new IOException("no ready frame in the first 64 KiB");
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) throw new IOException("bad frame: a string of " + n + " bytes");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** What a hash in a part record identifies: a person by an identity number; a child, too. */
    private static final int PERSON_HASH = 1;
    private static final int CHILD_HASH = 2;

    static void writeRecord(DataOutputStream out, int id, PartRecord r) throws IOException {
        out.writeByte(PART);
        out.writeInt(id);
        writeString(out, r.path());
        writeString(out, r.contentType());
        writeString(out, r.failure() == null ? "" : r.failure().name());
        writeString(out, r.detail());
        out.writeInt(r.counts().size());
        for (var e : r.counts().entrySet()) {
            writeString(out, e.getKey().name());
            out.writeInt(e.getValue());
        }
        out.writeInt(r.idHashes().size());
        java.util.Set<String> persons = new java.util.HashSet<>(r.personHashes());
        java.util.Set<String> children = new java.util.HashSet<>(r.childHashes());
        for (String h : r.idHashes()) {
            writeString(out, h);
            out.writeByte((persons.contains(h) ? PERSON_HASH : 0) | (children.contains(h) ? CHILD_HASH : 0));
        }
        out.writeBoolean(r.hashesCut());
        out.writeInt(r.masked().size());
        for (String m : r.masked()) writeString(out, m);
        out.writeInt(r.children());
        out.writeInt(r.categories().size());
        for (Category c : r.categories()) writeString(out, c.name());
    }

    /** A record, its {@link #PART} tag and item number already read. */
    static PartRecord readRecord(DataInputStream in) throws IOException {
        String path = readString(in);
        String type = readString(in);
        String failure = readString(in);
        String detail = readString(in);
        Map<IdentifierType, Integer> counts = new EnumMap<>(IdentifierType.class);
        for (int i = count(in, IdentifierType.values().length); i > 0; i--) counts.put(IdentifierType.valueOf(readString(in)), in.readInt());
        List<String> hashes = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        List<String> childHashes = new ArrayList<>();
        for (int i = count(in, PartRecord.MAX_HASHES); i > 0; i--) {
            String h = readString(in);
            hashes.add(h);
            int kind = in.readByte();
            if ((kind & PERSON_HASH) != 0) persons.add(h);
            if ((kind & CHILD_HASH) != 0) childHashes.add(h);
        }
        boolean cut = in.readBoolean();
        List<String> masked = new ArrayList<>();
        for (int i = count(in, PartRecord.EXAMPLES); i > 0; i--) masked.add(readString(in));
        int children = in.readInt();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (int i = count(in, Category.values().length); i > 0; i--) categories.add(Category.valueOf(readString(in)));
        return new PartRecord(path, type, failure.isEmpty() ? null : FailureReason.valueOf(failure), detail, counts,
                hashes, persons, childHashes, cut, masked, children, categories);
    }

    private static int count(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) throw new IOException("bad frame: " + n + " entries where at most " + max + " fit");
        return n;
    }
}
