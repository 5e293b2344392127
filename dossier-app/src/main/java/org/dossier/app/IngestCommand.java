package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.fetch.AddressPolicy;
import org.dossier.store.fetch.FetchConfig;
import org.dossier.store.fetch.Fetcher;
import org.dossier.store.ingest.IngestConfig;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.source.InputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier ingest}: adds pages, archives, feeds and sitemaps to the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds inputs to the store: files (.html, .htm, .txt, .gz, .warc, .warc.gz), directories "
                + "(recursed), - for standard input, and http(s) URLs of pages, RSS/Atom feeds and sitemaps "
                + "(feeds and sitemaps are expanded into the pages they list).",
                "Running it again on the same inputs adds nothing twice and finishes what an interrupted run "
                        + "left. Inputs that fail are recorded (see `dossier errors`) and the run goes on; the exit "
                        + "status is 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    /** Where requests say they come from; set DOSSIER_USER_AGENT to name your project and a contact. */
    static final String USER_AGENT_ENV = "DOSSIER_USER_AGENT";

    @Mixin
    DataDir data;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files, directories, - or http(s) URLs")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE", description = "a file of URLs, one per line (# comments)")
    Path urlFile;

    @Option(names = "--allow-private", description = "allow fetching from private, loopback and link-local "
            + "addresses (refused by default)")
    boolean allowPrivate;

    @Option(names = "--allow-loopback", description = "allow this machine's loopback only (a local server)")
    boolean allowLoopback;

    @Option(names = "--delay", defaultValue = "1000", paramLabel = "MS",
            description = "pause between requests to one host (default: ${DEFAULT-VALUE}; robots.txt may ask more)")
    long delayMillis;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "S",
            description = "longest wait for one response, in seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-redirects", defaultValue = "5", description = "default: ${DEFAULT-VALUE}")
    int maxRedirects;

    @Mixin
    BatchOptions batch;

    @Option(names = "--refetch", description = "fetch URLs already in the store again")
    boolean refetch;

    @Option(names = {"-q", "--quiet"}, description = "print only errors and the summary")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(inputs);
        if (urlFile != null) {
            try {
                for (String line : Files.readAllLines(urlFile, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        all.add(line.strip());
                    }
                }
            } catch (IOException e) {
                err.println("dossier: cannot read the URL list " + urlFile + ": " + e.getMessage());
                return 2;
            }
        }
        if (all.isEmpty()) {
            err.println("dossier: nothing to ingest (give files, directories, URLs or --urls FILE)");
            return 2;
        }
        long maxBytes = batch.maxBytes();
        FetchConfig fetch = FetchConfig.defaults(userAgent())
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
                .withMaxBytes(maxBytes).withMaxRedirects(maxRedirects).withDelay(Duration.ofMillis(delayMillis))
                .withAddresses(allowPrivate ? AddressPolicy.ALLOW_PRIVATE
                        : allowLoopback ? AddressPolicy.ALLOW_LOOPBACK : AddressPolicy.PUBLIC_ONLY);
        IngestConfig config = IngestConfig.defaults(AppPipeline.processedBy(), Optional.of(fetch))
                .withInputs(new InputOptions(maxBytes)).withRefetch(refetch);
        if (batch.threads != null) {
            config = config.withWorkers(batch.workers());
        }
        Path dir = data.path();
        IngestSummary s;
        try (Store store = Store.open(dir, Store.Mode.WRITE);
             Fetcher fetcher = new Fetcher(fetch);
             Progress progress = Progress.create(err, "ingest", -1, quiet)) {
            s = new Ingester(store, AppPipeline.create(maxBytes), config, Optional.of(fetcher), progress)
                    .run(all, System.in);
        } catch (StoreException e) {
            err.println("dossier: " + e.getMessage());
            return 2;
        }
        err.println(summary(s, dir));
        return s.count(IngestListener.Outcome.FAILED) == 0 ? 0 : 1;
    }

    static String userAgent() {
        String env = System.getenv(USER_AGENT_ENV);
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return "Dossier/" + Main.version() + " (open-source news research tool; set " + USER_AGENT_ENV
                + " to add your contact)";
    }

    static String summary(IngestSummary s, Path dir) {
        return String.format(Locale.ROOT, "%d inputs: %d new articles, %d same article again, %d already stored, "
                        + "%d known URLs, %d feeds/sitemaps, %d failed%s%n"
                        + "time %.1f s. Elapsed (CPU) per part, summed over threads: reading/fetching %s, pipeline %s, "
                        + "raw bytes %s, SQLite and index %s — data in %s",
                s.total(), s.count(IngestListener.Outcome.STORED), s.count(IngestListener.Outcome.SAME_ARTICLE),
                s.count(IngestListener.Outcome.ALREADY_STORED), s.count(IngestListener.Outcome.KNOWN_URL),
                s.count(IngestListener.Outcome.EXPANDED), s.count(IngestListener.Outcome.FAILED),
                s.count(IngestListener.Outcome.FAILED) > 0 ? " (see `dossier errors`)" : "",
                s.wallNanos() / 1e9, cost(s.read()), cost(s.pipeline()), cost(s.raw()), cost(s.store()), dir);
    }

    private static String cost(IngestSummary.Cost c) {
        return String.format(Locale.ROOT, "%.1f s (%.1f s)", c.wallNanos() / 1e9, c.cpuNanos() / 1e9);
    }
}
