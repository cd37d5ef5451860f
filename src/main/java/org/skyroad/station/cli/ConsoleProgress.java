package org.skyroad.station.cli;

import java.io.PrintWriter;
import org.skyroad.station.domain.common.Progress;

/**
 * Progress of long work on one console line ({@code \r}), at most a few times a second; silent
 * when there is no console, so scripts and logs see only the result.
 */
public final class ConsoleProgress implements Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private long lastPrinted;
    private boolean printed;

    public ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress on {@code err} only when the program runs in a console. */
    public static ConsoleProgress forConsole(PrintWriter err) {
        return new ConsoleProgress(err, Headless.interactive());
    }

    @Override
    public void update(long done, long total, String what) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        printed = true;
        int percent = total <= 0 ? 100 : (int) (done * 100 / total);
        err.print("\r  " + done + " / " + total + " " + what + " (" + percent + "%)   ");
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Ends the progress line, if one was printed. */
    public void finish() {
        if (printed) {
            err.println();
            err.flush();
            printed = false;
        }
    }
}
