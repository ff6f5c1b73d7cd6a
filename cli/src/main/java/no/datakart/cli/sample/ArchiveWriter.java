package no.datakart.cli.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Archives of other files: .zip (names in UTF-8), .tar.gz and .7z. Every entry, and the archive's own
 * header where it has one, is dated the archive's moment and owned by no one, so the bytes depend on the
 * content only.
 */
final class ArchiveWriter {
    /** A file in an archive, by its path there; a folder's path ends with {@code /} and has no content. */
    record Entry(String path, byte[] content) {
        static Entry folder(String path) {
            return new Entry(path.endsWith("/") ? path : path + "/", new byte[0]);
        }

        boolean isFolder() {
            return path.endsWith("/");
        }
    }

    private ArchiveWriter() {
    }

    static byte[] zip(List<Entry> entries, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry e : entries) StableZip.put(z, e.path(), e.content(), time);
        }
        return out.toByteArray();
    }

    /**
     * A gzipped tar as GNU tar writes it on Linux: names in UTF-8 in the header itself (so each must fit its
     * 100 bytes), mode 644 or 755, owner 0.
     */
    static byte[] tarGz(List<Entry> entries, String tarName, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(time.toInstant(ZoneOffset.UTC).toEpochMilli());
        gzip.setFileName(tarName);
        gzip.setOperatingSystem(3); // Unix
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out, gzip),
                StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
            for (Entry e : entries) {
                TarArchiveEntry t = new TarArchiveEntry(e.path());
                t.setModTime(Date.from(time.toInstant(ZoneOffset.UTC)));
                t.setUserName("");
                t.setGroupName("");
                t.setIds(0, 0);
                t.setMode(e.isFolder() ? 0755 : 0644);
                t.setSize(e.content().length);
                tar.putArchiveEntry(t);
                tar.write(e.content());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** A 7-Zip archive, LZMA2 as 7-Zip's default, every entry dated. */
    static byte[] sevenZ(List<Entry> entries, LocalDateTime time) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (SevenZOutputFile seven = new SevenZOutputFile(channel)) {
            for (Entry e : entries) {
                SevenZArchiveEntry s = new SevenZArchiveEntry();
                s.setName(e.isFolder() ? e.path().substring(0, e.path().length() - 1) : e.path());
                s.setDirectory(e.isFolder());
                s.setLastModifiedDate(Date.from(time.toInstant(ZoneOffset.UTC)));
                seven.putArchiveEntry(s);
                if (!e.isFolder()) seven.write(e.content());
                seven.closeArchiveEntry();
            }
            seven.finish();
        }
        return java.util.Arrays.copyOf(channel.array(), (int) channel.size());
    }
}
