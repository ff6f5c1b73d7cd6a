package no.datakart.cli.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument text and spreadsheets (.odt, .ods), written as the standard lays them out: a zip whose
 * first entry is the stored {@code mimetype}, a manifest, the content and the metadata. No library needed.
 */
final class OdfWriter {
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

    private OdfWriter() {
    }

    static byte[] odt(Doc doc, LocalDateTime created) throws IOException {
        StringBuilder body = new StringBuilder("<office:text>");
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> body.append("<text:h text:outline-level=\"2\">").append(xml(h.text())).append("</text:h>");
                case Doc.Para p -> body.append("<text:p>").append(xml(p.text()).replace("\n", "<text:line-break/>"))
                        .append("</text:p>");
                case Doc.Table t -> table(body, t);
            }
        }
        return zip(ODT, doc.title(), body.append("</office:text>").toString(), created);
    }

    /** One sheet: the paragraphs as rows of one cell above the table. */
    static byte[] ods(Doc doc, LocalDateTime created) throws IOException {
        StringBuilder body = new StringBuilder("<office:spreadsheet><table:table table:name=\"Ark1\">");
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> row(body, List.of(h.text()));
                case Doc.Para p -> row(body, List.of(p.text().replace('\n', ' ')));
                case Doc.Table t -> {
                    row(body, t.header());
                    for (List<String> r : t.rows()) row(body, r);
                }
            }
        }
        return zip(ODS, doc.title(), body.append("</table:table></office:spreadsheet>").toString(), created);
    }

    private static void table(StringBuilder body, Doc.Table t) {
        body.append("<table:table><table:table-column table:number-columns-repeated=\"")
                .append(t.header().size()).append("\"/>");
        row(body, t.header());
        for (List<String> r : t.rows()) row(body, r);
        body.append("</table:table>");
    }

    private static void row(StringBuilder body, List<String> cells) {
        body.append("<table:table-row>");
        for (String c : cells) {
            body.append("<table:table-cell office:value-type=\"string\"><text:p>").append(xml(c))
                    .append("</text:p></table:table-cell>");
        }
        body.append("</table:table-row>");
    }

    private static byte[] zip(String mimetype, String title, String body, LocalDateTime created) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES
                + "><office:body>" + body + "</office:body></office:document-content>\n";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES
                + "><office:meta><dc:title>" + xml(title) + "</dc:title><meta:creation-date>" + iso(created)
                + "</meta:creation-date><dc:date>" + iso(created) + "</dc:date></office:meta></office:document-meta>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            StableZip.put(z, "mimetype", mimetype.getBytes(StandardCharsets.US_ASCII), created);
            StableZip.put(z, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8), created);
            StableZip.put(z, "content.xml", content.getBytes(StandardCharsets.UTF_8), created);
            StableZip.put(z, "meta.xml", meta.getBytes(StandardCharsets.UTF_8), created);
        }
        return out.toByteArray();
    }

    private static String iso(LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
