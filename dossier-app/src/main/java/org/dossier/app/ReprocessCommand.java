package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.store.db.StoreException;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Reprocessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier reprocess}: rebuilds every record from the kept raw bytes with this Dossier. */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Rebuilds every record of the store from the raw bytes it kept, with this version of "
                + "Dossier, and re-merges the timeline. The new store replaces the old one only when complete; "
                + "if interrupted, the old one stays.",
                "Run it when nothing else uses the data directory."})
final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = {"-q", "--quiet"}, description = "print only errors and the summary")
    boolean quiet;

    @Option(names = "--max-bytes", defaultValue = "" + ExtractorConfig.DEFAULT_MAX_INPUT_BYTES,
            description = "refuse inputs larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        IngestSummary s;
        try (Progress progress = Progress.create(err, "reprocess", -1, quiet)) {
            s = new Reprocessor(AppPipeline.create(maxBytes), AppPipeline.processedBy(), progress).run(data.path());
        } catch (StoreException e) {
            err.println("dossier: " + e.getMessage());
            return 2;
        }
        err.println(IngestCommand.summary(s, data.path()));
        return s.count(IngestListener.Outcome.FAILED) == 0 ? 0 : 1;
    }
}
