package org.yusuan.budget.cli.internal;

import java.io.PrintWriter;

/**
 * A progress bar on the error stream ({@code [#####.....] 50/100}), redrawn in place as files are
 * done; silent when disabled (when no terminal is attached, so that piped and redirected output
 * stays clean). Thread-safe.
 */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private boolean shown;

    /**
     * A bar.
     *
     * @param err where it is drawn
     * @param total how many files there are
     * @param enabled whether to draw at all
     */
    public Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    /** Counts one file done and redraws. */
    public synchronized void step() {
        done++;
        draw();
    }

    /** Removes the bar (before other output, or at the end). */
    public synchronized void clear() {
        if (shown) {
            err.print('\r' + " ".repeat(WIDTH + 24) + '\r');
            err.flush();
            shown = false;
        }
    }

    /** Draws the bar again after other output. */
    public synchronized void draw() {
        if (!enabled) {
            return;
        }
        int filled = (int) ((long) done * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        shown = true;
    }
}
