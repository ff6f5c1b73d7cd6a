package no.datakart.core.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import no.datakart.core.FailureReason;
import no.datakart.core.extract.Extractor;
import no.datakart.core.extract.PartSink;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/**
 * The worker process: reads the items a scan sends it, one at a time, and answers with their part records.
 * It holds the text; the scan gets hashes, counts and masked examples. The scan kills it when an item takes
 * longer than its limit, and it exits by itself when a parser runs it out of memory
 * ({@code -XX:+ExitOnOutOfMemoryError}) or breaks the JVM's state: either way the scan records the item's
 * reason and starts a new one. Its standard output carries only frames (anything a parser prints goes to
 * standard error, which the scan reads and drops).
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        if (in.readInt() != Wire.MAGIC) throw new IOException("not started by a Datakart scan");
        byte[] key = in.readNBytes(in.readInt());
        DetectorSettings settings = DetectorSettings.defaults().withReferenceDate(LocalDate.ofEpochDay(in.readLong()))
                .withMinConfidence(Confidence.valueOf(Wire.readString(in)));
        Extractor.Limits limits = new Extractor.Limits(in.readLong(), in.readInt());
        InProcessReader reader = new InProcessReader(new DetectorSet(settings), new Extractor(limits), new Pseudonymiser(key));
        out.writeByte(Wire.READY);
        out.flush();
        while (in.readByte() == Wire.ITEM) {
            String name = Wire.readString(in);
            Path file = Path.of(Wire.readString(in));
            try {
                reader.read(Optional.of(file), () -> { throw new IllegalStateException("a worker reads files"); }, name,
                        path -> send(out, Wire.START, path), record -> send(out, record));
                out.writeByte(Wire.DONE);
                out.flush();
            } catch (UncheckedIOException e) {
                System.exit(2); // the scan is gone
            } catch (Error e) { // a parser left the JVM in a state not to trust: a new worker takes the next item
                fatal(out, FailureReason.PARSER_CRASH, e.getClass().getSimpleName());
            }
        }
    }

    private static void fatal(DataOutputStream out, FailureReason reason, String detail) throws IOException {
        out.writeByte(Wire.FATAL);
        Wire.writeString(out, reason.name());
        Wire.writeString(out, detail);
        out.flush();
        System.exit(1);
    }

    private static void send(DataOutputStream out, PartRecord record) {
        try {
            Wire.writeRecord(out, record);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part begins: sent at once, so the scan knows where a parser was if it has to kill it. */
    private static void send(DataOutputStream out, byte tag, String path) {
        try {
            out.writeByte(tag);
            Wire.writeString(out, path);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
