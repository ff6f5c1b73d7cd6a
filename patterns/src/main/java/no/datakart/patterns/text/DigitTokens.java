package no.datakart.patterns.text;

/**
 * Short runs of digits (a postnummer, a vehicle plate's number), found from the chunk's digit masks: the
 * runs of at most {@code maxDigits} digits are handed to a listener once they end, with the char before
 * them; longer ones are the digit-run scan's business. Chunk-safe: a run cut by a chunk boundary is heard
 * once, when it ends.
 */
public final class DigitTokens implements StreamPart {
    /** Hears a run of digits {@code [start, end)} that has ended, and the char before it ({@code 0}: none). */
    public interface Listener {
        void token(long start, long end, char before);

        /** One listener that tells them all, in order. */
        static Listener all(java.util.List<? extends Listener> listeners) {
            return switch (listeners.size()) {
                case 0 -> (s, e, b) -> { };
                case 1 -> listeners.get(0);
                case 2 -> new Fanout(listeners.get(0), listeners.get(1), null);
                case 3 -> new Fanout(listeners.get(0), listeners.get(1), listeners.get(2));
                default -> new Fanout(listeners.get(0), listeners.get(1), all(listeners.subList(2, listeners.size())));
            };
        }
    }

    /**
     * Up to three listeners, each at a call site of its own: the JIT sees one kind of listener at each
     * and inlines it, where a loop over them would make every call a lookup.
     */
    private record Fanout(Listener a, Listener b, Listener c) implements Listener {
        @Override
        public void token(long start, long end, char before) {
            a.token(start, end, before);
            b.token(start, end, before);
            if (c != null) c.token(start, end, before);
        }
    }

    private final int maxDigits;
    private final int reachBack;
    private final Listener listener;
    private final TextWindow text;
    private int digits;        // digits of a run cut by the end of the last chunk
    private char before;       // the char before that run
    private char lastChar;     // the last char of the last chunk

    /**
     * @param maxDigits the longest run heard
     * @param reachBack how far before a run a listener's finding may start (a street before a postnummer)
     */
    public DigitTokens(int maxDigits, int reachBack, TextWindow text, Listener listener) {
        this.maxDigits = maxDigits;
        this.reachBack = reachBack;
        this.text = text;
        this.listener = listener;
    }

    @Override
    public void feed(CharMasks chunk) {
        int len = chunk.length();
        if (len == 0) return;
        long start = chunk.start();
        int runFrom = digits > 0 ? -digits : Integer.MIN_VALUE; // chunk index of the open run's first digit
        long carry = digits > 0 ? 1 : 0;                          // the char before the block was a digit
        for (int b = 0, blocks = chunk.blocks(); b < blocks; b++) {
            long d = chunk.digits(b);
            long edges = d ^ (d << 1 | carry); // a run's first digit, and the first char after its last
            carry = d >>> 63;
            if (len - (b << 6) < 64) edges &= (1L << (len - (b << 6))) - 1; // no edge at the chunk's end
            for (; edges != 0; edges &= edges - 1) {
                int i = (b << 6) + Long.numberOfTrailingZeros(edges);
                if (runFrom == Integer.MIN_VALUE) {
                    runFrom = i;
                    before = i > 0 ? chunk.charAt(i - 1) : lastChar;
                } else {
                    if (i - runFrom <= maxDigits) listener.token(start + runFrom, start + i, before);
                    runFrom = Integer.MIN_VALUE;
                }
            }
        }
        // a run open at the chunk's end may go on in the next; its length, at most one past what is heard
        digits = runFrom == Integer.MIN_VALUE ? 0 : (int) Math.min(maxDigits + 1L, len - (long) runFrom);
        lastChar = chunk.charAt(len - 1);
    }

    /** The end of a text or a cell: a run cut there has ended. */
    @Override
    public void boundary() {
        long limit = text.limit();
        if (digits > 0 && digits <= maxDigits) listener.token(limit - digits, limit, before);
        digits = 0;
        lastChar = 0;
    }

    /** A run still open at the end of what was fed may make a finding that starts before it. */
    @Override
    public long settled(long scanned) {
        return digits == 0 ? scanned : scanned - digits - reachBack;
    }

    @Override
    public void reset() {
        digits = 0;
        lastChar = 0;
    }

}
