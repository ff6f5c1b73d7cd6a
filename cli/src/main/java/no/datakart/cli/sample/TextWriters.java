package no.datakart.cli.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/** The formats that are text: plain text, CSV, HTML and RTF, written by hand. */
final class TextWriters {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextWriters() {
    }

    /**
     * Plain text: a blank line after each paragraph, a table's cells separated by {@code separator} (a
     * tab, or {@code ;} as in an export). Windows' files end lines with CR LF.
     */
    static byte[] txt(Doc doc, Charset charset, String separator, String newline) {
        StringBuilder b = new StringBuilder();
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> b.append(h.text()).append('\n');
                case Doc.Para p -> b.append(p.text()).append("\n\n");
                case Doc.Table t -> {
                    b.append(String.join(separator, t.header())).append('\n');
                    for (List<String> row : t.rows()) b.append(String.join(separator, row)).append('\n');
                    b.append('\n');
                }
            }
        }
        return b.toString().replace("\n", newline).getBytes(charset);
    }

    /** The document's tables as CSV the way Excel in Norway saves it: {@code ;} between cells, CR LF. */
    static byte[] csv(Doc doc, Charset charset, boolean byteOrderMark) {
        StringBuilder b = new StringBuilder();
        if (byteOrderMark) b.append('\uFEFF');
        for (Doc.Table t : doc.tables()) {
            b.append(csvRow(t.header()));
            for (List<String> row : t.rows()) b.append(csvRow(row));
        }
        return b.toString().getBytes(charset);
    }

    private static String csvRow(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) b.append(';');
            b.append(c.contains(";") || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return b.append("\r\n").toString();
    }

    /**
     * A page of the intranet, or a report a system saved as a web page: rows and line breaks with no
     * whitespace between them, as such systems write them. (Tika keeps the whitespace text between a
     * pretty-printed table's rows, or after a {@code <br>}, as blank lines, which end a table or an
     * address for the detectors.)
     */
    static byte[] html(Doc doc) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(doc.title())).append("</title>\n</head>\n<body>\n");
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> b.append("<h2>").append(escape(h.text())).append("</h2>\n");
                case Doc.Para p -> b.append("<p>").append(escape(p.text()).replace("\n", "<br>")).append("</p>\n");
                case Doc.Table t -> {
                    b.append("<table>\n<tr>");
                    for (String h : t.header()) b.append("<th>").append(escape(h)).append("</th>");
                    b.append("</tr>");
                    for (List<String> row : t.rows()) {
                        b.append("<tr>");
                        for (String c : row) b.append("<td>").append(escape(c)).append("</td>");
                        b.append("</tr>");
                    }
                    b.append("\n</table>\n");
                }
            }
        }
        return b.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rich Text as WordPad writes it: code page 1252, a table's rows as lines with tabs. */
    static byte[] rtf(Doc doc, LocalDateTime created) {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n")
                .append("{\\info{\\title ").append(rtfEscape(doc.title())).append("}{\\creatim")
                .append(String.format(java.util.Locale.ROOT, "\\yr%d\\mo%d\\dy%d\\hr%d\\min%d", created.getYear(),
                        created.getMonthValue(), created.getDayOfMonth(), created.getHour(), created.getMinute()))
                .append("}}\n\\f0\\fs22\n");
        for (Doc.Block block : doc.blocks()) {
            switch (block) {
                case Doc.Heading h -> b.append("{\\b ").append(rtfEscape(h.text())).append("}\\par\n");
                case Doc.Para p -> b.append(rtfEscape(p.text()).replace("\n", "\\line ")).append("\\par\n\\par\n");
                case Doc.Table t -> {
                    b.append(rtfEscape(String.join("\t", t.header())).replace("\t", "\\tab ")).append("\\par\n");
                    for (List<String> row : t.rows()) {
                        b.append(rtfEscape(String.join("\t", row)).replace("\t", "\\tab ")).append("\\par\n");
                    }
                    b.append("\\par\n");
                }
            }
        }
        return b.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** RTF is ASCII: the code page's chars as {@code \'hh}, others as {@code \\uN?}. */
    private static String rtfEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c < 0x80) {
                b.append(c);
            } else {
                byte[] one = String.valueOf(c).getBytes(WINDOWS_1252);
                if (one.length == 1 && one[0] != '?') {
                    b.append(String.format(java.util.Locale.ROOT, "\\'%02x", one[0] & 0xff));
                } else {
                    b.append("\\u").append((int) (short) c).append('?');
                }
            }
        }
        return b.toString();
    }
}
