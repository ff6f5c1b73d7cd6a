package no.datakart.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.datakart.core.FailureReason;

import static no.datakart.core.TestDocuments.docx;
import static no.datakart.core.TestDocuments.encrypted;
import static no.datakart.core.TestDocuments.pdf;
import static no.datakart.core.TestDocuments.xlsx;
import static no.datakart.core.TestDocuments.zip;

class ExtractorTest {
    private final Extractor extractor = new Extractor(Extractor.Limits.DEFAULT);

    /** A part as the sink heard it. */
    record Heard(String path, String type, String text, FailureReason failure) {
    }

    /** Collects the parts, nested as they come, in the order they end. */
    static final class Collect implements PartSink {
        final List<Heard> parts = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private final List<StringBuilder> texts = new ArrayList<>();

        @Override
        public void start(String path) {
            paths.add(path);
            texts.add(new StringBuilder());
        }

        @Override
        public void text(char[] chars, int offset, int length) {
            texts.get(texts.size() - 1).append(chars, offset, length);
        }

        @Override
        public void end(String contentType, FailureReason failure, String detail) {
            int i = paths.size() - 1;
            parts.add(new Heard(paths.remove(i), contentType, texts.remove(i).toString().strip(), failure));
        }

        Heard part(String path) {
            return parts.stream().filter(p -> p.path.equals(path)).findFirst().orElseThrow(() -> new AssertionError(path + " in " + parts));
        }
    }

    private Collect extract(byte[] bytes, String name) throws IOException {
        Collect c = new Collect();
        extractor.extract(new ByteArrayInputStream(bytes), name, c);
        assertTrue(c.paths.isEmpty(), "every part ended");
        return c;
    }

    @Test
    void officeDocumentsPdfAndOldTextFiles() throws Exception {
        assertEquals("Vedtak om støtte til Åse", extract(docx("Vedtak om støtte til Åse"), "v.docx").part("").text());
        Heard sheet = extract(xlsx("Namn", "Fødselsnummer"), "l.xlsx").part("");
        assertTrue(sheet.text().contains("Namn") && sheet.text().contains("Fødselsnummer"), sheet.text());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.type());
        assertTrue(extract(pdf("Melding til barnevernet"), "m.pdf").part("").text().contains("Melding til barnevernet"));
        byte[] cp1252 = "Søknad om økonomisk sosialhjelp for Ærlig Åsen, født i Tromsø.\n".repeat(3)
                .getBytes(Charset.forName("windows-1252"));
        assertTrue(extract(cp1252, "gammel.txt").part("").text().startsWith("Søknad om økonomisk sosialhjelp for Ærlig Åsen"));
    }

    @Test
    void archiveMembersAreTheirOwnPartsNestedArchivesToo() throws Exception {
        byte[] inner = zip("ark.xlsx", xlsx("Kontonr", "Lønn"));
        Collect c = extract(zip("2019/liste.docx", docx("Lønsliste 2019"), "gamle.zip", inner), "lønn.zip");
        assertEquals("Lønsliste 2019", c.part("/2019/liste.docx").text(), "the member's path in the archive, in full");
        assertTrue(c.part("/gamle.zip/ark.xlsx").text().contains("Kontonr"));
        String archive = c.part("").text();
        assertTrue(archive.contains("2019/liste.docx") && !archive.contains("Lønsliste"),
                "the archive's own text names its members (a name may be personal data) but holds none of their text");
        assertEquals(4, c.parts.size(), c.parts::toString);
        assertTrue(c.parts.stream().allMatch(p -> p.failure() == null), c.parts::toString);
    }

    @Test
    void encryptedAndCorruptDocumentsAreTypedFailuresAndTheRestIsRead() throws Exception {
        byte[] locked = encrypted(docx("Hemmeleg"));
        assertEquals(FailureReason.ENCRYPTED, extract(locked, "låst.docx").part("").failure());
        byte[] good = docx("Framleis lesbar");
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        Collect c = extract(zip("låst.docx", locked, "øydelagd.docx", broken, "god.docx", good), "blanda.zip");
        assertEquals(FailureReason.ENCRYPTED, c.part("/låst.docx").failure());
        assertEquals(FailureReason.CORRUPT, c.part("/øydelagd.docx").failure());
        assertEquals("Framleis lesbar", c.part("/god.docx").text());
        assertEquals(FailureReason.CORRUPT, extract(broken, "øydelagd.docx").part("").failure());
        Heard empty = extract(new byte[0], "tom.txt").part("");
        assertNull(empty.failure(), "an empty file is no failure");
    }

    @Test
    void limitsOnTextAndEmbeddedDocumentsAreTold() throws Exception {
        Extractor small = new Extractor(new Extractor.Limits(20, 2));
        Collect c = new Collect();
        small.extract(new ByteArrayInputStream(docx("Ein lang tekst som ikkje får plass i grensa")), "l.docx", c);
        assertEquals(FailureReason.TOO_LARGE, c.part("").failure());
        assertTrue(c.part("").text().length() <= 20, c.part("").text());
        Collect many = new Collect();
        small.extract(new ByteArrayInputStream(zip("a.txt", "a".getBytes(), "b.txt", "b".getBytes(), "c.txt",
                "c".getBytes(), "d.txt", "d".getBytes())), "mange.zip", many);
        assertEquals(FailureReason.TOO_LARGE, many.part("").failure(), many.parts::toString);
    }
}
