package no.datakart.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes what {@code body} writes to {@code target}, replacing it only once the whole was written. */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            OwnerOnly.file(tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
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
