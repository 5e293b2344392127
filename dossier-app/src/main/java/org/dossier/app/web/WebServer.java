package org.dossier.app.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;

/**
 * The web server of {@code dossier serve}: the REST API under {@code /api} (JSON; described at
 * {@code /api/openapi.json}) and the page at {@code /} that reads it (timeline, entities, articles,
 * search). It reads the store through the store's read pool, so requests run side by side; ingestion
 * requests run one at a time. Thread-safe.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final Routes routes;
    private final String host;

    private WebServer(Javalin app, Routes routes, String host) {
        this.app = app;
        this.routes = routes;
        this.host = host;
    }

    /**
     * Starts serving {@code store} as {@code config} says; returns once the port is bound.
     *
     * @throws IllegalStateException when the port cannot be bound (in use, not allowed)
     */
    public static WebServer start(Store store, WebConfig config) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Routes routes = new Routes();
        Security security = new Security(config.host());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.prefer405over404 = true;
            c.router.ignoreTrailingSlashes = true;
        });
        app.before(security::before);
        new Api(store).register(app, routes);
        routes.post(app, "/api/ingest", new Ingest(store, config)::handle);
        Assets.load().register(app, routes, store);
        app.exception(ApiError.class,
                (e, ctx) -> Routes.json(ctx, e.status(), Views.error(e.status(), e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            String message = switch (e.getStatus()) {
                case 404 -> "no such route: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)";
                case 405 -> ctx.method() + " is not allowed on " + ctx.path() + " (see /api/openapi.json)";
                default -> e.getMessage();
            };
            Routes.json(ctx, e.getStatus(), Views.error(e.getStatus(), message));
        });
        app.exception(StoreException.class, (e, ctx) -> {
            err.println("dossier serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            Routes.json(ctx, 500, Views.error(500, "the store failed: " + e.reason()));
        });
        app.exception(Exception.class, (e, ctx) -> {
            err.println("dossier serve: " + ctx.method() + " " + ctx.path() + ": internal error: " + e);
            Routes.json(ctx, 500, Views.error(500, "internal error"));
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot serve on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return new WebServer(app, routes, config.host());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** The port it listens on (the one picked when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) {
            h = "127.0.0.1";
        }
        return String.format(Locale.ROOT, "http://%s:%d/", h, port());
    }

    /** The routes served, for checking the OpenAPI document against them. */
    List<Routes.Route> routes() {
        return routes.all();
    }

    /** Stops serving (requests under way are finished first). The store stays open. */
    @Override
    public void close() {
        app.stop();
    }
}
