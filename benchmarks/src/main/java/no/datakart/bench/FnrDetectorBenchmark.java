package no.datakart.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import no.datakart.patterns.DetectionStream;
import no.datakart.patterns.DetectorSettings;
import no.datakart.patterns.Finding;
import no.datakart.patterns.FindingSink;
import no.datakart.patterns.fnr.FnrDetector;
import no.datakart.patterns.set.DetectorSet;

/**
 * Throughput of the fødselsnummer detector against {@link RegexFnrBaseline}, in chars per second:
 * each invocation scans one fresh 1 MiB text and counts as {@value #CHARS_PER_OP} operations.
 *
 * <p>The texts are consecutive slices of a corpus held in memory, taken in turn, so the branch
 * predictor and caches cannot learn one text. {@code corpus} is the path of a UTF-8 file, or empty for
 * {@link MunicipalCorpus}. Run: {@code java -jar benchmarks.jar FnrDetectorBenchmark [-p corpus=FILE]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = FnrDetectorBenchmark.VECTOR_API)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FnrDetectorBenchmark {
    /** As the launcher runs it: with the Vector API, which the digit-run scan uses where it is there. */
    static final String VECTOR_API = "--add-modules=jdk.incubator.vector";
    /** Chars scanned per invocation, and so the operations JMH counts for it. */
    public static final int CHARS_PER_OP = 1 << 20;
    /** Chunk size the detector is fed in, as a reader's buffer would hand text over. */
    static final int CHUNK = 8192;
    static final int GENERATED_CHARS = 4 << 20;
    static final long SEED = 20261123L;
    /** A fixed "today": ages and future dates, and so the work per finding, do not change with the date. */
    static final DetectorSettings SETTINGS = DetectorSettings.defaults().withReferenceDate(LocalDate.of(2026, 11, 23));

    /** Path of a UTF-8 text file; empty for the generated corpus. */
    @Param({""})
    public String corpus;

    private char[] chars;    // the corpus, repeated to a whole number of slices
    private String[] slices; // the same slices as strings for the regex, made here so no copy is timed
    private int next;

    private DetectionStream stream;
    private DetectionStream setStream;
    private final CountingSink sink = new CountingSink();
    private RegexFnrBaseline baseline;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        String text = corpus.isEmpty()
                ? MunicipalCorpus.generate(SEED, GENERATED_CHARS).substring(0, GENERATED_CHARS)
                : Files.readString(Path.of(corpus), StandardCharsets.UTF_8);
        if (text.isEmpty()) throw new IllegalArgumentException("empty corpus " + corpus);
        int count = (int) Math.ceil((double) text.length() / CHARS_PER_OP);
        chars = new char[count * CHARS_PER_OP];
        // repeat the text to fill the last slice: a short corpus is cycled, a long one wraps round once
        for (int at = 0; at < chars.length; at += text.length()) {
            int n = Math.min(text.length(), chars.length - at);
            text.getChars(0, n, chars, at);
        }
        slices = new String[count];
        for (int i = 0; i < count; i++) slices[i] = new String(chars, i * CHARS_PER_OP, CHARS_PER_OP);
        next = 0;

        stream = new FnrDetector(SETTINGS).open(sink);
        setStream = new DetectorSet(SETTINGS).open(sink);
        baseline = new RegexFnrBaseline(SETTINGS);
    }

    /** The detector, fed the next slice in chunks through one stream reset for each text. */
    @Benchmark
    @OperationsPerInvocation(CHARS_PER_OP)
    public int detector(Blackhole hole) {
        int from = nextSlice() * CHARS_PER_OP;
        sink.start(hole);
        stream.reset();
        for (int off = 0; off < CHARS_PER_OP; off += CHUNK) stream.feed(chars, from + off, CHUNK);
        stream.finish();
        return sink.count;
    }

    /** Every detector of the set in one pass (issue 3's figure), fed as above. */
    @Benchmark
    @OperationsPerInvocation(CHARS_PER_OP)
    public int detectorSet(Blackhole hole) {
        int from = nextSlice() * CHARS_PER_OP;
        sink.start(hole);
        setStream.reset();
        for (int off = 0; off < CHARS_PER_OP; off += CHUNK) setStream.feed(chars, from + off, CHUNK);
        setStream.finish();
        return sink.count;
    }

    /** The detector as above, in a JVM without the Vector API: the digit-run scan probes char by char. */
    @Benchmark
    @OperationsPerInvocation(CHARS_PER_OP)
    @Fork(value = 1, jvmArgsAppend = "-Ddatakart.scalar=true")
    public int detectorScalar(Blackhole hole) {
        return detector(hole);
    }

    /** The regex baseline over the next slice as a whole string. */
    @Benchmark
    @OperationsPerInvocation(CHARS_PER_OP)
    public int regexBaseline(Blackhole hole) {
        List<RegexFnrBaseline.Hit> hits = baseline.findAll(slices[nextSlice()]);
        for (RegexFnrBaseline.Hit hit : hits) hole.consume(hit);
        return hits.size();
    }

    private int nextSlice() {
        int slice = next;
        next = slice + 1 == slices.length ? 0 : slice + 1;
        return slice;
    }

    int slices() {
        return slices.length;
    }

    /** Hands every finding to the blackhole, so none can be optimised away, and counts them. */
    private static final class CountingSink implements FindingSink {
        Blackhole hole;
        int count;

        void start(Blackhole h) {
            hole = h;
            count = 0;
        }

        @Override
        public void accept(Finding finding) {
            hole.consume(finding);
            count++;
        }
    }
}
