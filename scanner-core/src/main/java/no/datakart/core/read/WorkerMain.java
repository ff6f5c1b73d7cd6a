package no.datakart.core.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import no.datakart.core.FailureReason;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.PartRecord;
import no.datakart.core.pseudonym.Pseudonymiser;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;

/**
 * The worker process: reads the items a scan sends it, as many at once as it has threads (the others wait
 * their turn in a queue, so a thread never waits for the scan), and answers with
 * their part records, each frame naming its item. It holds the text; the scan gets hashes, counts and masked
 * examples. The scan kills it when an item takes longer than its limit, and it exits by itself when a parser
 * runs it out of memory ({@code -XX:+ExitOnOutOfMemoryError}) or breaks the JVM's state: either way the scan
 * sorts out which item was to blame and starts a new one. Its standard output carries only frames (anything
 * a parser prints goes to standard error, which the scan reads and drops).
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        if (in.readInt() != Wire.MAGIC) throw new IOException("not started by a Datakart scan");
        byte[] key = in.readNBytes(in.readInt());
        DetectorSettings settings = DetectorSettings.defaults().withReferenceDate(LocalDate.ofEpochDay(in.readLong()))
                .withMinConfidence(Confidence.valueOf(Wire.readString(in)));
        Extractor.Limits limits = new Extractor.Limits(in.readLong(), in.readInt());
        int threads = in.readInt();
        DetectorSet detectors = new DetectorSet(settings);
        Extractor extractor = new Extractor(limits);
        // a Mac is one thread's: a reader each
        ThreadLocal<InProcessReader> readers = ThreadLocal.withInitial(
                () -> new InProcessReader(detectors, extractor, new Pseudonymiser(key)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(null, r, "datakart-worker", 0));
        Frames frames = new Frames(out);
        frames.ready();
        frames.flushEvery();
        try {
            for (byte tag = in.readByte(); tag == Wire.ITEM; tag = in.readByte()) {
                int id = in.readInt();
                String name = Wire.readString(in);
                Path file = Path.of(Wire.readString(in));
                pool.execute(() -> read(readers.get(), frames, id, name, file));
            }
        } catch (EOFException e) {
            System.exit(2); // the scan is gone
        }
        // QUIT: the scan sends it with nothing in flight; the JVM then ends normally (and writes its class archive)
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    private static void read(InProcessReader reader, Frames frames, int id, String name, Path file) {
        try {
            frames.begin(id);
            reader.read(Optional.of(file), () -> { throw new IllegalStateException("a worker reads files"); }, name,
                    path -> frames.started(id, path), record -> frames.part(id, record));
            frames.done(id);
        } catch (UncheckedIOException e) {
            System.exit(2); // the scan is gone
        } catch (Error e) { // a parser left the JVM in a state not to trust: the scan retries the others elsewhere
            frames.fatal(id, FailureReason.PARSER_CRASH, e.getClass().getSimpleName());
            System.exit(1);
        }
    }

    /** The frames to the scan, one whole frame at a time whichever thread writes. */
    private record Frames(DataOutputStream out) {
        static final long FLUSH_EVERY_MS = 100;

        /** Sends what waits, now and then, from a thread of its own. */
        void flushEvery() {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(FLUSH_EVERY_MS);
                        flush();
                    }
                } catch (InterruptedException | IOException e) {
                    // the process is ending
                }
            }, "datakart-worker-flush");
            t.setDaemon(true);
            t.start();
        }

        synchronized void flush() throws IOException {
            out.flush();
        }

        synchronized void ready() throws IOException {
            out.writeByte(Wire.READY);
            out.writeInt(Wire.MAGIC);
            out.flush();
        }

        /** A thread begins the item, which may have waited behind others: sent within {@link #FLUSH_EVERY_MS}. */
        synchronized void begin(int id) {
            try {
                out.writeByte(Wire.BEGIN);
                out.writeInt(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A part begins: sent within {@link #FLUSH_EVERY_MS}, so the scan knows where a parser was if it has to
         * kill it; not at once, which would cost a write and a wake-up in the scan for every part.
         */
        synchronized void started(int id, String path) {
            try {
                out.writeByte(Wire.START);
                out.writeInt(id);
                Wire.writeString(out, path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A part ended: sent at once (what a crash must not lose), but the item's own, which its end follows. */
        synchronized void part(int id, PartRecord record) {
            try {
                Wire.writeRecord(out, id, record);
                if (!record.path().isEmpty()) out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void done(int id) {
            try {
                out.writeByte(Wire.DONE);
                out.writeInt(id);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void fatal(int id, FailureReason reason, String detail) {
            try {
                out.writeByte(Wire.FATAL);
                out.writeInt(id);
                Wire.writeString(out, reason.name());
                Wire.writeString(out, detail);
                out.flush();
            } catch (IOException e) {
                // the scan will see the exit instead
            }
        }
    }
}
