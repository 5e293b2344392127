package org.dossier.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.json.RecordJson;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.fetch.Fetcher;
import org.dossier.store.ingest.IngestConfig;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.ingest.Pipeline;
import org.dossier.store.source.InputOptions;

/**
 * {@code POST /api/ingest}: a page sent as the request body (HTML, a text capture, gzip or a WARC),
 * or {@code {"urls": [...]}} to fetch. It needs the server's bearer token, since it writes the
 * store and makes the server fetch. URLs are fetched with the server's fetch settings, which refuse
 * private, loopback and link-local addresses unless {@code serve} was started with
 * {@code --allow-private}. Ingestions run one at a time (the store has one writer); reads go on
 * meanwhile. Thread-safe.
 */
final class Ingest {
    private static final int MAX_URLS = 100;
    private static final Pattern ARTICLE = Pattern.compile("article (\\d+)");
    /** Bodies taken as a page; the bytes decide HTML, text, gzip or WARC, as for standard input. */
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/gzip", "application/warc", "application/octet-stream");

    private final Store store;
    private final WebConfig config;
    private final byte[] token;
    private final Object oneAtATime = new Object();
    private volatile Pipeline pipeline;

    Ingest(Store store, WebConfig config) {
        this.store = store;
        this.config = config;
        this.token = config.token().getBytes(StandardCharsets.UTF_8);
    }

    void handle(Context ctx) throws StoreException, IOException {
        authorise(ctx);
        Params.of(ctx);
        if (!store.writable()) {
            throw new ApiError(409, "this server's store is open read-only (another process is writing it, or "
                    + "the directory cannot be written), so it cannot ingest");
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("").split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        List<String> inputs;
        InputStream body;
        if (type.equals("application/json")) {
            inputs = urls(ctx);
            body = InputStream.nullInputStream();
        } else if (PAGE_TYPES.contains(type)) {
            inputs = List.of("-");
            body = new ByteArrayInputStream(page(ctx));
        } else {
            throw new ApiError(415, "send a page as the body (Content-Type text/html, text/plain, application/gzip "
                    + "or application/warc) or {\"urls\": [...]} as application/json, not '" + type + "'");
        }
        ArrayNode results = RecordJson.mapper().createArrayNode();
        IngestListener listener = (location, outcome, detail) -> {
            ObjectNode r = results.addObject();
            r.put("input", location.equals("<stdin>") ? "(request body)" : location);
            r.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
            Matcher m = ARTICLE.matcher(detail);
            if (m.matches()) {
                r.put("article_id", Long.parseLong(m.group(1)));
            } else if (!detail.isEmpty()) {
                r.put("detail", detail);
            }
        };
        IngestSummary summary;
        synchronized (oneAtATime) {
            IngestConfig ingest = IngestConfig.defaults(config.processedBy(), Optional.of(config.fetch()))
                    .withInputs(new InputOptions(config.maxUploadBytes()));
            if (inputs.equals(List.of("-"))) {
                summary = new Ingester(store, pipeline(), ingest, Optional.empty(), listener).run(inputs, body);
            } else {
                try (Fetcher fetcher = new Fetcher(config.fetch())) {
                    summary = new Ingester(store, pipeline(), ingest, Optional.of(fetcher), listener)
                            .run(inputs, body);
                }
            }
            store.flush();
        }
        int failed = summary.count(IngestListener.Outcome.FAILED);
        ObjectNode n = Views.object();
        n.set("results", results);
        n.put("inputs", summary.total());
        n.put("stored", summary.count(IngestListener.Outcome.STORED));
        n.put("failed", failed);
        // Every input failing is the request's fault (not a page, a refused address); some failing is news.
        Routes.json(ctx, failed > 0 && failed == summary.total() ? 422 : 200, n);
    }

    private void authorise(Context ctx) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "POST /api/ingest needs 'Authorization: Bearer TOKEN' with the token "
                    + "`dossier serve` printed (or $DOSSIER_TOKEN)");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) { // constant time: the token is not guessed byte by byte
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, "wrong token");
        }
    }

    private List<String> urls(Context ctx) throws IOException {
        JsonNode doc;
        try {
            doc = RecordJson.mapper().readTree(read(ctx, 1 << 20));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode urls = doc == null ? null : doc.get("urls");
        if (urls == null || !urls.isArray() || urls.isEmpty()) {
            throw ApiError.badRequest("send {\"urls\": [\"https://…\", …]} with at least one URL");
        }
        if (urls.size() > MAX_URLS) {
            throw ApiError.badRequest("at most " + MAX_URLS + " URLs per request");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode u : urls) {
            if (!u.isTextual() || !Ingester.isUrl(u.asText().strip())) {
                throw ApiError.badRequest("each URL must be an http(s) URL string, not " + u);
            }
            out.add(u.asText().strip());
        }
        return out;
    }

    private byte[] page(Context ctx) throws IOException {
        byte[] bytes = read(ctx, config.maxUploadBytes());
        if (bytes.length == 0) {
            throw ApiError.badRequest("the body is empty; send the page as the request body");
        }
        return bytes;
    }

    /** The request body, refusing more than {@code max} bytes without reading them all. */
    private static byte[] read(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiError(413, "the body has " + declared + " bytes; the limit is " + max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
            if (bytes.length > max) {
                throw new ApiError(413, "the body is over the limit of " + max + " bytes");
            }
            return bytes;
        }
    }

    /** The pipeline, created on first use: it loads language models, which a read-only visit never needs. */
    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = config.pipeline().get();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
