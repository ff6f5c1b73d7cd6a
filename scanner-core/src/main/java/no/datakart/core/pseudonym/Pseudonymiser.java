package no.datakart.core.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import no.datakart.core.Tenant;

/**
 * The keyed hash of an identifier as the index stores it: HMAC-SHA-256 under the tenant's key, as 64
 * hex digits. The same normalised value gives the same hash whatever its type was read as (a
 * fødselsnummer read as an account number is still that person's number), so a look-up of a person
 * finds it; without the key a hash cannot be tested against guesses. One per thread (a {@link Mac}
 * is not thread-safe).
 */
public final class Pseudonymiser {
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;

    public Pseudonymiser(TenantKeyStore keys, Tenant tenant) {
        this(keys.key(tenant));
    }

    /** With the tenant's key as read from its store (a worker process is handed it on its standard input). */
    public Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    /** The hash of a normalised identifier (digits, or the canonical form its detector reports). */
    public String hash(String normalisedValue) {
        return HEX.formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
    }
}
