package org.dossier.app;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.store.ingest.IngestListener;

/**
 * Shows ingestion as it goes: a progress bar when standard error is a terminal, otherwise one plain
 * line per input (what a log file or a test reads). Errors are printed in both modes. Not
 * thread-safe; the ingester calls it from one thread.
 */
final class Progress implements IngestListener, AutoCloseable {
    private final PrintStream err;
    private final ProgressBar bar;
    private final boolean quiet;
    private int done;

    private Progress(PrintStream err, ProgressBar bar, boolean quiet) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
    }

    /**
     * A progress bar on a terminal, plain lines otherwise; {@code quiet} keeps only the errors.
     *
     * @param expected how many inputs are coming, or -1 when unknown (directories are walked lazily)
     */
    static Progress create(PrintStream err, String task, long expected, boolean quiet) {
        if (quiet || System.console() == null) {
            return new Progress(err, null, quiet);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250).continuousUpdate().build();
        return new Progress(err, bar, false);
    }

    @Override
    public void done(String location, Outcome outcome, String detail) {
        done++;
        String word = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (bar != null) {
            bar.step();
            if (outcome == Outcome.FAILED) {
                bar.setExtraMessage("last error: " + location);
            }
            return;
        }
        if (quiet && outcome != Outcome.FAILED) {
            return;
        }
        err.println(String.format(Locale.ROOT, "%6d %-14s %s%s", done, word, location,
                detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
