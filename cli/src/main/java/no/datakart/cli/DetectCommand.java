package no.datakart.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import no.datakart.core.extract.Extractor;
import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.address.PostalRegister;
import no.datakart.patterns.set.DetectorSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datakart detect [FILE|-]}: the identifiers in one text or document, one JSON object a line. */
@Command(name = "detect",
        description = {
            "Finds personal identifiers in a UTF-8 text, or in a document of any format Apache Tika reads",
            "(each file in an archive, each attachment a part of its own), and prints one JSON object per finding.",
            "Identifiers are shown masked (010190 *****), never in clear text. Offsets are UTF-16 code units",
            "into the text of the file, or of the part."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the input could not be read", "2:bad usage"})
final class DetectCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
            description = "the file to read; - or nothing for UTF-8 text on standard input")
    String file;

    @Option(names = "--min-confidence", paramLabel = "LEVEL", defaultValue = "MEDIUM",
            description = "report findings at this level or above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Confidence minConfidence;

    @Option(names = "--types", paramLabel = "TYPE", split = ",",
            description = "report only these types, comma-separated: ${COMPLETION-CANDIDATES} (default: all)")
    EnumSet<IdentifierType> types;

    @Option(names = "--postnummer", paramLabel = "FILE",
            description = "Bring's postal code register (a newer copy of its tab-separated file, UTF-8 or "
                          + "Windows-1252) instead of the snapshot Datakart ships")
    Path postnummer;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true,
            description = "the date ages are counted from (default: today)")
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DetectorSettings settings = DetectorSettings.defaults().withMinConfidence(minConfidence);
        if (today != null) settings = settings.withReferenceDate(today);
        FindingJson json = new FindingJson(out);
        PostalRegister register;
        try {
            register = postnummer == null ? PostalRegister.defaults() : PostalRegister.load(postnummer);
        } catch (IOException | IllegalArgumentException e) {
            err.println("datakart detect: cannot read the postal register " + postnummer + ": " + e.getMessage());
            return 1;
        }
        DetectorSet detectors = new DetectorSet(settings,
                types == null || types.isEmpty() ? EnumSet.allOf(IdentifierType.class) : types, true, register);
        boolean stdin = file.equals("-");
        String name = stdin ? "standard input" : file;
        if (!stdin && !isPlainText(Path.of(file))) return document(Path.of(file), detectors, json, err);
        DetectionStream stream = detectors.open(json::write);
        Utf8Text.Result read;
        try (InputStream in = stdin ? System.in : open(Path.of(file))) {
            read = Utf8Text.read(in, stream::feed);
        } catch (CannotRead e) {
            err.println("datakart detect: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("datakart detect: cannot read " + name + ": " + e.getMessage());
            return 1;
        }
        stream.finish();
        json.summary(stream.categories());
        json.flush();
        if (read.malformed() > 0) {
            err.printf("datakart detect: warning: %s is not valid UTF-8: %d byte sequence(s) read as U+FFFD,"
                       + " the first at byte %d%n", name, read.malformed(), read.firstMalformedAt());
        }
        return 0;
    }

    /**
     * A plain text file is read as UTF-8 (offsets into the file's text, bad bytes counted); anything else
     * through its parser. A file that cannot be opened is left to the text path's clear errors.
     */
    private static boolean isPlainText(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) return true;
        try (var in = org.apache.tika.io.TikaInputStream.get(path)) {
            org.apache.tika.metadata.Metadata m = new org.apache.tika.metadata.Metadata();
            m.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
            return org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().detect(in, m) // bytes and name: no parsers loaded
                    .getBaseType().toString().equals("text/plain");
        } catch (IOException e) {
            return true;
        }
    }

    /** A document of any format Tika reads, part by part, in this process. */
    private Integer document(Path path, DetectorSet detectors, FindingJson json, PrintWriter err) {
        try {
            new Extractor(Extractor.Limits.DEFAULT).extract(path, path.getFileName().toString(),
                    new DocumentDetection(detectors, json));
        } catch (IOException e) {
            err.println("datakart detect: cannot read " + path + ": " + e.getMessage());
            return 1;
        } finally {
            json.flush();
        }
        return 0;
    }

    private static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) throw new CannotRead(path + " is a directory, not a file");
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new CannotRead("no such file: " + path);
        } catch (AccessDeniedException e) {
            throw new CannotRead("permission denied: " + path);
        }
    }

    /** An input that cannot be read, with a message for a person. */
    static final class CannotRead extends IOException {
        CannotRead(String message) {
            super(message);
        }
    }
}
