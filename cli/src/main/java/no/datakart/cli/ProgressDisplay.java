package no.datakart.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import no.datakart.core.scan.ScanProgress;

/**
 * Shows a running scan's progress on standard error: on a terminal a bar redrawn in place with items/s,
 * MB/s and the time left; elsewhere (a log, a scheduled job) a plain line every {@value #LINE_SECONDS}
 * seconds. The time left is known only once the walk is done: until then the bar says it is still walking.
 */
final class ProgressDisplay implements AutoCloseable {
    static final int LINE_SECONDS = 10;
    private static final int WIDTH = 24;

    private final ScanProgress progress;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private final Thread thread;
    private volatile boolean running = true;
    private int lastWidth;

    ProgressDisplay(ScanProgress progress, PrintWriter err, boolean terminal) {
        this(progress, err, terminal, System::nanoTime);
    }

    ProgressDisplay(ScanProgress progress, PrintWriter err, boolean terminal, LongSupplier clock) {
        this.progress = progress;
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.thread = new Thread(this::loop, "datakart-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether standard error is an interactive terminal (asked of the JDK 22+ console where there is one). */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    private void loop() {
        long period = terminal ? 250 : LINE_SECONDS * 1000L;
        while (running) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            if (running) show(progress.snapshot(), false);
        }
    }

    private synchronized void show(ScanProgress.Snapshot s, boolean last) {
        String line = line(s, clock.getAsLong() - started, terminal);
        if (terminal) {
            String padded = line + " ".repeat(Math.max(0, lastWidth - line.length()));
            lastWidth = line.length();
            err.print("\r" + padded + (last ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** One line of progress after {@code nanos} of scanning. */
    static String line(ScanProgress.Snapshot s, long nanos, boolean bar) {
        double seconds = Math.max(nanos / 1e9, 1e-3);
        double itemsPerSecond = s.read() / seconds;
        double mbPerSecond = s.bytesRead() / 1e6 / seconds;
        StringBuilder b = new StringBuilder();
        if (bar) {
            double done = s.toRead() == 0 ? (s.walkDone() ? 1 : 0) : (double) s.read() / s.toRead();
            int filled = (int) Math.round(Math.min(1, done) * WIDTH);
            b.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            b.append(String.format(Locale.ROOT, "%3d%% ", (int) Math.floor(Math.min(1, done) * 100)));
        } else {
            b.append("progress: ");
        }
        b.append(String.format(Locale.ROOT, "%d/%d%s items read, %d unchanged", s.read(), s.toRead(),
                s.walkDone() ? "" : "+", s.walked() - s.toRead()));
        b.append(String.format(Locale.ROOT, ", %.1f items/s, %.1f MB/s", itemsPerSecond, mbPerSecond));
        if (s.failed() > 0) b.append(", ").append(s.failed()).append(" failed");
        if (!s.walkDone()) {
            b.append(", walking");
        } else if (s.read() < s.toRead() && s.bytesRead() > 0) {
            // by bytes where they tell (a share's sizes vary a lot), else by items
            double left = s.bytesToRead() > 0
                    ? (s.bytesToRead() - s.bytesRead()) / (s.bytesRead() / seconds)
                    : (s.toRead() - s.read()) / Math.max(itemsPerSecond, 1e-9);
            b.append(", ETA ").append(duration(left));
        }
        return b.toString();
    }

    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops and shows the final state once (the bar's last line stays on the screen). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        show(progress.snapshot(), true);
    }
}
