package no.datakart.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.datakart.core.Departments;
import no.datakart.core.Tenant;

/** Real files in a temporary folder, read as {@code datakart check-config} and the scan read them. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("datakart.yml"), yaml, StandardCharsets.UTF_8);
    }

    /** The errors for a file, each without the file name in front: {@code line:column: message}, or the message alone. */
    private List<String> errors(String yaml) throws IOException {
        return errors(write(yaml));
    }

    private static List<String> errors(Path file) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        for (String m : e.errors()) assertTrue(m.startsWith(file + ":"), m);
        return e.errors().stream().map(m -> m.substring(file.toString().length() + 1).stripLeading()).toList();
    }

    @Test
    void aWholeFileLoadsWithExclusionsAndLimitsMergedAndPathsResolved() throws Exception {
        Path file = write("""
                # datakart.yml
                data: var/datakart
                workers: 4
                limits:
                  maxBytes: 1GiB
                  workerHeap: 1g
                exclude: ["**/~$*", "**/.snapshot/**"]
                tenants:
                  - id: nordby
                    name: Nordby kommune
                    limits: {timeout: 10m, maxEmbedded: 500}
                    exclude: ["**/*.tmp", "**/~$*"]
                    sources:
                      - id: felles
                        path: shares/felles
                        departments:
                          oppvekst/barnevern: Barnevern
                          /helse/: Helse og omsorg
                          "": Fellestjenester
                      - id: heim
                        path: /mnt/nordby/heim
                        exclude:
                          - "privat/**"
                  - id: solvik
                    sources:
                      - id: arkiv
                        path: /mnt/solvik/arkiv
                """);
        DatakartConfig config = ConfigLoader.load(file);

        Limits global = new Limits(1L << 30, Limits.DEFAULT.maxChars(), 10_000, Duration.ofMinutes(5), 1L << 30);
        Limits nordby = new Limits(1L << 30, Limits.DEFAULT.maxChars(), 500, Duration.ofMinutes(10), 1L << 30);
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("oppvekst/barnevern", "Barnevern");
        rules.put("helse", "Helse og omsorg");
        rules.put("", "Fellestjenester");
        DatakartConfig expected = new DatakartConfig(Optional.of(dir.resolve("var/datakart")), OptionalInt.of(4), global,
                List.of(new TenantConfig(new Tenant("nordby"), "Nordby kommune", List.of(
                                new SourceConfig("felles", dir.resolve("shares/felles"),
                                        List.of("**/~$*", "**/.snapshot/**", "**/*.tmp"), Departments.of(rules), nordby),
                                new SourceConfig("heim", Path.of("/mnt/nordby/heim"),
                                        List.of("**/~$*", "**/.snapshot/**", "**/*.tmp", "privat/**"), Departments.NONE, nordby))),
                        new TenantConfig(new Tenant("solvik"), "solvik", List.of(
                                new SourceConfig("arkiv", Path.of("/mnt/solvik/arkiv"),
                                        List.of("**/~$*", "**/.snapshot/**"), Departments.NONE, global)))));
        assertEquals(expected, config);
        Departments departments = config.tenants().get(0).sources().get(0).departments();
        assertEquals("Barnevern", departments.departmentOf("Oppvekst/Barnevern/2024/melding.docx"));
        assertEquals("Fellestjenester", departments.departmentOf("helsestasjon/liste.xlsx"));
    }

    @Test
    void theSmallestFileTakesEveryDefault() throws Exception {
        DatakartConfig config = ConfigLoader.load(write("""
                tenants:
                  - id: nordby
                    sources:
                      - {id: felles, path: /mnt/felles}
                """));
        assertEquals(Optional.empty(), config.data());
        assertEquals(OptionalInt.empty(), config.workers());
        assertEquals(Limits.DEFAULT, config.limits());
        SourceConfig source = config.tenants().get(0).sources().get(0);
        assertEquals(new SourceConfig("felles", Path.of("/mnt/felles"), List.of(), Departments.NONE, Limits.DEFAULT), source);
        assertEquals("nordby", config.tenants().get(0).name(), "no name: the id");
    }

    @Test
    void unknownKeysAndKeysGivenTwice() throws Exception {
        assertEquals(List.of(
                "2:1: unknown key 'exlude' at the top level (expected one of: data, workers, limits, exclude, tenants)",
                "3:1: 'workers' is given twice at the top level (first at line 1)",
                "6:3: unknown key 'timout' in 'limits' (expected one of: maxBytes, maxChars, maxEmbedded, timeout, workerHeap)",
                "12:9: unknown key 'exlude' in a source (expected one of: id, path, exclude, departments)",
                "13:9: 'path' is given twice in a source (first at line 11)"), errors("""
                workers: 2
                exlude: []
                workers: 3
                limits:
                  timeout: 1m
                  timout: 2m
                tenants:
                  - id: nordby
                    sources:
                      - id: felles
                        path: /mnt/felles
                        exlude: ["*.tmp"]
                        path: /mnt/andre
                """));
    }

    @Test
    void valuesOfTheWrongShapeOrOutOfRange() throws Exception {
        assertEquals(List.of(
                "1:7: 'data' must be the data directory, e.g. data: /var/lib/datakart, got a list",
                "2:10: 'workers' must be a whole number from 1 to 256, got '300'",
                "4:13: 'maxBytes' must be more than 0, got '0'",
                "5:13: 'maxChars' must be a whole number of chars such as 1000000000, got 'lots'",
                "6:16: 'maxEmbedded' must be at most 2147483647, got '3000000000'",
                "7:12: 'timeout' must be a duration such as 30s, 5m or 1h, got '5 minutter'",
                "8:15: 'workerHeap' must be at least 64MiB, got '32MiB'",
                "10:5: tenant 'nordby' has no sources (expected 'sources:' with a list of folders to scan, each with an"
                + " id and a path)",
                "12:16: 'timeout' must be at least 1s, got '0s'",
                "13:17: 'maxBytes' must be a size such as 512MiB, 2GiB or a number of bytes, got '1.5GiB'",
                "14:13: 'limits' must be key: value lines (maxBytes, maxChars, maxEmbedded, timeout, workerHeap), got 'none'"),
                errors("""
                data: [a, b]
                workers: 300
                limits:
                  maxBytes: 0
                  maxChars: lots
                  maxEmbedded: 3000000000
                  timeout: 5 minutter
                  workerHeap: 32MiB
                tenants:
                  - id: nordby
                    limits:
                      timeout: 0s
                      maxBytes: 1.5GiB
                  - limits: none
                    id: solvik
                    sources:
                      - {id: felles, path: /mnt/felles}
                """));
    }

    @Test
    void tenantsWithBadOrRepeatedIdsOrNoSources() throws Exception {
        String noSources = " has no sources (expected 'sources:' with a list of folders to scan, each with an id and a path)";
        assertEquals(List.of(
                "5:9: a tenant id is 1-64 lower-case letters, digits and inner hyphens, got 'Solvik'",
                "8:9: tenant 'nordby' is defined twice (first at line 2)",
                "11:5: a tenant has no 'id' (lower-case letters, digits and hyphens, e.g. id: nordby)",
                "14:5: tenant 'austby'" + noSources,
                "16:14: tenant 'vestby'" + noSources,
                "17:5: a tenant must be key: value lines (id, name, limits, exclude, sources), got 'vestby'"), errors("""
                tenants:
                  - id: nordby
                    sources:
                      - {id: felles, path: /mnt/felles}
                  - id: Solvik
                    sources:
                      - {id: felles, path: /mnt/solvik}
                  - id: nordby
                    sources:
                      - {id: felles, path: /mnt/felles}
                  - name: Uten id
                    sources:
                      - {id: felles, path: /mnt/x}
                  - id: austby
                  - id: vestby
                    sources: []
                  - vestby
                """));
    }

    @Test
    void sourcesWithBadOrRepeatedIdsOrNoPath() throws Exception {
        assertEquals(List.of(
                "6:13: source 'felles' is defined twice in tenant 'nordby' (first at line 4)",
                "8:9: a source has no 'id' (lower-case letters, digits and hyphens, unique within its tenant, e.g. id: felles)",
                "9:13: a source id is 1-64 lower-case letters, digits and inner hyphens, got 'Heim'",
                "11:9: source 'arkiv' has no 'path' (expected the folder to scan, e.g. path: /mnt/nordby/felles)",
                "13:15: 'path' is empty (expected the folder to scan, e.g. path: /mnt/nordby/felles)",
                "15:15: 'path' starts with '~', which is not expanded here: write the whole path, got '~/share'",
                "17:15: 'path' must be the folder to scan, e.g. path: /mnt/nordby/felles, got a list",
                "18:9: a source must be key: value lines (id, path, exclude, departments), got 'arkiv'"), errors("""
                tenants:
                  - id: nordby
                    sources:
                      - id: felles
                        path: /mnt/felles
                      - id: felles
                        path: /mnt/andre
                      - path: /mnt/utan-id
                      - id: Heim
                        path: /mnt/heim
                      - id: arkiv
                      - id: tom
                        path: ""
                      - id: tilde
                        path: ~/share
                      - id: liste
                        path: [a]
                      - arkiv
                """));
    }

    @Test
    void badGlobsAndDepartmentRules() throws Exception {
        String same = " (prefixes are compared without case and without leading or trailing '/')";
        assertEquals(List.of(
                "1:21: '[abc' in 'exclude' is not a valid glob: a '[' is not closed by ']'",
                "1:29: '/tmp/**' in 'exclude' never matches: globs match places relative to the source's folder, so"
                + " none starts with '/' (e.g. tmp/** or **/tmp/**)",
                "5:9: '**/{a,{b}}' in 'exclude' is not a valid glob: a '{' group inside another",
                "10:18: 'exclude' must be a list of globs such as [\"**/~$*\", \"**/.snapshot/**\"], got '*.tmp'",
                "13:11: department prefix '/Helse/' is the same folder as 'helse' at line 12" + same,
                "15:11: department prefix 'oppvekst/barnevern' is the same folder as 'oppvekst\\barnevern' at line 14" + same,
                "16:11: department prefix '../x' has a '.' or '..' folder: a prefix is a folder below the source's"
                + " folder, e.g. oppvekst/barnevern",
                "17:11: the department for 'skule' must be a name such as Helse og omsorg, got no value",
                "18:20: the department for 'helse/x' must be a name such as Helse og omsorg, got a list",
                "20:11: department prefix '/' is the same folder as '' at line 19" + same,
                "21:11: department prefix 'helse' is given twice (first at line 12)"), errors("""
                exclude: ["**/~$*", "[abc", "/tmp/**"]
                tenants:
                  - id: nordby
                    exclude:
                      - "**/{a,{b}}"
                      - "**/*.bak"
                    sources:
                      - id: felles
                        path: /mnt/felles
                        exclude: "*.tmp"
                        departments:
                          helse: Helse
                          /Helse/: Helse og omsorg
                          oppvekst\\barnevern: Barnevern
                          oppvekst/barnevern: Barnevern 2
                          ../x: X
                          skule:
                          helse/x: [a]
                          "": Fellestjenester
                          "/": Felles
                          helse: Helse 2
                """));
    }

    @Test
    void everyErrorIsToldInTheOrderOfTheFileAndTheMessageHoldsThemAll() throws Exception {
        Path file = write("""
                tenants:
                  - id: nordby
                    sources:
                      - id: felles
                        path: /mnt/felles
                        exclude: ["[x"]
                  - id: nordby
                    sources:
                      - id: Felles
                limits:
                  timeout: 5
                """);
        List<String> errors = errors(file);
        assertEquals(List.of(
                "6:19: '[x' in 'exclude' is not a valid glob: a '[' is not closed by ']'",
                "7:9: tenant 'nordby' is defined twice (first at line 2)",
                "9:9: source 'Felles' has no 'path' (expected the folder to scan, e.g. path: /mnt/nordby/felles)",
                "9:13: a source id is 1-64 lower-case letters, digits and inner hyphens, got 'Felles'",
                "11:12: 'timeout' must be a duration such as 30s, 5m or 1h, got '5'"), errors);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(5, e.getMessage().split("\n").length);
        assertEquals(0, e.getStackTrace().length, "a message for people, no stack");
    }

    @Test
    void whatIsNotYamlGetsALineNumberedError() throws Exception {
        assertEquals(List.of("2:1: not valid YAML: a tab where YAML allows only spaces (indent with spaces, never tabs)"),
                errors("tenants:\n\t- id: nordby\n"));
        assertEquals(List.of("1:10: not valid YAML: sequence entries are not allowed here"),
                errors("tenants: - id: nordby\n"));
        assertEquals(List.of("2:1: not valid YAML: the '[' at line 1, column 10 is not closed by ']', or a ',' is missing"),
                errors("exclude: [\"**/~$*\"\ntenants:\n  - id: nordby\n"));
        assertEquals(List.of("3:8: not valid YAML: the '{' at line 1, column 9 is not closed by '}', or a ',' is missing"),
                errors("limits: {timeout: 1m\n\ntenants: []\n"));
        assertEquals(List.of("4:11: not valid YAML: the key at line 3 has no ':' after it"),
                errors("tenants:\n  - id: nordby\n    sources\n      - id: x\n"));
        assertEquals(List.of("3:4: not valid YAML: this line is not indented in line with the keys or '-' items above it"
                             + " (from line 2)"),
                errors("tenants:\n  - id: nordby\n   sources: []\n"));
        assertEquals(List.of("5:1: not valid YAML: the quote at line 3, column 11 is not closed"),
                errors("tenants:\n  - id: nordby\n    name: \"Nordby\n    sources: []\n"));
        assertEquals(List.of("2:7: not YAML text: the character U+0007 is not allowed in a YAML file"),
                errors("tenants:\n  - id\u0007: x\n"));
        assertEquals(List.of("1:1: the file must hold key: value lines (data, workers, limits, exclude, tenants), got"
                             + " 'Dette er ikkje ei konfigurasjonsfil.'"),
                errors("Dette er ikkje ei konfigurasjonsfil.\n"));
        assertEquals(List.of("1:1: the file must hold key: value lines (data, workers, limits, exclude, tenants), got a list"),
                errors("- nordby\n- solvik\n"));
        List<String> deep = errors("tenants: " + "[".repeat(1500) + "]".repeat(1500) + "\n");
        assertEquals(1, deep.size(), deep.toString());
        assertTrue(deep.get(0).startsWith("1:1010: too large or too deeply nested to read: Document nesting depth (1001)"),
                deep.get(0));
    }

    @Test
    void aSecondDocumentAndAliasesAreRefusedNotHalfRead() throws Exception {
        assertEquals(List.of("6:1: a second YAML document ('---') starts here; only one is read: put everything in one"),
                errors("""
                tenants:
                  - id: nordby
                    sources:
                      - {id: felles, path: /mnt/felles}
                ---
                workers: 2
                """));
        assertEquals(List.of("5:13: an alias ('*l') is not supported here: write the value out in full"), errors("""
                limits: &l {timeout: 1m}
                tenants:
                  - id: nordby
                    sources: [{id: felles, path: /mnt/felles}]
                    limits: *l
                """));
    }

    @Test
    void aFileThatIsEmptyMissingAFolderOrNotUtf8() throws Exception {
        String noSettings = "the file has no settings: it needs at least 'tenants:', each tenant with an id and its sources";
        assertEquals(List.of(noSettings), errors(""));
        assertEquals(List.of(noSettings), errors("# datakart.yml\n\n   \n# nothing yet\n"));
        assertEquals(List.of("no such file"), errors(dir.resolve("finst-ikkje.yml")));
        assertEquals(List.of("is a folder, not a configuration file"), errors(dir));
        byte[] ansi = "tenants:\n  - id: nordby\n    name: Nordby kommune \u00f8\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("ansi.yml"), ansi);
        assertEquals(List.of("3:26: not UTF-8 text (a byte 0xF8 here, as Windows-1252 writes æ, ø and å): save the"
                             + " file as UTF-8"), errors(file));
    }

    @Test
    void noTenantsAtAllOrAnEmptyList() throws Exception {
        assertEquals(List.of("1:1: no 'tenants': the file needs a list of tenants, each with an id and its sources"),
                errors("workers: 2\n"));
        assertEquals(List.of("2:1: 'tenants' is empty: at least one tenant is needed"), errors("workers: 2\ntenants:\n"));
        assertEquals(List.of("1:10: 'tenants' is empty: at least one tenant is needed"), errors("tenants: []\n"));
    }

    @Test
    void aByteOrderMarkAndUnicodeNamesAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.yml"), """
                \uFEFFtenants:
                  - id: tromso
                    name: Tromsø kommune
                    sources:
                      - id: felles
                        path: /mnt/tromsø/felles
                        departments: {økonomi/lønn: Lønn}
                """, StandardCharsets.UTF_8);
        TenantConfig t = ConfigLoader.load(file).tenants().get(0);
        assertEquals("Tromsø kommune", t.name());
        assertEquals("Lønn", t.sources().get(0).departments().departmentOf("Økonomi/Lønn/2024.xlsx"));
    }
}
