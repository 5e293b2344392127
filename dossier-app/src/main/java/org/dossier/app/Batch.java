package org.dossier.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Source;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;

/**
 * Runs one stage over every input of a command line: each page processed and printed, each failure
 * reported as a JSON line ({@code source}, {@code error}) on standard error, and the batch always
 * carried to its end. Not thread-safe.
 */
final class Batch {
    /** What a command does with one page. */
    interface PageHandler {
        void handle(Source source) throws ExtractionException;
    }

    private Batch() {
    }

    /**
     * Reads every input and hands each page to {@code handler}.
     *
     * @return the number of inputs that failed
     */
    static int run(List<String> inputs, InputOptions options, InputStream stdin, PrintStream err,
                   PageHandler handler) {
        int failures = 0;
        try (InputReader reader = InputReader.open(inputs, options, stdin)) {
            for (SourceItem item : reader) {
                if (item instanceof SourceItem.Failed failed) {
                    err.println(RecordJson.line(RecordJson.error(failed.location(), failed.reason())));
                    failures++;
                    continue;
                }
                Source source = ((SourceItem.Read) item).source();
                try {
                    handler.handle(source);
                } catch (ExtractionException e) {
                    err.println(RecordJson.line(RecordJson.error(e.location(), e.reason())));
                    failures++;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // A bug or a hostile page must not end the batch: report it against the page.
                    err.println(RecordJson.line(RecordJson.error(source.ref().location(),
                            "internal error: " + e)));
                    failures++;
                }
            }
        }
        return failures;
    }
}
