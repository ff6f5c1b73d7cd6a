package no.datakart.core.report.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Departments' names as file names. */
class SlugsTest {
    static Map<String, String> assign(String... names) {
        return Slugs.assign(List.of(names), "uten-avdeling", "avdeling");
    }

    @Test
    void norwegianAndSamiLettersAreSpelledOutInLowerCaseAscii() {
        assertEquals("helse-og-omsorg", Slugs.base("Helse og omsorg"));
        assertEquals("baerum-oppvekst-a", Slugs.base("Bærum Oppvekst Å"));
        assertEquals("tonsberg-grona-kafe", Slugs.base("Tønsberg: Grøna Kafé"));
        assertEquals("nav-sosial-2024", Slugs.base("  NAV / Sosial (2024)  "));
        assertEquals("guovdageaidnu-cahci", Slugs.base("Guovdageaidnu Čáhci"));
        assertEquals("divtasvuodna-dan", Slugs.base("Divtasvuodna Đáŋ"));
        assertEquals("", Slugs.base("¤ ☃ ¤"));
        assertEquals(Slugs.MAX_LENGTH, Slugs.base("a".repeat(200)).length());
        assertTrue(Slugs.base("ab ".repeat(100)).matches("[a-z0-9]+(-[a-z0-9]+)*"), "no hyphen left at the cut");
    }

    @Test
    void noDepartmentHasItsOwnName() {
        assertEquals(Map.of("", "uten-avdeling", "Helse", "helse"), assign("", "Helse"));
    }

    @Test
    void distinctDepartmentsNeverShareAFileNameAndKeepTheirsFromRunToRun() {
        Map<String, String> slugs = assign("Helse/Omsorg", "Helse omsorg", "HELSE-OMSORG", "Teknisk", "¤", "☃", "",
                "Uten avdeling", "CON", "helse-omsorg-2");
        assertEquals(slugs.size(), new HashSet<>(slugs.values()).size(), slugs.toString());
        assertEquals("teknisk", slugs.get("Teknisk"), "a name of its own keeps its plain slug");
        assertEquals("uten-avdeling", slugs.get(""), "no department keeps its name");
        assertTrue(slugs.get("Uten avdeling").startsWith("uten-avdeling-"));
        assertTrue(slugs.get("Helse/Omsorg").startsWith("helse-omsorg-"));
        assertNotEquals("con", slugs.get("CON"), "a device name on Windows");
        assertTrue(slugs.get("¤").startsWith("avdeling-"));
        for (String s : slugs.values()) assertTrue(s.matches("[a-z0-9]+(-[a-z0-9]+)*"), s);
        // the same names give the same slugs whatever else is in the set or its order
        assertEquals(slugs.get("Helse omsorg"), assign("Teknisk", "Helse omsorg", "Helse/Omsorg").get("Helse omsorg"));
        assertEquals(slugs, assign("helse-omsorg-2", "CON", "Uten avdeling", "", "☃", "¤", "Teknisk", "HELSE-OMSORG",
                "Helse omsorg", "Helse/Omsorg"));
    }
}
