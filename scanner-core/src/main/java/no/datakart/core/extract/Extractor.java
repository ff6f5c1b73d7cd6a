package no.datakart.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import no.datakart.core.FailureReason;

/**
 * The text of an item in any format Tika's standard parsers read, and of every document inside it
 * (archive members, attachments, embedded files) as parts of their own, streamed to a {@link PartSink} as
 * the parser produces it: no item is held whole. Content that cannot be read is told as a part's typed
 * failure, never thrown: an encrypted document, a corrupt one, too much text, too many embedded documents.
 *
 * <p>In this process: a parser that hangs or runs out of memory takes the caller with it. The scan runs
 * extraction in worker processes for that ({@code no.datakart.core.read.WorkerProcess}). One extractor
 * serves many threads; {@link #extract} is safe to call concurrently.
 */
public final class Extractor {
    /** Limits per item: text chars read in all its parts, and embedded documents. */
    public record Limits(long maxChars, int maxEmbedded) {
        public static final Limits DEFAULT = new Limits(2_000_000_000L, 10_000); // a 1 GB text file whole; time bounds the rest

        public Limits {
            if (maxChars <= 0 || maxEmbedded < 0) throw new IllegalArgumentException("limits must be positive");
        }
    }

    private final Parser parser = new AutoDetectParser();
    private final Limits limits;

    public Extractor(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads the item's parts into {@code sink}; the stream is the caller's to close.
     *
     * @param name the item's file name, a hint for formats that cannot be told by their bytes
     * @throws IOException only if reading the stream itself fails
     */
    public void extract(InputStream in, String name, PartSink sink) throws IOException {
        try (TikaInputStream tis = TikaInputStream.get(in)) {
            extract(tis, name, sink);
        }
    }

    /**
     * Reads a file's parts into {@code sink}: a parser that seeks (zip, OOXML) reads it in place.
     *
     * @param name the item's name, a hint for formats that cannot be told by their bytes
     * @throws IOException only if the file cannot be opened or read
     */
    public void extract(java.nio.file.Path file, String name, PartSink sink) throws IOException {
        try (TikaInputStream tis = TikaInputStream.get(file)) {
            extract(tis, name, sink);
        }
    }

    private void extract(TikaInputStream tis, String name, PartSink sink) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        Parts parts = new Parts(sink, limits);
        ParseContext context = new ParseContext();
        try {
            new RecursiveParserWrapper(parser, true).parse(tis, parts, metadata, context);
        } catch (EncryptedDocumentException e) {
            parts.failItem(FailureReason.ENCRYPTED, "the document is encrypted");
        } catch (ZeroByteFileException e) {
            parts.failItem(null, "");  // an empty file: no text, nothing wrong
        } catch (TikaException | SAXException e) {
            parts.failItem(FailureReason.CORRUPT, e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            parts.failItem(FailureReason.PARSER_CRASH, e.getClass().getSimpleName());
        }
        parts.closeAll(metadata);
    }

    /** The parts as the wrapper makes, starts and ends them, kept as a stack: the innermost on top. */
    private static final class Parts extends AbstractRecursiveParserWrapperHandler {
        private final PartSink sink;
        private final long maxChars;
        private final int maxEmbedded;
        private final Deque<Part> open = new ArrayDeque<>();
        private long chars;           // text read in all parts so far
        private Part item;            // the item's own part, once begun
        private FailureReason itemFailure;
        private String itemDetail = "";

        Parts(PartSink sink, Limits limits) {
            super(new Factory(), limits.maxEmbedded());
            ((Factory) getContentHandlerFactory()).parts = this;
            this.sink = sink;
            this.maxChars = limits.maxChars();
            this.maxEmbedded = limits.maxEmbedded();
        }

        /** An embedded document's part: its path is its container's and its own name there in full. */
        @Override
        public void startEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
            super.startEmbeddedDocument(handler, metadata);
            String name = metadata.get(TikaCoreProperties.INTERNAL_PATH);
            if (name == null) name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (name == null) name = "embedded-" + metadata.get(TikaCoreProperties.EMBEDDED_ID);
            String parent = open.isEmpty() ? "" : open.peek().path;
            ((Part) handler).begin(parent + "/" + name);
        }

        @Override
        public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
            super.endEmbeddedDocument(handler, metadata);
            finish((Part) handler, metadata, embeddedFailure(metadata), detail(metadata));
        }

