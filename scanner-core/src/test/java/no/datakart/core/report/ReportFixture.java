package no.datakart.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import no.datakart.core.Tenant;
import no.datakart.core.TestDocuments;
import no.datakart.core.extract.Extractor;
import no.datakart.core.index.FindingsIndex;
import no.datakart.core.index.RunRecord;
import no.datakart.core.pseudonym.TenantKeyStore;
import no.datakart.core.read.ItemReaders;
import no.datakart.core.scan.Scan;
import no.datakart.core.source.LocalTreeSource;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.fnr.FnrGenerator;
import no.datakart.patterns.set.DetectorSet;

/**
 * Two municipalities' shares, scanned for real into one index on disk: what the report tests read. They
 * share a person (the same generated fødselsnummer in both), so a report or look-up that leaked across
 * tenants would show it. Every number is generated.
 */
final class ReportFixture {
    static final Tenant NORDBY = new Tenant("nordby");
    static final Tenant SOLVIK = new Tenant("solvik");
    /** The report's moment, and the detectors' reference day. */
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static final DetectorSet DETECTORS = new DetectorSet(DetectorSettings.defaults()
            .withReferenceDate(LocalDate.of(2026, 11, 23)).withMinConfidence(Confidence.MEDIUM));

    final Path nordbyShare;
    final Path solvikShare;
    final Path data;
    final TenantKeyStore keys;
    /** The person both municipalities hold. */
    final String shared;
    /** An adult only Nordby holds, in three places (one inside an archive). */
    final String nordbyOnly;
    /** A child (born 2015) in Nordby's school folder. */
    final String child;

    ReportFixture(Path tmp) throws Exception {
        FnrGenerator gen = new FnrGenerator(new Random(5));
        FnrGenerator.Spec fnr = FnrGenerator.allSpecs().get(0);
        shared = number(gen, true);
        nordbyOnly = number(gen, true);
        child = number(gen, false);
        data = tmp.resolve("data");
        keys = new TenantKeyStore(data.resolve("keys"));
        nordbyShare = tmp.resolve("nordby");
        solvikShare = tmp.resolve("solvik");

        write(nordbyShare, "helse/journal.docx", TestDocuments.docx("Journalnotat. Pasient fødselsnummer " + shared
                + ". Diagnose og behandling, sykehusinnleggelse og medisiner."), years(0));
        write(nordbyShare, "helse/gamle/2012.docx", TestDocuments.docx("Fødselsnummer: " + nordbyOnly), years(12));
        write(nordbyShare, "helse/pakke.zip", TestDocuments.zip("notat.txt", ("Fnr. " + nordbyOnly).getBytes(),
                "tom.txt", "Ingenting.".getBytes()), years(2));
        write(nordbyShare, "skole/elevliste.xlsx", TestDocuments.xlsxRows(new String[] {"Navn", "Fødselsnummer"},
                new String[] {"Elev En", child}), years(4));
        write(nordbyShare, "skole/plan.txt", "Årsplan uten personopplysninger.".getBytes(), years(6));
        write(nordbyShare, "okonomi/bilag.txt", ("Kontonr. 8601.11.17947, fødselsnummer " + nordbyOnly).getBytes(), years(1));
        write(nordbyShare, "<img src=x onerror=console.error(7)>/tlf.txt", ("Tlf. 22 33 44 55").getBytes(), years(0));
        write(nordbyShare, "helse/låst.docx", TestDocuments.encrypted(TestDocuments.docx("Hemmelig")), years(0));

        write(solvikShare, "solvik-barnevern/melding.docx", TestDocuments.docx("Bekymringsmelding. Fødselsnummer "
                + shared + "."), years(0));
    }

    /** A generated fødselsnummer of an adult (born 1940-1989) or a child (born 2010-2020). */
    private static String number(FnrGenerator gen, boolean adult) {
        FnrGenerator.Spec fnr = FnrGenerator.allSpecs().get(0);
        for (int i = 0; i < 100_000; i++) {
            String n = gen.nextString(fnr);
            int yy = Integer.parseInt(n.substring(4, 6));
            int individ = Integer.parseInt(n.substring(6, 9));
            boolean born1900s = individ <= 499 && yy >= 40 && yy <= 89;
            boolean born2010s = individ >= 500 && individ <= 999 && yy >= 10 && yy <= 20;
            if (adult ? born1900s : born2010s) return n;
        }
        throw new AssertionError("no number generated");
    }

    private static Instant years(int back) {
        return NOW.atZone(ZoneOffset.UTC).minusYears(back).minusDays(back == 0 ? 1 : 20).toInstant();
    }

    static void write(Path share, String location, byte[] bytes, Instant modified) throws IOException {
        Path file = share.resolve(location);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    /** Nordby's departments: helse and skole have one; the rest none. */
    static final Function<String, String> NORDBY_DEPARTMENTS = l -> l.startsWith("helse/") ? "Helse og omsorg"
            : l.startsWith("skole/") ? "Oppvekst" : "";

    LocalTreeSource nordbySource() {
        return new LocalTreeSource(nordbyShare, List.of());
    }

    RunRecord scanNordby(FindingsIndex index) throws IOException {
        return scan(index, NORDBY_DEPARTMENTS).run(NORDBY, nordbySource());
    }

    RunRecord scanSolvik(FindingsIndex index) throws IOException {
        return scan(index, l -> "Barnevern").run(SOLVIK, new LocalTreeSource(solvikShare, List.of()));
    }

    private Scan scan(FindingsIndex index, Function<String, String> departments) {
        return new Scan(index, ItemReaders.inProcess(DETECTORS, new Extractor(Extractor.Limits.DEFAULT), keys),
                new Scan.Options(2, Long.MAX_VALUE, departments));
    }

    FindingsIndex index() throws IOException {
        return new FindingsIndex(data.resolve("index"));
    }

    ReportContext context(FindingsIndex index, Tenant tenant, Language language) throws IOException {
        return TenantReports.context(index, tenant, tenant.id(), language, NOW);
    }
}
