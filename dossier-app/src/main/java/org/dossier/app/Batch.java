package org.dossier.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Source;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;

/**
 * Runs one stage over every input of a command line: each page processed and printed in input
 * order, each failure reported as a JSON line ({@code source}, {@code error}) on standard error, and
 * the batch always carried to its end.
 *
 * <p>With more than one thread, pages are processed in parallel while one thread reads the inputs and
 * prints the results in order. At most two pages per thread are in flight, so memory stays bounded
 * whatever the number of inputs. The handler must be thread-safe. {@code Batch} itself is not.
 */
final class Batch {
    /** What a command does with one page: the text to print for it. */
    interface PageHandler {
        String handle(Source source) throws ExtractionException;
    }

    /** What one input came to: text for standard output, or an error line for standard error. */
    private record Outcome(String out, String error) {
        static Outcome failed(String location, String reason) {
            return new Outcome(null, RecordJson.line(RecordJson.error(location, reason)));
        }
    }

    /** An input whose outcome may still be computed. */
    private record Pending(String location, Future<Outcome> outcome) {
    }

    private Batch() {
    }

    /**
     * Reads every input and hands each page to {@code handler}.
     *
     * @param threads how many pages to process at once (1: all on the calling thread)
     * @return the number of inputs that failed
     */
    static int run(List<String> inputs, InputOptions options, InputStream stdin, PrintStream out, PrintStream err,
                   int threads, PageHandler handler) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-worker");
            t.setDaemon(true); // never keeps the JVM alive after the batch
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        int failures = 0;
        try (InputReader reader = InputReader.open(inputs, options, stdin)) {
            for (SourceItem item : reader) {
                Future<Outcome> outcome;
                if (item instanceof SourceItem.Failed f) {
                    outcome = CompletableFuture.completedFuture(Outcome.failed(f.location(), f.reason()));
                } else {
                    Source source = ((SourceItem.Read) item).source();
                    outcome = pool == null ? CompletableFuture.completedFuture(process(source, handler))
                            : pool.submit(() -> process(source, handler));
                }
                inFlight.add(new Pending(item.location(), outcome));
                while (inFlight.size() > 2 * threads || (pool == null && !inFlight.isEmpty())) {
                    failures += print(inFlight.poll(), out, err);
                }
            }
            while (!inFlight.isEmpty()) {
                failures += print(inFlight.poll(), out, err);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return failures;
    }

    private static Outcome process(Source source, PageHandler handler) {
        try {
            return new Outcome(handler.handle(source), null);
        } catch (ExtractionException e) {
            return Outcome.failed(e.location(), e.reason());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a hostile page must not end the batch: report it against the page.
            return Outcome.failed(source.ref().location(), "internal error: " + e);
        }
    }

    /** Waits for one outcome and prints it; 1 when it was a failure. */
    private static int print(Pending pending, PrintStream out, PrintStream err) {
        Outcome o;
        try {
            o = pending.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + pending.location(), e);
        } catch (ExecutionException e) {
            o = Outcome.failed(pending.location(), "internal error: " + e.getCause());
        }
        if (o.error() != null) {
            err.println(o.error());
            return 1;
        }
        out.print(o.out());
        out.flush();
        return 0;
    }
}
