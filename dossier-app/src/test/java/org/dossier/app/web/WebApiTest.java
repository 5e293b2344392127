package org.dossier.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.core.json.RecordJson;
import org.dossier.store.db.Store;
import org.dossier.store.query.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route of the REST API over a store of hand-made records: answers, filters, paging, errors, headers. */
class WebApiTest {
    @TempDir
    static Path tmp;

    private static Store store;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static long firstArticle;
    private static String firstSha;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(Fixture.fill(tmp.resolve("data")), Store.Mode.WRITE);
        firstArticle = store.articleIds(Filter.all()).get(0);
        firstSha = store.article(firstArticle).orElseThrow().sources().get(0).sha256();
        server = WebServer.start(store, Fixture.config(64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private record Answer(int status, HttpResponse<byte[]> response) {
        JsonNode json() throws IOException {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    response.headers().toString());
            return RecordJson.mapper().readTree(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
    }

    private static Answer get(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r);
    }

    private static Answer post(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r);
    }

    private static JsonNode ok(String path) throws Exception {
        Answer a = get(path);
        assertEquals(200, a.status(), path + ": " + a.text());
        return a.json();
    }

    private static String error(Answer a, int status) throws Exception {
        assertEquals(status, a.status(), a.text());
        JsonNode n = a.json();
        assertEquals(status, n.get("status").asInt());
        assertFalse(n.get("error").asText().isBlank());
        return n.get("error").asText();
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.at(field).asText()));
        return out;
    }

    @Test
    void everyDocumentedPathAnswersAndEveryRouteIsDocumented() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Map<String, String> values = Map.of("{id}", Long.toString(firstArticle), "{sha256}", firstSha);
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                documented.add(method + " " + path.getKey());
                String concrete = path.getKey();
                if (concrete.startsWith("/api/entities/")) {
                    concrete = "/api/entities/" + Fixture.SOL;
                }
                for (Map.Entry<String, String> v : values.entrySet()) {
                    concrete = concrete.replace(v.getKey(), v.getValue());
                }
                if (method.equals("get")) {
                    assertEquals(200, get(concrete).status(), concrete);
                } else {
                    // Documented as needing the token: without it, a 401 (not a 404 or 405) proves the route.
                    assertEquals(401, post(concrete, "text/html", new byte[] {1}, null).status(), concrete);
                }
            }
        }
        Set<String> served = server.routes().stream().filter(r -> r.path().startsWith("/api/"))
                .map(r -> r.method() + " " + r.path().replace("<id>", "{id}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, documented);
    }

    @Test
    void articlesArePagedFilteredAndWholeWithHighlightsOnTheirWords() throws Exception {
        JsonNode page = ok("/api/articles?limit=2");
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("next_offset").asInt());
        JsonNode last = ok("/api/articles?limit=2&offset=2");
        assertEquals(1, last.get("items").size());
        assertTrue(last.get("next_offset").isNull());
        assertEquals(List.of("Coast Daily", "Coast Daily"),
                texts(ok("/api/articles?publisher=coast%20daily").get("items"), "/publisher"));
        assertEquals(1, ok("/api/articles?since=2019").get("items").size());
        assertEquals(2, ok("/api/articles?entity=" + Fixture.BRANDT + "&until=2018-12").get("items").size());
        JsonNode first = page.get("items").get(0);
        assertEquals("Envoy Sol arrives in Lowfield", first.get("title").asText());
        assertEquals(1, first.get("quotes").asInt());
        assertTrue(first.get("lead").asText().startsWith("Mira Sol arrived"));

        JsonNode a = ok("/api/articles/" + first.get("id").asText());
        String body = a.get("body").asText();
        assertEquals("Lowland Post", a.get("publisher").asText());
        assertEquals(1, a.get("events").size());
        assertEquals(1, a.get("quotes").size());
        assertEquals("/api/raw/" + firstSha, a.get("sources").get(0).get("raw").asText());
        Set<String> seen = new TreeSet<>();
        for (JsonNode span : a.get("annotations")) {
            String covered = body.substring(span.get("start").asInt(), span.get("end").asInt());
            String kind = span.get("kind").asText();
            JsonNode item = a.get(kind.equals("entity") ? "entities" : kind + "s").get(span.get("index").asInt());
            String expected = switch (kind) {
                case "entity" -> item.get("name").asText();
                case "quote" -> item.get("text").asText();
                default -> item.get("evidence").asText();
            };
            assertEquals(expected, covered, kind);
            seen.add(kind);
        }
        assertEquals(Set.of("entity", "quote", "event"), seen);
    }

    @Test
    void entitiesWithTheirTitlesInteractionsAndCoMentions() throws Exception {
        JsonNode list = ok("/api/entities");
        assertEquals(Fixture.SOL, list.get("items").get(0).get("id").asText()); // in every article
        assertEquals(List.of(Fixture.LOWLAND, Fixture.COAST),
                texts(ok("/api/entities?type=country").get("items"), "/id"));
        JsonNode sol = ok("/api/entities/" + Fixture.SOL);
        assertEquals("Mira Sol", sol.get("name").asText());
        assertEquals(List.of("envoy"), texts(sol.get("titles"), ""));
        assertEquals(List.of("Sol"), texts(sol.get("names"), ""));
        assertEquals(3, sol.get("events").asInt());
        assertEquals(3, sol.get("first_events").size());
        assertEquals("2018-03", sol.get("first_events").get(0).get("date").asText(), "by the first day it covers");
        assertEquals(0, sol.get("first_quotes").size());
        JsonNode with = sol.get("interactions");
        assertEquals(Fixture.LOWLAND, with.get(0).get("id").asText());
        assertEquals(2, with.get(0).get("events").asInt(), "two reports of the visit");
        assertEquals(2, with.get(0).get("types").get("CONSULT").asInt());
        assertEquals(Fixture.BRANDT, with.get(1).get("id").asText());
        assertEquals(1, with.get(1).get("as_actor").asInt());
        assertEquals(3, sol.get("co_mentions").get(0).get("articles").asInt());
        JsonNode brandt = ok("/api/entities/" + Fixture.BRANDT);
        assertEquals(1, brandt.get("interactions").get(0).get("as_target").asInt());
        assertEquals(2, brandt.get("quotes").asInt());
        assertEquals("Mira Sol came with open hands", brandt.get("first_quotes").get(0).get("text").asText());
        assertTrue(error(get("/api/entities/person/nobody"), 404).contains("person/nobody"));
        assertTrue(error(get("/api/entities/person/nguy%E1%BB%85n-an"), 404).contains("person/nguyễn-an"),
                "ids are decoded from the path");
    }

    @Test
    void quotesBySpeakerAndByTheEntityTheyName() throws Exception {
        JsonNode bySpeaker = ok("/api/quotes?speaker=" + Fixture.BRANDT);
        assertEquals(2, bySpeaker.get("items").size());
        assertEquals("Ivo Brandt", bySpeaker.get("items").get(0).get("speaker").asText());
        assertEquals(0, ok("/api/quotes?speaker=" + Fixture.SOL).get("items").size());
        JsonNode naming = ok("/api/quotes?mentions=" + Fixture.SOL);
        assertEquals(2, naming.get("items").size());
        assertEquals(1, ok("/api/quotes?mentions=" + Fixture.SOL + "&limit=1&offset=1").get("items").size());
        assertEquals(0, ok("/api/quotes?mentions=" + Fixture.LOWLAND).get("items").size());
        assertEquals(1, ok("/api/quotes?mentions=" + Fixture.SOL + "&publisher=Coast%20Daily").get("items").size());
    }

    @Test
    void eventsAndTheTimelineByActorTypeStatusDatesAndPublisher() throws Exception {
        assertEquals(4, ok("/api/events").get("items").size());
        assertEquals(3, ok("/api/events?actor=" + Fixture.SOL).get("items").size());
        assertEquals(List.of("ACCUSE"), texts(ok("/api/events?type=accuse").get("items"), "/type"));
        assertEquals(List.of("planned"), texts(ok("/api/events?status=planned").get("items"), "/status"));

        JsonNode all = ok("/api/timeline").get("items");
        assertEquals(3, all.size());
        assertEquals(2, all.get(0).get("reports").asInt());
        assertEquals(2, all.get(0).get("sources").size());
        assertEquals("Mira Sol arrived in Lowfield on Monday for talks with Lowland.",
                all.get(0).get("sources").get(0).get("event").get("evidence").asText());
        JsonNode cited = all.get(0).get("sources").get(0).get("article");
        assertEquals(firstArticle, cited.get("id").asLong(), "a report cites its stored article");
        assertEquals("Envoy Sol arrives in Lowfield", cited.get("title").asText());
        assertEquals("Lowland Post", cited.get("publisher").asText());
        assertNotEquals(cited.get("id").asLong(),
                all.get(0).get("sources").get(1).get("article").get("id").asLong(), "two articles report the visit");
        assertTrue(all.get(0).get("id").isTextual() && all.get(0).get("ambiguous_sources").isArray());
        assertEquals(2, ok("/api/timeline?actor=" + Fixture.SOL).get("items").size());
        assertEquals(2, ok("/api/timeline?entity=" + Fixture.LOWLAND + "&limit=5").get("items").size(),
                "Lowland as target of the visit and actor of the accusation");
        assertEquals(1, ok("/api/timeline?status=reported").get("items").size());
        assertEquals(1, ok("/api/timeline?type=ACCUSE").get("items").size());
        assertEquals(1, ok("/api/timeline?since=2019-01&until=2019-01-31").get("items").size());
        assertEquals(2, ok("/api/timeline?publisher=coast%20daily&until=2018").get("items").size());
        JsonNode paged = ok("/api/timeline?limit=1&offset=1");
        assertEquals("ACCUSE", paged.get("items").get(0).get("type").asText());
        assertEquals(2, paged.get("next_offset").asInt());
    }

    @Test
    void searchFindsArticlesQuotesAndEvents() throws Exception {
        JsonNode hits = ok("/api/search?q=open%20hands").get("items");
        assertTrue(hits.size() >= 2, hits.toString());
        assertTrue(texts(hits, "/snippet").stream().anyMatch(s -> s.contains("[[open]] [[hands]]")), hits.toString());
        assertEquals(Set.of("quote"),
                Set.copyOf(texts(ok("/api/search?q=open%20hands&kind=quote").get("items"), "/kind")));
        assertEquals(List.of("event"), texts(ok("/api/search?q=meddling&type=ACCUSE").get("items"), "/kind"));
        assertEquals(0, ok("/api/search?q=zeppelin").get("items").size());
        assertTrue(error(get("/api/search?kind=poem"), 400).contains("article, quote or event"));
        assertTrue(error(get("/api/search?q=x&kind=quote&type=ACCUSE"), 400).contains("type"));
    }

    @Test
    void badRequestsGetAClearJsonError() throws Exception {
        assertTrue(error(get("/api/articles/999999"), 404).contains("999999"));
        assertTrue(error(get("/api/articles/abc"), 400).contains("number"));
        assertTrue(error(get("/api/timeline?actr=x"), 400).contains("unknown parameter 'actr'"));
        assertTrue(error(get("/api/timeline?since=last%20week"), 400).contains("ISO date"));
        assertTrue(error(get("/api/timeline?since=2019&until=2018"), 400).contains("before"));
        assertTrue(error(get("/api/events?type=HUG"), 400).contains("PLOVER"));
        assertTrue(error(get("/api/timeline?status=rumoured"), 400).contains("reported"));
        assertTrue(error(get("/api/entities?type=ANIMAL"), 400).contains("PERSON"));
        assertTrue(error(get("/api/articles?limit=0"), 400).contains("limit"));
        assertTrue(error(get("/api/articles?limit=501"), 400).contains("500"));
        assertTrue(error(get("/api/articles?offset=-1"), 400).contains("offset"));
        assertTrue(error(get("/api/quotes?speaker=a&speaker=b"), 400).contains("more than once"));
        assertTrue(error(get("/api/nothing-here"), 404).contains("no such route"));
        assertTrue(error(post("/api/timeline", "text/plain", new byte[] {1}, null), 405).contains("POST"));
    }

    @Test
    void rawCapturesArePlainTextInASandbox() throws Exception {
        Answer raw = get("/api/raw/" + firstSha);
        assertEquals(200, raw.status());
        assertTrue(raw.text().startsWith("raw capture 0"));
        assertEquals("text/plain;charset=utf-8", raw.header("Content-Type").toLowerCase().replace(" ", ""));
        assertTrue(raw.header("Content-Disposition").startsWith("inline; filename=\"" + firstSha));
        assertTrue(raw.header("Content-Security-Policy").startsWith("sandbox"), raw.header("Content-Security-Policy"));
        assertEquals("nosniff", raw.header("X-Content-Type-Options"));
        int traversal = get("/api/raw/..%2F..%2Fdossier.db").status();
        assertTrue(traversal == 400 || traversal == 404, "a path is no hash: " + traversal);
        assertTrue(error(get("/api/raw/ABC"), 400).contains("SHA-256"));
        assertTrue(error(get("/api/raw/" + "0".repeat(64)), 404).contains("no raw capture"));
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/api/timeline", "/api/nothing", "/api/articles/0")) {
            Answer a = get(path);
            String csp = a.header("Content-Security-Policy");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                    && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"), path + ": " + csp);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
        }
        Answer page = get("/");
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertFalse(page.text().contains("<script>"), "no inline script");
        assertTrue(page.text().contains("<script type=\"module\" src=\"/app.js\"></script>"));
        assertTrue(get("/app.js").header("Content-Type").startsWith("text/javascript"));
        assertFalse(get("/app.js").text().contains("innerHTML"), "the page builds its DOM without innerHTML");
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/stats HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("localhost or 127.0.0.1 only"), response);
        }
        assertEquals(200, get("/api/stats").status());
        assertEquals(3, ok("/api/stats").get("articles").asInt());
    }

    @Test
    void ingestNeedsTheTokenAndStoresAnUploadedPage() throws Exception {
        byte[] page = ("<html><head><title>Harbour talks resume</title></head><body><article><h1>Harbour talks "
                + "resume</h1><p>Negotiators from two river towns met again on Tuesday to settle the harbour dues, "
                + "officials said after the meeting ended late in the evening.</p><p>The talks will continue next "
                + "month in the larger of the two towns, according to a joint statement.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Answer none = post("/api/ingest", "text/html", page, null);
        assertTrue(error(none, 401).contains("Bearer"));
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals("wrong token", error(post("/api/ingest", "text/html", page, "not-the-token-at-all"), 401));

        Answer stored = post("/api/ingest", "text/html; charset=utf-8", page, Fixture.TOKEN);
        assertEquals(200, stored.status(), stored.text());
        JsonNode result = stored.json();
        assertEquals(1, result.get("stored").asInt());
        long id = result.get("results").get(0).get("article_id").asLong();
        assertEquals("Harbour talks resume", ok("/api/articles/" + id).get("title").asText());
        assertTrue(ok("/api/search?q=harbour%20dues").get("items").size() > 0, "indexed at once");
        JsonNode again = post("/api/ingest", "text/html", page, Fixture.TOKEN).json();
        assertEquals("already_stored", again.get("results").get(0).get("outcome").asText());

        assertTrue(error(post("/api/ingest", "image/png", page, Fixture.TOKEN), 415).contains("text/html"));
        assertTrue(error(post("/api/ingest", "text/html", new byte[0], Fixture.TOKEN), 400).contains("empty"));
        assertTrue(error(post("/api/ingest", "text/html", new byte[70 * 1024], Fixture.TOKEN), 413).contains("limit"));
        assertTrue(error(post("/api/ingest", "application/json", "{\"urls\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                Fixture.TOKEN), 400).contains("urls"));
        assertTrue(error(post("/api/ingest", "application/json", "{nope".getBytes(StandardCharsets.UTF_8),
                Fixture.TOKEN), 400).contains("not JSON"));
        assertTrue(error(post("/api/ingest", "application/json",
                "{\"urls\": [\"javascript:alert(1)\"]}".getBytes(StandardCharsets.UTF_8), Fixture.TOKEN), 400)
                .contains("http(s)"));
    }

    @Test
    void aServerOverAStoreItCannotWriteRefusesIngestion() throws Exception {
        try (Store reader = Store.open(tmp.resolve("data"), Store.Mode.READ); // the test's server writes it
             WebServer readOnly = WebServer.start(reader, Fixture.config(1024))) {
            assertFalse(reader.writable());
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.url() + "api/ingest"))
                    .header("Authorization", "Bearer " + Fixture.TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("a page")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, r.statusCode(), r.body());
            assertTrue(r.body().contains("read-only"), r.body());
        }
    }

    @Test
    void ingestedUrlsKeepTheFetchersRefusalOfPrivateAddresses() throws Exception {
        // The server itself is on loopback: without --allow-private the fetch is refused, not made.
        String url = server.url() + "api/stats";
        Answer a = post("/api/ingest", "application/json",
                ("{\"urls\": [\"" + url + "\"]}").getBytes(StandardCharsets.UTF_8), Fixture.TOKEN);
        assertEquals(422, a.status(), a.text());
        JsonNode r = a.json().get("results").get(0);
        assertEquals("failed", r.get("outcome").asText());
        assertTrue(r.get("detail").asText().contains("loopback"), r.toString());
        assertNotNull(store.errors(Filter.all()).stream().filter(e -> e.location().equals(url)).findFirst()
                .orElse(null), "the refusal is an error row");
    }
}
