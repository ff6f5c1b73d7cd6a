package no.datakart.core.pseudonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.Tenant;

class PseudonymiserTest {
    static final Tenant NORDBY = new Tenant("nordby");
    static final Tenant SOLVIK = new Tenant("solvik-kommune");

    @TempDir
    Path data;

    @Test
    void aKeyIsMadeAtFirstUseReadableByItsOwnerOnlyAndKept() throws IOException {
        Path dir = data.resolve("keys");
        TenantKeyStore store = new TenantKeyStore(dir);
        byte[] key = store.key(NORDBY);
        assertEquals(TenantKeyStore.KEY_BYTES, key.length);
        Path file = store.file(NORDBY);
        assertArrayEquals(key, Files.readAllBytes(file));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(key, store.key(NORDBY));
        assertArrayEquals(key, new TenantKeyStore(dir).key(NORDBY), "a new process reads the same key");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void hashesAreHmacSha256UnderTheTenantsKey() throws IOException {
        Path dir = data.resolve("keys");
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) key[i] = (byte) i;
        Files.write(dir.resolve("nordby.key"), key);
        Pseudonymiser p = new Pseudonymiser(new TenantKeyStore(dir), NORDBY);
        // computed apart from this code: Python's hmac.new(bytes(range(32)), b"test-value", sha256)
        assertEquals("550ceaeb145c123d5cafbcb3cbb2ec8cf57a9756496bd44ed5afe07d45ad04e7", p.hash("test-value"));
    }

    @Test
    void eachTenantHashesApart() {
        TenantKeyStore store = new TenantKeyStore(data.resolve("keys"));
        Pseudonymiser nordby = new Pseudonymiser(store, NORDBY);
        Pseudonymiser solvik = new Pseudonymiser(store, SOLVIK);
        String value = "86011117947";
        assertEquals(nordby.hash(value), new Pseudonymiser(store, NORDBY).hash(value));
        assertNotEquals(nordby.hash(value), solvik.hash(value));
        assertEquals(64, nordby.hash(value).length());
        assertFalse(nordby.hash(value).contains(value));
    }

    @Test
    void aDamagedKeyIsAnErrorNeverReplaced() throws IOException {
        Path dir = data.resolve("keys");
        Files.createDirectories(dir);
        Path file = dir.resolve("nordby.key");
        Files.write(file, new byte[7]);
        var e = assertThrows(IllegalStateException.class, () -> new TenantKeyStore(dir).key(NORDBY));
        assertTrue(e.getMessage().contains("holds 7 bytes") && e.getMessage().contains("backup"), e.getMessage());
        assertEquals(7, Files.size(file), "left as it was");
    }

    @Test
    void storesRacingToMakeTheKeyAgreeOnOne() throws Exception {
        Path dir = data.resolve("keys");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < 8; i++) keys.add(pool.submit(() -> new TenantKeyStore(dir).key(SOLVIK)));
            byte[] first = keys.get(0).get();
            for (Future<byte[]> k : keys) assertArrayEquals(first, k.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenantIdsNameFilesSoOnlyPlainOnesAreAllowed() {
        for (String bad : List.of("", "Nordby", "../nordby", "nordby/", "-nordby", "nordby-", "a".repeat(65), "nord by")) {
            assertThrows(IllegalArgumentException.class, () -> new Tenant(bad), bad);
        }
        assertEquals("a", new Tenant("a").id());
        assertEquals("x".repeat(64), new Tenant("x".repeat(64)).id());
    }
}
