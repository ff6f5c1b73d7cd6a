package no.datakart.cli;

import java.io.IOException;
import java.nio.file.Path;

import no.datakart.core.OwnerOnly;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.pseudonym.TenantKeyStore;

/** The data directory's layout: {@code keys/} and {@code index/}, the directory itself readable by its owner only. */
final class DataDirectory {
    private DataDirectory() {
    }

    static FindingsIndex index(Path data) throws IOException {
        ensure(data);
        return new FindingsIndex(data.resolve("index"));
    }

    static TenantKeyStore keys(Path data) throws IOException {
        ensure(data);
        return new TenantKeyStore(data.resolve("keys"));
    }

    private static void ensure(Path data) throws IOException {
        OwnerOnly.directory(data);
    }
}
