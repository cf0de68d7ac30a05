package org.fonds.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.fonds.ingest.Ingest;

/**
 * Progress for people: on a terminal a bar redrawn in place with rate and time left; elsewhere
 * nothing until the end (logs and pipes get no control characters).
 */
final class ProgressBar implements Ingest.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void update(int done, int total, long bytes, Duration elapsed) {
        if (!terminal) return;
        err.print("\r" + line(done, total, bytes, elapsed));
        err.flush();
        drawn = true;
    }

    @Override
    public void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    /** "[#########.....]  1,200/4,000  30%  512 docs/s  3.4 MB/s  ETA 0:05" */
    static String line(int done, int total, long bytes, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format("[%s] %,d/%,d %3d%%  %,.0f docs/s  %.1f MB/s  ETA %d:%02d", bar, done, total, percent, rate,
                bytes / 1e6 / seconds, eta / 60, eta % 60);
    }
}
