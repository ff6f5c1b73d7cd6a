package no.datakart.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser for tests that does what the file says a bad parser does: {@code hang}, {@code oom} (runs its JVM
 * out of memory), {@code halt} (ends its JVM as a native crash would), {@code deep} (recurses until the stack
 * overflows), {@code wait FILE TEXT} (waits until the file is there, then reads the text); any other text it
 * reads as text. Found by Tika's service loader in the test class path, for
 * files named {@code *.trouble}, which its {@link Detector} tells.
 */
public final class TroubleParser implements Parser {
    private static final MediaType TYPE = MediaType.application("x-datakart-trouble");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException {
        String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8).strip();
        switch (text) {
            case "hang" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case "oom" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) hog.add(new long[1 << 20]);
            }
            case "halt" -> Runtime.getRuntime().halt(134);
            case "deep" -> recurse(0);
            default -> {
                if (text.startsWith("wait ")) {
                    String[] words = text.split(" ", 3);
                    while (!Files.exists(Path.of(words[1]))) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException(e);
                        }
                    }
                    text = words[2];
                }
                XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
                xhtml.startDocument();
                xhtml.element("p", text);
                xhtml.endDocument();
            }
        }
    }

    /** Names the type of {@code *.trouble} files; Tika asks detectors of the class path before its own. */
    public static final class Detector implements org.apache.tika.detect.Detector {
        @Override
        public MediaType detect(InputStream input, Metadata metadata) {
            String name = metadata.get(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY);
            return name != null && name.endsWith(".trouble") ? TYPE : MediaType.OCTET_STREAM;
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
