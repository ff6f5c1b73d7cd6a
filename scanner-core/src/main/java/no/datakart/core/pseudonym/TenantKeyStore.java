package no.datakart.core.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;

import no.datakart.core.OwnerOnly;
import no.datakart.core.Tenant;

/**
 * The tenants' secret keys, one file each in a directory of their own ({@code keys/nordby.key}), created
 * at first use and readable by their owner only (directory 700, files 600 where the file system has POSIX
 * permissions). A key is never replaced: a key file that is there but unreadable or of the wrong size is an
 * error, since a new key would make every hash in the index unmatched. Creation is atomic and safe between
 * processes: the key is written whole to a private temporary file and linked into place only if no key is
 * there yet. Thread-safe.
 */
public final class TenantKeyStore {
    /** Bytes of a key: as long as the HMAC-SHA-256 output. */
    public static final int KEY_BYTES = 32;

    private final Path dir;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<Tenant, byte[]> loaded = new ConcurrentHashMap<>();

    /** Keys in {@code dir}, which is made (owner only) if it is not there. */
    public TenantKeyStore(Path dir) {
        this.dir = dir;
        try {
            OwnerOnly.directory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the key directory " + dir, e);
        }
    }

    /** The tenant's key, created now if it has none. */
    public byte[] key(Tenant tenant) {
        return loaded.computeIfAbsent(tenant, this::loadOrCreate).clone();
    }

    /** Where the tenant's key is kept. */
    public Path file(Tenant tenant) {
        return dir.resolve(tenant.id() + ".key");
    }

    private byte[] loadOrCreate(Tenant tenant) {
        Path file = file(tenant);
        try {
            if (!Files.exists(file)) create(file);
            byte[] key = Files.readAllBytes(file);
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("the key file " + file + " holds " + key.length + " bytes, not "
                        + KEY_BYTES + ": restore it from a backup; a new key would orphan every hash of tenant "
                        + tenant.id());
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key of tenant " + tenant.id() + " at " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path temp = Files.createTempFile(dir, ".new-", ".key");
        try {
            OwnerOnly.file(temp);
            Files.write(temp, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.createLink(file, temp); // fails if another process made the key first: then that one is it
            } catch (FileAlreadyExistsException raced) {
                // keep theirs
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                try {
                    Files.move(temp, file); // no hard links here: a move that does not replace
                } catch (FileAlreadyExistsException raced) {
                    // keep theirs
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
