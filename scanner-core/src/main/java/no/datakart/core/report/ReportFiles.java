package no.datakart.core.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import no.datakart.core.OwnerOnly;

/**
 * How report files are written: whole or not at all (a temporary file beside the target, moved into place,
 * so a reader never opens half a report and a failed run leaves the last good one), readable by their
 * owner only (a report says where personal data is), and JSON as the reports' records are.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes what {@code body} writes to {@code target}: into a temporary file beside it (owner only), forced
     * to disk, then moved into place. The body may close the stream it is given (a CSV printer does): that
     * only flushes.
     */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            OwnerOnly.file(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.write(unclosable(out));
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target)) copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes text as UTF-8, as {@link #write} writes bytes. */
    public static void writeText(Path target, TextBody body) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    /** Writes text as {@link #writeText} does, keeping the version it replaces as {@code <name>.bak}. */
    public static void writeKeepingBackup(Path target, TextBody body) throws IOException {
        if (Files.exists(target)) {
            Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        writeText(target, body);
    }

    /** What writes a text file. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /** New files are the owner's only; a file replaced keeps its permissions (it may have been opened up on purpose). */
    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: it has its own rules
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Writes a value as indented JSON; instants as ISO-8601 text. */
    public static void writeJson(Path target, Object value) throws IOException {
        write(target, out -> JSON.writeValue(out, value));
    }

    /** What goes into a file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The reports' JSON: records as objects, instants as text, indented for a person to read too. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("datakart-report").addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
}
