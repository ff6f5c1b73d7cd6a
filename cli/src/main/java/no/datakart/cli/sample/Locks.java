package no.datakart.cli.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.SplittableRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.agile.AgileEncryptionHeader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Password-protected documents, as people lock a personnel case: Office's agile encryption, PDF's
 * standard security handler with a user password. Salts and keys, random in real files, come from the
 * share's seed, so the same seed locks the same bytes.
 */
final class Locks {
    private Locks() {
    }

    /** An Office file (.docx, .xlsx) inside the encrypted OLE2 container Word writes with a password. */
    static byte[] office(byte[] ooxml, String password, SplittableRandom random) throws IOException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        AgileEncryptionHeader header = (AgileEncryptionHeader) info.getHeader();
        int block = header.getBlockSize();
        Encryptor encryptor = info.getEncryptor();
        // as Encryptor.confirmPassword(String) draws them, from a seeded source instead of SecureRandom
        encryptor.confirmPassword(password, bytes(random, header.getKeySize() / 8), bytes(random, block),
                bytes(random, block), bytes(random, block), bytes(random, header.getHashAlgorithm().hashSize));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(ooxml);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * The PDF encrypted with AES-128 under a user password: it cannot be opened, let alone read, without
     * it. (Not AES-256: PDFBox draws that file key from a SecureRandom of its own; AES-128's key comes from
     * the password and the file's ID, its IVs from the random given here.)
     */
    static byte[] pdf(PDDocument pdf, String password, SplittableRandom random) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-eier", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        policy.setPreferAES(true);
        pdf.protect(policy);
        pdf.getEncryption().getSecurityHandler().setCustomSecureRandom(new Seeded(random.nextLong()));
        return PdfWriter.save(pdf);
    }

    private static byte[] bytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /**
     * PDFBox draws its key and IVs from a SecureRandom: this one is seeded, for test material only. Its
     * other draws (nextInt …) go through nextBytes too.
     */
    private static final class Seeded extends SecureRandom {
        private final SplittableRandom random;

        Seeded(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
