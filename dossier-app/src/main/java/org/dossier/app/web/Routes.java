package org.dossier.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.json.RecordJson;

/**
 * The routes the server registered, kept so that a test can hold the OpenAPI document to them, and
 * the one way JSON answers are written. Not thread-safe while routes are added (at start-up only).
 */
final class Routes {
    /** A registered route: {@code GET /api/articles/{id}}. */
    record Route(String method, String path) {
    }

    private final List<Route> routes = new ArrayList<>();

    void get(Javalin app, String path, Api.Reader reader) {
        routes.add(new Route("get", path));
        app.get(path, ctx -> json(ctx, 200, reader.answer(ctx)));
    }

    void post(Javalin app, String path, Handler handler) {
        routes.add(new Route("post", path));
        app.post(path, handler);
    }

    /** Registers a route that is not part of the JSON API (pages, assets, raw captures). */
    void page(Javalin app, String path, Handler handler) {
        routes.add(new Route("get", path));
        app.get(path, handler);
    }

    List<Route> all() {
        return List.copyOf(routes);
    }

    static void json(Context ctx, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = RecordJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(bytes);
    }
}
