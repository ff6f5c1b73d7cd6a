package no.datakart.cli.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips whose bytes depend on their content only: every entry dated the same given moment (as local time,
 * so no time zone creeps in), in the order it came. Office and OpenDocument files are such zips.
 */
final class StableZip {
    private StableZip() {
    }

    /** The zip again, its entries dated {@code time}; an entry named {@code mimetype} is stored, as ODF wants. */
    static byte[] of(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 256);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                put(z, e.getName(), in.readAllBytes(), time);
            }
        }
        return out.toByteArray();
    }

    /** One entry; a name ending in / is a folder. */
    static void put(ZipOutputStream z, String name, byte[] content, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        if (name.equals("mimetype") || name.endsWith("/")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        z.putNextEntry(entry);
        z.write(content);
        z.closeEntry();
    }
}
