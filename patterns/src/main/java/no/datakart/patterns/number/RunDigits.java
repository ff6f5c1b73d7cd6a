package no.datakart.patterns.number;

import no.datakart.patterns.text.Chars;
import no.datakart.patterns.text.DigitRuns;
import no.datakart.patterns.text.TextWindow;

/** Helpers over a {@link DigitRuns} run as its listener sees it. */
final class RunDigits {
    private RunDigits() {
    }

    // whether the run's groups have exactly these lengths; no varargs: they would allocate per run
    static boolean groups(DigitRuns run, int a) {
        return run.groupCount() == 1 && run.length(0) == a;
    }

    static boolean groups(DigitRuns run, int a, int b, int c) {
        return run.groupCount() == 3 && run.length(0) == a && run.length(1) == b && run.length(2) == c;
    }

    static boolean groups(DigitRuns run, int a, int b, int c, int d) {
        return run.groupCount() == 4 && run.length(0) == a && run.length(1) == b && run.length(2) == c
               && run.length(3) == d;
    }

    /** Whether every separator inside the run is {@code sep}. */
    static boolean separatedBy(DigitRuns run, char sep) {
        for (int k = 1; k < run.groupCount(); k++) {
            if (run.separatorBefore(k) != sep) return false;
        }
        return true;
    }

    /** Whether the run stands apart: no letter glued to either end. */
    static boolean apart(DigitRuns run) {
        return !Chars.isLetter(run.charBefore()) && !Chars.isLetter(run.charAfter());
    }

    /** Total digits of the run, if it has at most 8 groups (the ones a run keeps). */
    static int digitCount(DigitRuns run) {
        int n = 0;
        for (int k = 0; k < run.groupCount(); k++) n += run.length(k);
        return n;
    }

    /**
     * Appends the run's digits to {@code out}, read from the text: groups of any length, at most 8
     * groups (the ones a run keeps) and within the window's history.
     */
    static StringBuilder appendDigits(DigitRuns run, TextWindow text, StringBuilder out) {
        for (int k = 0; k < run.groupCount(); k++) {
            for (long p = run.start(k), e = run.end(k); p < e; p++) out.append(text.charAt(p));
        }
        return out;
    }

    /** Whether the run can be read whole: at most 8 groups, all still in the window. */
    static boolean readable(DigitRuns run, TextWindow text) {
        return run.groupCount() <= 8 && run.start(0) >= text.first();
    }
}
