package no.datakart.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DepartmentsTest {
    private static final Departments NORDBY = Departments.of(Map.of(
            "oppvekst", "Oppvekst",
            "oppvekst/barnevern", "Barnevern",
            "helse", "Helse og omsorg",
            "", "Fellestjenester"));

    @Test
    void theLongestPrefixOfWholeFolderNamesWins() {
        assertEquals("Barnevern", NORDBY.departmentOf("oppvekst/barnevern/2024/melding.docx"));
        assertEquals("Barnevern", NORDBY.departmentOf("oppvekst/barnevern"), "the folder itself");
        assertEquals("Oppvekst", NORDBY.departmentOf("oppvekst/skule/liste.xlsx"));
        assertEquals("Oppvekst", NORDBY.departmentOf("oppvekst/barnevernet/x.txt"), "not a whole folder name");
        assertEquals("Helse og omsorg", NORDBY.departmentOf("helse/2024/liste.xlsx"));
        assertEquals("Fellestjenester", NORDBY.departmentOf("helsestasjon/x.docx"), "not a whole folder name");
        assertEquals("Fellestjenester", NORDBY.departmentOf("helse.txt"));
        assertEquals("Fellestjenester", NORDBY.departmentOf(""));
    }

    @Test
    void caseIsIgnoredAsOnWindowsShares() {
        assertEquals("Barnevern", NORDBY.departmentOf("Oppvekst/BARNEVERN/Melding.docx"));
        Departments d = Departments.of(Map.of("Økonomi/Lønn", "Lønn"));
        assertEquals("Lønn", d.departmentOf("ØKONOMI/lønn/2024.xlsx"));
        assertEquals("Økonomi/Lønn", d.rules().keySet().iterator().next(), "kept as written");
    }

    @Test
    void whatIsInsideAnArchiveNeverDecides() {
        Departments d = Departments.of(Map.of("helse", "Helse", "helse/a.zip/barnevern", "Barnevern"));
        assertEquals("Helse", d.departmentOf("helse/a.zip!/barnevern/y.docx"));
        assertEquals("Helse", d.departmentOf("helse/a.zip!/x/b.zip!/y.docx"));
        assertEquals("", Departments.of(Map.of("helse", "Helse")).departmentOf("oppvekst/a.zip!/helse/y.docx"));
    }

    @Test
    void withoutAFallbackAnUnmatchedPlaceIsUnknown() {
        Departments d = Departments.of(Map.of("helse", "Helse"));
        assertEquals("", d.departmentOf("oppvekst/x.docx"));
        assertEquals("", Departments.NONE.departmentOf("helse/x.docx"));
        assertEquals(0, Departments.NONE.size());
        assertSame(Departments.NONE, Departments.of(Map.of()));
    }

    @Test
    void prefixesAreNormalised() {
        assertEquals("helse/2024", Departments.normalise(" \\helse\\2024\\ "));
        assertEquals("helse/2024", Departments.normalise("/helse//2024/"));
        assertEquals("", Departments.normalise(" / "));
        Departments d = Departments.of(Map.of("/helse/", "Helse", "oppvekst\\barnevern", "Barnevern"));
        assertEquals(Map.of("helse", "Helse", "oppvekst/barnevern", "Barnevern"), d.rules());
        assertEquals("Barnevern", d.departmentOf("oppvekst/barnevern/x"));
        assertEquals(d, Departments.of(Map.of("helse", "Helse", "oppvekst/barnevern", "Barnevern")));
    }

    @Test
    void twoPrefixesForOneFolderOrABlankDepartmentAreRefused() {
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("helse", "Helse");
        twice.put("/Helse/", "Helse og omsorg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Departments.of(twice));
        assertTrue(e.getMessage().contains("'helse' and '/Helse/'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Departments.of(Map.of("helse", " ")));
    }

    @Test
    void manyRulesAndDeepPathsStillFindTheLongest() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) rules.put("avd" + i + "/sub" + i, "D" + i);
        rules.put("avd7", "Seven");
        Departments d = Departments.of(rules);
        assertEquals("D123", d.departmentOf("avd123/sub123/a/b/c/d/e/f/g/h.txt"));
        assertEquals("Seven", d.departmentOf("avd7/sub8/x.txt"));
        assertEquals("", d.departmentOf("avd123/sub1234/x.txt"));
    }
}
