package no.datakart.patterns.text;

/**
 * The text a detector may look back at: the chunk being scanned plus the last {@link #HISTORY} chars
 * before it, so context and spans work across chunk boundaries without holding the whole text.
 */
public final class TextWindow implements CharSource {
    /** How far before the current chunk text stays readable. */
    public static final int HISTORY = 1024;
    private static final int MASK = HISTORY - 1;

    private final char[] ring = new char[HISTORY];
    private char[] chunk = new char[0];
    private int chunkOff;
    private long chunkStart; // absolute offset of chunk[chunkOff]
    private long chunkEnd;   // absolute offset just past the chunk

    /** Makes {@code a[off, off+len)} readable as absolute offsets {@code [start, start+len)}. */
    public void begin(char[] a, int off, int len, long start) {
        chunk = a;
        chunkOff = off;
        chunkStart = start;
        chunkEnd = start + len;
    }

    /** Keeps the chunk's tail readable after the caller reuses its buffer. */
    public void end() {
        int len = (int) (chunkEnd - chunkStart);
        int n = Math.min(len, HISTORY);
        int from = chunkOff + len - n;              // chunk index of the first char kept
        int at = (int) ((chunkEnd - n) & MASK);     // its place in the ring
        int first = Math.min(n, HISTORY - at);
        System.arraycopy(chunk, from, ring, at, first);
        System.arraycopy(chunk, from + first, ring, 0, n - first);
        chunk = ring; // no reference to the caller's buffer survives
        chunkOff = 0;
        chunkStart = chunkEnd;
    }

    /** The first absolute offset still readable. */
    @Override
    public long first() {
        return Math.max(0, chunkStart - HISTORY);
    }

    /** Absolute offset just past the last readable char. */
    @Override
    public long limit() {
        return chunkEnd;
    }

    @Override
    public char charAt(long p) {
        if (p >= chunkStart) return chunk[chunkOff + (int) (p - chunkStart)];
        return ring[(int) (p & MASK)];
    }

    @Override
    public void copy(long from, char[] dst, int n) {
        int at = 0;
        if (from < chunkStart) { // the part still in the ring, in up to two pieces
            int inRing = (int) Math.min(n, chunkStart - from);
            int r = (int) (from & MASK);
            int first = Math.min(inRing, HISTORY - r);
            System.arraycopy(ring, r, dst, 0, first);
            System.arraycopy(ring, 0, dst, first, inRing - first);
            at = inRing;
        }
        if (at < n) System.arraycopy(chunk, chunkOff + (int) (from + at - chunkStart), dst, at, n - at);
    }

    /** The chunk being scanned, for a loop that reads it directly: its array, ... */
    public char[] chunkArray() {
        return chunk;
    }

    /** ... the index of absolute offset {@code p} in it (for {@code p} from {@link #chunkStart()} on). */
    public int chunkIndex(long p) {
        return chunkOff + (int) (p - chunkStart);
    }

    /** The absolute offset of the chunk's first char. */
    public long chunkStart() {
        return chunkStart;
    }

    public void reset() {
        chunk = ring;
        chunkOff = 0;
        chunkStart = 0;
        chunkEnd = 0;
    }
}
