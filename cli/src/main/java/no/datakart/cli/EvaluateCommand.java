package no.datakart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import no.datakart.patterns.Confidence;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.set.DetectorSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datakart evaluate [DIR]}: precision and recall on the labelled corpus, as Markdown tables. */
@Command(name = "evaluate",
        description = {"Measures the detectors on a labelled corpus and prints precision and recall per type",
            "and how often a document's categories agree with its labels."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the corpus could not be read or is malformed", "2:bad usage"})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "eval/corpus",
            description = "the labelled corpus (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--min-confidence", paramLabel = "LEVEL", defaultValue = "MEDIUM",
            description = "count findings at this level or above (default: ${DEFAULT-VALUE}, as detect reports)")
    Confidence minConfidence;

    @Option(names = "--misses", description = "also list every false and missed finding (masked) and category")
    boolean misses;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", defaultValue = "2026-11-23",
            description = "the scan date the corpus was labelled for (default: ${DEFAULT-VALUE})")
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("datakart evaluate: no such directory: " + dir);
            return 1;
        }
        List<LabelledCorpus.Document> docs;
        try {
            docs = LabelledCorpus.read(dir);
        } catch (IOException | IllegalArgumentException e) {
            err.println("datakart evaluate: " + e.getMessage());
            return 1;
        }
        DetectorSettings settings = DetectorSettings.defaults().withReferenceDate(today).withMinConfidence(minConfidence);
        Evaluation e = Evaluation.run(docs, new DetectorSet(settings));
        out.print(e.table());
        if (misses) {
            out.println();
            for (String m : e.misses) out.println(m);
        }
        out.flush();
        return 0;
    }
}
