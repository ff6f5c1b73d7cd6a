package no.datakart.cli.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A configuration file's text, or what keeps it from being read, said plainly. */
final class ConfigFile {
    private ConfigFile() {
    }

    static String read(Path file, String label) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw error(label, "is a folder, not a configuration file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error(label, "no such file");
        } catch (AccessDeniedException e) {
            throw error(label, "cannot be read: permission denied");
        } catch (IOException e) {
            throw error(label, "cannot be read: " + e.getMessage());
        }
        return decode(bytes, label);
    }

    /**
     * Strict UTF-8: a file saved as Windows-1252 (Notepad's ANSI) would otherwise turn every æ, ø and å into
     * U+FFFD, which would go on into folder prefixes and department names unnoticed.
     */
    private static String decode(byte[] bytes, String label) throws ConfigException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new ConfigException(List.of(String.format("%s:%d:%d: not UTF-8 text (a byte 0x%02X here, as"
                    + " Windows-1252 writes æ, ø and å): save the file as UTF-8", label, line, column,
                    bytes[bad] & 0xFF)));
        }
        utf8.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // the byte order mark Notepad writes
    }

    private static ConfigException error(String label, String problem) {
        return new ConfigException(List.of(label + ": " + problem));
    }
}
