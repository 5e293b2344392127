package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.json.RecordJson;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.ingest.IngestConfig;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.ingest.Pipeline;

/**
 * Gives a read command its store: the data directory when no inputs are named, or a throwaway store
 * filled from the named inputs (so {@code dossier timeline a.html b.html} merges just those), removed
 * afterwards.
 */
final class StoreAccess {
    /** What a command does with the store; returns its exit status. */
    interface Job {
        int run(Store store) throws StoreException, IOException;
    }

    private StoreAccess() {
    }

    static int run(DataDir data, List<String> inputs, PrintStream err, Job job) {
        return run(data, inputs, AppPipeline.create(ExtractorConfig.DEFAULT_MAX_INPUT_BYTES),
                IngestConfig.defaults(AppPipeline.processedBy(), Optional.empty()), err, job);
    }

    /**
     * Runs {@code job} on the store, or on a throwaway store that {@code pipeline} fills from
     * {@code inputs} the way {@code dossier ingest} does (under {@code config}, without fetching).
     */
    static int run(DataDir data, List<String> inputs, Pipeline pipeline, IngestConfig config, PrintStream err,
                   Job job) {
        try {
            if (inputs == null || inputs.isEmpty()) {
                try (Store store = Store.open(data.path(), Store.Mode.READ)) {
                    return job.run(store);
                }
            }
            Path tmp = Files.createTempDirectory("dossier-inputs");
            try {
                int failures;
                try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
                    IngestListener errors = (location, outcome, detail) -> {
                        if (outcome == IngestListener.Outcome.FAILED) {
                            err.println(RecordJson.line(RecordJson.error(location, detail)));
                        }
                    };
                    failures = new Ingester(store, pipeline, config, Optional.empty(), errors).run(inputs, System.in)
                            .count(IngestListener.Outcome.FAILED);
                    int status = job.run(store);
                    return status != 0 ? status : failures == 0 ? 0 : 1;
                }
            } finally {
                deleteTree(tmp);
            }
        } catch (StoreException e) {
            err.println("dossier: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("dossier: " + e.getMessage());
            return 2;
        }
    }

    /** Deletes a directory tree (a throwaway store, a demo store being replaced). */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
