package org.dossier.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;

/**
 * What the server sends that is not JSON: the page's own files, read from the jar once at start-up
 * (a fixed list, so no request names a file), the OpenAPI document, and raw captures. A raw capture
 * is an untrusted page: it goes out as {@code text/plain} in a sandbox, never as HTML. Thread-safe
 * (immutable after loading).
 */
final class Assets {
    private static final String ROOT = "/org/dossier/app/web/";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Served path → (resource, content type). */
    private static final Map<String, String[]> FILES = files();

    private final Map<String, byte[]> bytes;

    private Assets(Map<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    private static Map<String, String[]> files() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("/", new String[] {"page/index.html", "text/html; charset=utf-8"});
        m.put("/app.js", new String[] {"page/app.js", "text/javascript; charset=utf-8"});
        m.put("/app.css", new String[] {"page/app.css", "text/css; charset=utf-8"});
        m.put("/favicon.svg", new String[] {"page/favicon.svg", "image/svg+xml"});
        m.put("/api/openapi.json", new String[] {"openapi.json", "application/json; charset=utf-8"});
        return m;
    }

    /** Reads every file from the classpath; a missing one is a broken build, reported at once. */
    static Assets load() {
        Map<String, byte[]> loaded = new LinkedHashMap<>();
        FILES.forEach((path, file) -> {
            try (InputStream in = Assets.class.getResourceAsStream(ROOT + file[0])) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + ROOT + file[0]);
                }
                loaded.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Assets(Map.copyOf(loaded));
    }

    void register(Javalin app, Routes routes, Store store) {
        FILES.forEach((path, file) -> routes.page(app, path, ctx -> {
            Params.of(ctx);
            ctx.contentType(file[1]).result(bytes.get(path));
        }));
        routes.page(app, "/api/raw/{sha256}", ctx -> raw(ctx, store));
    }

    private static void raw(Context ctx, Store store) throws StoreException, IOException {
        Params.of(ctx);
        String sha = ctx.pathParam("sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw ApiError.badRequest("a raw capture is named by its lower-case hex SHA-256, not '" + sha + "'");
        }
        // Only the payloads of sources the store holds, not whatever else the directory may have.
        Optional<byte[]> raw = store.locations(sha).isEmpty() ? Optional.empty() : store.raw().get(sha);
        if (raw.isEmpty()) {
            throw ApiError.notFound("no raw capture " + sha);
        }
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Content-Disposition", "inline; filename=\"" + sha + ".txt\"");
        ctx.contentType(isUtf8(raw.get()) ? "text/plain; charset=utf-8" : "text/plain");
        ctx.result(raw.get());
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
