package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.app.web.WebConfig;
import org.dossier.app.web.WebServer;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.fetch.AddressPolicy;
import org.dossier.store.fetch.FetchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the web page and REST API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: a page to read it (timeline, entities, articles with their evidence, "
                + "search) and a JSON API under /api (described at /api/openapi.json).",
                "Listens on 127.0.0.1 unless --host says otherwise. POST /api/ingest adds pages or URLs and needs "
                        + "the bearer token printed at start-up (or set in $" + ServeCommand.TOKEN_ENV + ")."})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable holding the ingest token; a random one is made when it is unset. */
    static final String TOKEN_ENV = "DOSSIER_TOKEN";

    @Mixin
    DataDir data;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "default: ${DEFAULT-VALUE}; 0 picks a free port")
    int port;

    @Option(names = "--allow-private", description = "let POST /api/ingest fetch from private, loopback and "
            + "link-local addresses (refused by default)")
    boolean allowPrivate;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return serve(data.path(), host, port, allowPrivate, batch.maxBytes(), out, err);
    }

    /** A server and the store it serves; closing stops the one and closes the other. */
    record Running(WebServer server, Store store) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }

    /**
     * Serves the store in {@code dir} until the process is interrupted; returns the exit status.
     */
    static int serve(Path dir, String host, int port, boolean allowPrivate, long maxBytes, PrintStream out,
                     PrintStream err) {
        Optional<Running> running = start(dir, host, port, allowPrivate, maxBytes, out, err);
        if (running.isEmpty()) {
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.get().close();
            stopped.countDown();
        }, "dossier-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Opens the store in {@code dir} (for writing when no other process writes it, else for reading)
     * and starts serving it; says where on {@code out}. Empty, with the reason on {@code err}, when the
     * store cannot be opened or the port bound.
     */
    static Optional<Running> start(Path dir, String host, int port, boolean allowPrivate, long maxBytes,
                                   PrintStream out, PrintStream err) {
        Store store;
        try {
            store = Store.open(dir, Store.Mode.WRITE);
        } catch (StoreException writing) {
            try {
                store = Store.open(dir, Store.Mode.READ);
                err.println("dossier serve: " + writing.reason() + "; serving read-only (no ingestion)");
            } catch (StoreException e) {
                err.println("dossier serve: " + e.getMessage());
                return Optional.empty();
            }
        }
        String env = System.getenv(TOKEN_ENV);
        boolean fromEnv = env != null && env.strip().length() >= 16;
        if (env != null && !env.isBlank() && !fromEnv) {
            err.println("dossier serve: $" + TOKEN_ENV + " is shorter than 16 characters; using a random token");
        }
        String token = fromEnv ? env.strip() : randomToken();
        FetchConfig fetch = FetchConfig.defaults(IngestCommand.userAgent()).withMaxBytes(maxBytes)
                .withAddresses(allowPrivate ? AddressPolicy.ALLOW_PRIVATE : AddressPolicy.PUBLIC_ONLY);
        WebConfig config = new WebConfig(host, port, token, () -> AppPipeline.create(maxBytes),
                AppPipeline.processedBy(), fetch, maxBytes);
        WebServer server;
        try {
            server = WebServer.start(store, config);
        } catch (IllegalStateException e) {
            store.close();
            err.println("dossier serve: " + e.getMessage());
            return Optional.empty();
        }
        out.println("Dossier: serving " + dir + " at " + server.url() + "  (Ctrl-C stops)");
        out.println("API: " + server.url() + "api/openapi.json");
        if (store.writable()) {
            out.println("POST /api/ingest token: " + (fromEnv ? "(from $" + TOKEN_ENV + ")" : token));
        }
        return Optional.of(new Running(server, store));
    }

    /** 192 random bits, URL-safe. */
    private static String randomToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
