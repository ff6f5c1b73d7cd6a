package no.datakart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.datakart.core.OwnerOnly;
import no.datakart.core.Tenant;

/**
 * The record of who looked up persons, when, in which tenant, why and with how many hits: one JSON object
 * a line in {@code DIR/audit/lookups.jsonl}, appended, readable by its owner only. It never holds a number
 * or its hash: the log says a look-up happened, not whom it was about.
 */
final class AuditLog {
    private final Path file;

    AuditLog(Path data) throws IOException {
        Path dir = data.resolve("audit");
        OwnerOnly.directory(dir);
        this.file = dir.resolve("lookups.jsonl");
    }

    Path file() {
        return file;
    }

    void lookup(Instant when, Tenant tenant, String purpose, int numbers, int hits) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", when.toString());
        entry.put("user", System.getProperty("user.name"));
        entry.put("tenant", tenant.id());
        entry.put("purpose", purpose.strip());
        entry.put("numbers", numbers);
        entry.put("hits", hits);
        byte[] line = (new ObjectMapper().writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        // one write of one line with O_APPEND: two look-ups at once never interleave within a line
        Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        OwnerOnly.file(file);
    }
}