        /** The item's parse is over; whether it failed is known only when it returns, so it ends then. */
        @Override
        public void endDocument(ContentHandler handler, Metadata metadata) throws SAXException {
            super.endDocument(handler, metadata);
            if (hasHitMaximumEmbeddedResources()) {
                itemFailure = FailureReason.TOO_LARGE;
                itemDetail = "more than " + maxEmbedded + " embedded documents";
            }
        }

        /** The parse of the item itself failed: it ends with what it had read, and the reason. */
        void failItem(FailureReason reason, String detail) {
            itemFailure = reason;
            itemDetail = detail;
        }

        /** Ends what is still open: parts cut off by their container's failure, then the item. */
        void closeAll(Metadata metadata) {
            while (open.size() > 1) finish(open.peek(), metadata, FailureReason.CORRUPT, "its container failed");
            if (item == null) new Part(this).begin("");
            finish(item, metadata, itemFailure, itemDetail);
        }

        private void finish(Part part, Metadata metadata, FailureReason failure, String detail) {
            if (!part.begun || part.ended) return;
            part.ended = true;
            open.remove(part);
            if (failure == null && part.cut) {
                failure = FailureReason.TOO_LARGE;
                detail = "text beyond " + maxChars + " chars in the item was not read";
            }
            String type = metadata.get(Metadata.CONTENT_TYPE);
            sink.end(type == null ? "application/octet-stream" : type, failure, detail);
        }

        private static FailureReason embeddedFailure(Metadata metadata) {
            if ("true".equals(metadata.get(TikaCoreProperties.IS_ENCRYPTED))) return FailureReason.ENCRYPTED;
            String e = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            if (e == null) return null;
            return e.contains("EncryptedDocumentException") ? FailureReason.ENCRYPTED : FailureReason.CORRUPT;
        }

        /** The exception's class only: its message may quote the content. */
        private static String detail(Metadata metadata) {
            String e = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            if (e == null) return "";
            int colon = e.indexOf(':');
            String first = (colon > 0 ? e.substring(0, colon) : e.lines().findFirst().orElse("")).strip();
            return first.substring(first.lastIndexOf('.') + 1);
        }

        /** Text for the part, within the item's char budget. */
        void text(Part part, char[] ch, int start, int length) {
            if (!part.begun) part.begin("");
            long room = maxChars - chars;
            if (room <= 0) {
                part.cut = true;
                return;
            }
            int n = (int) Math.min(length, room);
            chars += n;
            if (n < length) part.cut = true;
            sink.text(ch, start, n); // the part being read is the innermost open one

        }
    }

    /** One part's SAX events, handed to the sink as text. */
    private static final class Part extends DefaultHandler {
        private final Parts parts;
        String path;
        boolean begun;
        boolean ended;
        boolean cut;

        Part(Parts parts) {
            this.parts = parts;
        }

        void begin(String path) {
            this.path = path;
            begun = true;
            if (path.isEmpty()) parts.item = this;
            parts.open.push(this);
            parts.sink.start(path);
        }

        @Override
        public void startDocument() {
            if (!begun) begin(""); // the item itself: the only part not begun by the wrapper
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            parts.text(this, ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            parts.text(this, ch, start, length);
        }
    }

    /** Makes each part's handler for the wrapper. */
    private static final class Factory implements ContentHandlerFactory {
        Parts parts;

        @Override
        public ContentHandler getNewContentHandler() {
            return new Part(parts);
        }

        @Override
        public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
            return getNewContentHandler();
        }
    }
}
