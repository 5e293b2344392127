package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.ingest.IngestConfig;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoreCounts;
import org.dossier.store.query.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier demo}: the main job over the sample pages the project ships. Ingests them into a
 * fresh store (extraction, entities, quotes, events, the merged timeline), prints what came out,
 * and says how to look further.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample pages shipped with Dossier (fictional outlets reporting the real "
                + "2018-2019 Korean Peninsula diplomacy; see docs/samples.md) into a fresh store, prints a "
                + "summary (articles, entities, quotes and the merged timeline), then serves the store's page "
                + "on http://127.0.0.1:8080/ until interrupted (--no-serve to stop after the summary)."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = "where to build the demo store (default: dossier-demo in the system's temporary "
                    + "directory); it must be empty, absent, or an earlier demo store, which is replaced")
    Path data;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "then serve the store on 127.0.0.1 and wait (default); --no-serve stops after the summary")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "where to serve (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path dir = data != null ? data : Path.of(System.getProperty("java.io.tmpdir"), "dossier-demo");
        if (!freshen(dir, err)) {
            return 2;
        }
        List<Path> pages = Samples.copyTo(Files.createTempDirectory("dossier-samples"));
        out.println("Dossier demo: " + pages.size() + " sample files → store in " + dir);
        out.println("(the first run loads the language models; this takes a few seconds)");
        out.println();
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            IngestListener quiet = (location, outcome, detail) -> {
                if (outcome == IngestListener.Outcome.FAILED) {
                    err.println("  failed: " + location + ": " + detail);
                }
            };
            IngestSummary s = new Ingester(store, AppPipeline.create(ExtractorConfig.DEFAULT_MAX_INPUT_BYTES),
                    IngestConfig.defaults(AppPipeline.processedBy(), Optional.empty()), Optional.empty(), quiet)
                    .run(pages.stream().map(Path::toString).toList(), System.in);
            store.flush();
            summarise(store, out);
            out.println();
            out.printf(Locale.ROOT, "%d inputs ingested in %.1f s.%n", s.total(), s.wallNanos() / 1e9);
        } catch (StoreException e) {
            err.println("dossier demo: " + e.getMessage());
            return 2;
        }
        out.println();
        if (serve) {
            out.println("Browse the store (timeline, entities, articles with their evidence, search):");
            return ServeCommand.serve(dir, "127.0.0.1", port, false, ExtractorConfig.DEFAULT_MAX_INPUT_BYTES, out, err);
        }
        out.println("Look further (the same store):");
        out.println("  ./dossier serve --data " + dir + "   # the page and API at http://127.0.0.1:8080/");
        out.println("  ./dossier timeline --data " + dir);
        out.println("  ./dossier search --data " + dir + " \"Dalian\"");
        out.println("  ./dossier quotes --data " + dir);
        out.println("  ./dossier export --data " + dir + " --format csv --what events");
        out.println("Your own pages:  ./dossier ingest PAGE.html CAPTURE.txt ARCHIVE.warc.gz https://…");
        return 0;
    }

    private static void summarise(Store store, PrintStream out) throws StoreException {
        StoreCounts c = store.counts();
        out.printf(Locale.ROOT, "%d articles, %d entities, %d quotes, %d events merged into %d timeline entries, "
                + "%d errors%n%n", c.articles(), c.entities(), c.quotes(), c.events(), c.timelineEntries(), c.errors());
        List<EntitySummary> entities = store.entities(Filter.all());
        out.println("Most mentioned:");
        entities.stream().limit(10).forEach(e -> out.printf(Locale.ROOT, "  %-28s %-24s %2d articles, %3d mentions%n",
                e.id(), e.name(), e.articles(), e.mentions()));
        List<StoredQuote> quotes = store.quotes(Filter.all());
        if (!quotes.isEmpty()) {
            out.println();
            out.println("Quotes (" + quotes.size() + "), a few:");
            quotes.stream().limit(5).forEach(q -> out.println("  " + q.quote().speaker().orElse("(unattributed)")
                    + q.quote().speakerTitle().map(t -> ", " + t).orElse("") + ": “" + shorten(q.quote().text(), 110)
                    + "”"));
        }
        List<TimelineEntry> timeline = store.timeline(Filter.all());
        if (!timeline.isEmpty()) {
            out.println();
            out.println("Timeline (" + timeline.size() + " entries, oldest first):");
            timeline.forEach(t -> out.println("  " + TimelineFormat.head(t)));
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    /** Empties {@code dir} when it is absent, empty or an earlier demo store; refuses anything else. */
    private static boolean freshen(Path dir, PrintStream err) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                err.println("dossier demo: " + dir + " is not a directory");
                return false;
            }
            boolean empty;
            try (Stream<Path> s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve("dossier.db"))) {
                err.println("dossier demo: " + dir + " holds other files; give --data an empty or new directory");
                return false;
            }
            StoreAccess.deleteTree(dir);
        }
        Files.createDirectories(dir);
        return true;
    }
}
