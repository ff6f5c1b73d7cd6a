package no.datakart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.datakart.patterns.IdentifierType;

/** The README's sample: exactly the planted numbers, with their kinds, and nothing for the decoys. */
class PlantedSampleTest {
    static final Path SAMPLE = Path.of("..", "samples", "planted-numbers.txt");

    /** Each planted number as written in the sample, with its kind. */
    record Planted(String type, String asWritten) {
        /** What masking must hide: a number's last five digits, an e-mail address's local part but its first
         * letter, a postal address's street or box. */
        String hidden() {
            if (type.equals("EPOST")) return asWritten.substring(1, asWritten.indexOf('@'));
            if (type.equals("ADRESSE")) return asWritten.substring(0, asWritten.indexOf(','));
            String digits = asWritten.replaceAll("\\D", "");
            return digits.substring(digits.length() - 5);
        }
    }

    static final List<Planted> PLANTED = List.of(
            new Planted("FODSELSNUMMER", "09031451245"),
            new Planted("FODSELSNUMMER", "12047833270"),
            new Planted("D_NUMMER", "620892\u00A034544"),
            new Planted("H_NUMMER", "21468319044"),
            new Planted("FH_NUMMER", "81212121223"),
            new Planted("FODSELSNUMMER", "030561 22760"),
            new Planted("TELEFON", "+47 912 34 567"),
            new Planted("FODSELSNUMMER", "281199-01474"),
            new Planted("TELEFON", "22 33 44 55"),
            new Planted("FODSELSNUMMER", "170745 48652"),
            new Planted("TELEFON", "41 23 45 67"),
            new Planted("FODSELSNUMMER", "06.09.70 14440"),
            new Planted("FODSELSNUMMER", "19 01 57 389 20"),
            new Planted("FODSELSNUMMER", "23068847281"),
            new Planted("SYNTHETIC", "17912099997"),
            new Planted("SYNTHETIC", "11718822299"),
            new Planted("SYNTHETIC", "05489531854"),
            new Planted("KONTONUMMER", "27078123740"), // passes the fødselsnummer checks too: the label decides
            new Planted("KONTONUMMER", "8601.11.17947"),
            new Planted("IBAN", "NO93 8601 1117 947"),
            new Planted("ORGANISASJONSNUMMER", "995 525 828"),
            new Planted("BETALINGSKORT", "4012 8888 8888 1881"),
            new Planted("EPOST", "kari.eksempel@nordby.kommune.no"),
            new Planted("ADRESSE", "Postboks 44, 6771 NORDFJORDEID"));

    @Test
    void reportsExactlyThePlantedNumbersWithTheirKinds() throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Run run = Run.of("detect", "--today", "2026-11-23", SAMPLE.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> found = run.lines();
        assertEquals(PLANTED.size(), found.size(), run.out());
        for (int i = 0; i < PLANTED.size(); i++) {
            Planted p = PLANTED.get(i);
            int start = text.indexOf(p.asWritten());
            assertTrue(start >= 0, p.asWritten());
            JsonNode f = found.get(i);
            assertEquals(p.type(), f.get("type").asText(), p.asWritten());
            assertEquals(start, f.get("start").asLong(), p.asWritten());
            assertEquals(start + p.asWritten().length(), f.get("end").asLong(), p.asWritten());
            if (IdentifierType.valueOf(p.type()).isFnrFamily()) {
                assertEquals(p.asWritten().replaceAll("\\D", "").substring(0, 6) + " *****", f.get("masked").asText());
            }
            assertFalse(f.get("masked").asText().contains(p.hidden()), "masked");
        }
        assertEquals("TENOR", found.get(14).get("synthetic").asText());
        assertEquals("NHN", found.get(15).get("synthetic").asText());
        assertTrue(found.get(13).get("rule2032").asBoolean());
        assertTrue(found.get(0).get("child").asBoolean(), "the pupil is a child");
        assertFalse(found.get(1).get("child").asBoolean());
    }

    @Test
    void printsNoIdentifierInClearText() {
        for (String level : List.of("LOW", "MEDIUM", "HIGH")) {
            Run run = Run.of("detect", "--min-confidence", level, SAMPLE.toString());
            Matcher elevenDigits = Pattern.compile("\\d{11}|\\d{5}\\D{0,2}$").matcher(run.out() + run.err());
            assertFalse(elevenDigits.find(), () -> "clear digits in output: " + run.out());
            for (Planted p : PLANTED) {
                assertFalse(run.out().contains(p.hidden()), p.asWritten());
            }
        }
    }

    @Test
    void decoysStayUnreportedEvenAtLowConfidenceButOne() throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        int decoys = text.indexOf("IKKJE rapporterast");
        List<JsonNode> low = Run.of("detect", "--min-confidence", "LOW", SAMPLE.toString()).lines();
        List<JsonNode> afterDecoyLine = low.stream().filter(f -> f.get("start").asLong() > decoys).toList();
        // the only look-alike that passes a check is a KID that passes Luhn by chance: its label keeps it LOW
        assertEquals(1, afterDecoyLine.size(), afterDecoyLine::toString);
        assertEquals(text.indexOf("0012345678903"), afterDecoyLine.get(0).get("start").asLong());
        assertEquals("BETALINGSKORT", afterDecoyLine.get(0).get("type").asText());
        assertEquals("LOW", afterDecoyLine.get(0).get("confidence").asText());
    }
}
