package no.datakart.patterns.text;

/**
 * Skips, many chars at a time, text in which no digit run of a given length can start. Optional: a
 * {@link DigitRuns} without one probes char by char and finds the same runs.
 */
interface RunSkipper {

    /**
     * Where the next run of at least the skipper's length may start: an index in {@code [from, end]} such
     * that no such run starts in {@code [from, index)}, counting chars before {@code from} as not part of a
     * run. Returns {@code from} when it cannot tell, as for a short stretch at the end.
     */
    int skip(char[] a, int from, int end);

    /** The fastest skipper this runtime has for runs of at least {@code minRunChars} chars, or null. */
    static RunSkipper forRuns(int minRunChars) {
        if (Boolean.getBoolean("datakart.scalar")) return null;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return null;
        try {
            return VectorRunSkipper.create(minRunChars);
        } catch (LinkageError | RuntimeException e) { // the module is there but unusable: probe instead
            return null;
        }
    }
}
