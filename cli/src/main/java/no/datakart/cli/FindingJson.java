package no.datakart.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import no.datakart.patterns.CheckRule;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FnrDetails;
import no.datakart.patterns.NumberDetails;
import no.datakart.patterns.category.CategoryCount;
import no.datakart.patterns.category.DocumentCategories;

/** Writes findings as JSON lines: masked, never the identifier in clear text. */
final class FindingJson {
    private final JsonGenerator json;

    FindingJson(Writer out) {
        try {
            json = new JsonFactory().createGenerator(out);
            json.setRootValueSeparator(null); // one object a line, written below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part of a document read through its parser: where it is, what it is, and whether it was read whole. */
    record Part(String path, String contentType, no.datakart.core.FailureReason failure, String detail) {
    }

    void write(Finding f) {
        write(f, "");
    }

    /** A finding in a part of a document: {@code part} is its path there, empty for the document's own text. */
    void write(Finding f, String part) {
        try {
            json.writeStartObject();
            json.writeStringField("type", f.type().name());
            if (!part.isEmpty()) json.writeStringField("part", part);
            json.writeNumberField("start", f.start());
            json.writeNumberField("end", f.end());
            json.writeStringField("confidence", f.confidence().name());
            json.writeNumberField("score", f.score());
            json.writeStringField("masked", f.masked());
            if (f.details() instanceof FnrDetails d) {
                json.writeStringField("shape", d.shape().name());
                if (d.rule() == CheckRule.RULE_2032) json.writeBooleanField("rule2032", true);
                if (d.synthetic() != null) json.writeStringField("synthetic", d.synthetic().name());
                if (d.dayOffset()) json.writeBooleanField("dNummer", true);
                if (d.birthDate() != null) json.writeBooleanField("child", d.child());
            } else if (f.details() instanceof NumberDetails d) {
                json.writeStringField("shape", d.shape().name());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last line: the document's words and categories (no identifier, so no type field). */
    void summary(DocumentCategories d) {
        summary(d, null);
    }

    /**
     * A part's last line, as {@link #summary(DocumentCategories)} with the part's path (for a part inside the
     * document: {@code "summary":"part"}), its media type and why it could not be read whole, if so.
     */
    void summary(DocumentCategories d, Part part) {
        try {
            json.writeStartObject();
            json.writeStringField("summary", part == null || part.path().isEmpty() ? "document" : "part");
            if (part != null) {
                if (!part.path().isEmpty()) json.writeStringField("part", part.path());
                json.writeStringField("contentType", part.contentType());
                if (part.failure() != null) {
                    json.writeStringField("failure", part.failure().name());
                    json.writeStringField("detail", part.detail());
                }
            }
            json.writeNumberField("words", d.words());
            json.writeArrayFieldStart("categories");
            for (CategoryCount c : d.counts()) {
                if (c.present()) json.writeString(c.category().section());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("categoryTerms");
            for (CategoryCount c : d.counts()) {
                json.writeObjectFieldStart(c.category().section());
                json.writeNumberField("hits", c.hits());
                json.writeNumberField("distinct", c.distinct());
                json.writeNumberField("score", c.score());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeBooleanField("unntattOffentlighet", d.unntattOffentlighet());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
