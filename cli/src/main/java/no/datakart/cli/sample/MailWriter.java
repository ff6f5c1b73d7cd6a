package no.datakart.cli.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * An e-mail saved from Outlook or Thunderbird (.eml, RFC 5322 with MIME): a text body in quoted-printable
 * UTF-8 and one attachment in base64. The sender and recipient are in the headers, where a text extractor
 * does not look.
 */
final class MailWriter {
    private MailWriter() {
    }

    record Mail(String from, String to, String subject, LocalDateTime sent, Doc body,
                String attachmentName, String attachmentType, byte[] attachment) {
    }

    static byte[] eml(Mail m) {
        String boundary = "----=_Part_" + Integer.toHexString(m.subject().hashCode()) + "_" + m.sent().getYear();
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(m.from()).append("\r\n");
        b.append("To: ").append(m.to()).append("\r\n");
        b.append("Subject: ").append(encodedWord(m.subject())).append("\r\n");
        b.append("Date: ").append(m.sent().atZone(ZoneId.of("Europe/Oslo"))
                .format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))).append("\r\n");
        b.append("Message-ID: <").append(Integer.toHexString(m.subject().hashCode())).append('.')
                .append(m.sent().toLocalDate()).append("@").append(Fakes.STAFF_DOMAIN).append(">\r\n");
        b.append("MIME-Version: 1.0\r\n");
        b.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        b.append("This is a multi-part message in MIME format.\r\n\r\n");
        b.append("--").append(boundary).append("\r\n");
        b.append("Content-Type: text/plain; charset=UTF-8\r\n");
        b.append("Content-Transfer-Encoding: quoted-printable\r\n\r\n");
        b.append(quotedPrintable(text(m.body()))).append("\r\n");
        b.append("--").append(boundary).append("\r\n");
        b.append("Content-Type: ").append(m.attachmentType()).append("; name=\"").append(encodedWord(m.attachmentName()))
                .append("\"\r\n");
        b.append("Content-Disposition: attachment; filename=\"").append(encodedWord(m.attachmentName())).append("\"\r\n");
        b.append("Content-Transfer-Encoding: base64\r\n\r\n");
        b.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(m.attachment()))
                .append("\r\n");
        b.append("--").append(boundary).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(Doc body) {
        StringBuilder b = new StringBuilder();
        for (Doc.Block block : body.blocks()) {
            if (block instanceof Doc.Para p) b.append(p.text()).append("\n\n");
        }
        return b.toString();
    }

    /** A header's non-ASCII text as an RFC 2047 encoded word; ASCII as it is. */
    private static String encodedWord(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) return s;
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** Quoted-printable (RFC 2045): lines of at most 76 chars, soft breaks {@code =} where longer. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int width = 0;
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int c = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String enc = c == '=' || c > 126 || (c == ' ' && last) || (c < 32 && c != '\t')
                        ? String.format(Locale.ROOT, "=%02X", c) : String.valueOf((char) c);
                if (width + enc.length() > 75) {
                    out.append("=\r\n");
                    width = 0;
                }
                out.append(enc);
                width += enc.length();
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
