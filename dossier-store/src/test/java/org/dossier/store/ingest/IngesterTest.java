package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceRef;
import org.dossier.store.db.Store;
import org.dossier.store.fetch.AddressPolicy;
import org.dossier.store.fetch.FetchConfig;
import org.dossier.store.fetch.Fetcher;
import org.dossier.store.query.ErrorRow;
import org.dossier.store.query.Filter;
import org.dossier.store.testing.NewsServer;
import org.dossier.store.testing.Pages;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    static final Pipeline EXTRACT = source -> Record.of(Extractor.withDefaults().extract(source));

    @TempDir
    Path tmp;

    private final List<String> heard = new ArrayList<>();
    private final IngestListener listener = (location, outcome, detail) -> heard.add(outcome + " " + location);

    private static IngestConfig config(Optional<FetchConfig> fetch) {
        return IngestConfig.defaults("test", fetch).withWorkers(2);
    }

    private static FetchConfig fetchConfig() {
        return FetchConfig.defaults("Dossier/test").withAddresses(AddressPolicy.ALLOW_LOOPBACK)
                .withDelay(Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxBytes(1 << 20);
    }

    private IngestSummary run(Path data, List<String> inputs, Optional<FetchConfig> fetch) throws Exception {
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            return new Ingester(store, EXTRACT, config(fetch), fetch.map(Fetcher::new), listener)
                    .run(inputs, new ByteArrayInputStream(new byte[0]));
        }
    }

    @Test
    void filesTwiceMakeEachArticleOnceAndBadFilesBecomeErrors() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String s : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(s + ".html"), Pages.article(s));
        }
        Files.writeString(dir.resolve("copy-of-a.html"), Pages.article("a"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("d.html.gz")))) {
            out.write(Pages.article("d").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("broken.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Files.write(dir.resolve("empty.html"), new byte[0]);
        // Read fine, but holds no article: its bytes are kept and its error recorded.
        Files.writeString(dir.resolve("blank.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Path data = tmp.resolve("data");

        IngestSummary first = run(data, List.of(dir.toString(), tmp.resolve("absent.html").toString()), Optional.empty());
        assertEquals(4, first.count(IngestListener.Outcome.STORED), heard.toString());
        assertEquals(1, first.count(IngestListener.Outcome.ALREADY_STORED), "copy-of-a has a's bytes");
        assertEquals(4, first.count(IngestListener.Outcome.FAILED), heard.toString());

        IngestSummary second = run(data, List.of(dir.toString()), Optional.empty());
        assertEquals(0, second.count(IngestListener.Outcome.STORED));
        assertEquals(5, second.count(IngestListener.Outcome.ALREADY_STORED));
        try (Store store = Store.open(data, Store.Mode.READ)) {
            var counts = store.counts();
            assertEquals(4, counts.articles());
            assertEquals(5, counts.sources(), "a page without an article keeps its bytes; an empty file has none");
            Map<String, String> errors = store.errors(Filter.all()).stream()
                    .collect(Collectors.toMap(e -> Path.of(e.location()).getFileName().toString(), ErrorRow::reason));
            assertTrue(errors.get("broken.gz").contains("gzip"), errors.toString());
            assertTrue(errors.get("empty.html").contains("empty"), errors.toString());
            assertTrue(errors.get("blank.html").contains("no article text"), errors.toString());
            assertTrue(errors.get("absent.html").contains("no such file"), errors.toString());
            assertTrue(store.checkIndex().consistent());
            for (long id : store.articleIds(Filter.all())) {
                assertTrue(store.raw().contains(store.article(id).orElseThrow().record().article().source().sha256()));
            }
        }
    }

    @Test
    void urlsFeedsAndSitemapsFromALoopbackServerEachGetTheRightOutcome() throws Exception {
        Path data = tmp.resolve("data");
        try (NewsServer server = new NewsServer()) {
            List<String> urls = List.of(server.url("/feed.rss"), server.url("/atom.xml"),
                    server.url("/sitemap-index.xml"), server.url("/redirect-to-a"), server.url("/slow.html"),
                    server.url("/huge.html"), server.url("/loop1"), server.url("/to-private"),
                    server.url("/missing"), server.url("/image.png"), "http://bad host/x");
            IngestSummary s = run(data, urls, Optional.of(fetchConfig()));
            // a, b (feed), c (atom), d, e (sitemap via index); a again through the redirect.
            assertEquals(5, s.count(IngestListener.Outcome.STORED), heard.toString());
            assertEquals(4, s.count(IngestListener.Outcome.EXPANDED), heard.toString());
            try (Store store = Store.open(data, Store.Mode.READ)) {
                Map<String, String> errors = store.errors(Filter.all()).stream()
                        .collect(Collectors.toMap(e -> e.location().replace(server.base(), ""), ErrorRow::reason));
                assertTrue(errors.get("/private/secret.html").contains("robots.txt"), errors.toString());
                assertTrue(errors.get("/slow.html").contains("timed out"), errors.toString());
                assertTrue(errors.get("/huge.html").contains("over the limit"), errors.toString());
                assertTrue(errors.get("/loop1").contains("redirect loop"), errors.toString());
                assertTrue(errors.get("/to-private").contains("link-local"), errors.toString());
                assertEquals("HTTP 404", errors.get("/missing"));
                assertTrue(errors.get("/image.png").contains("not a page"), errors.toString());
                assertTrue(errors.get("http://bad host/x").contains("not a valid URL"), errors.toString());
                assertEquals(8, errors.size(), errors.toString());

                long a = store.articleIds(Filter.all()).stream().filter(id -> {
                    try {
                        return store.article(id).orElseThrow().record().article().title().orElse("")
                                .startsWith("Story A");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
                List<String> urlsOfA = store.article(a).orElseThrow().sources().stream().map(SourceRef::url)
                        .flatMap(Optional::stream).toList();
                assertTrue(urlsOfA.contains(server.url("/news/a.html")) && urlsOfA.contains(server.url("/redirect-to-a")),
                        urlsOfA.toString());
            }

            heard.clear();
            IngestSummary again = run(data, List.of(server.url("/feed.rss"), server.url("/news/a.html")),
                    Optional.of(fetchConfig()));
            assertEquals(0, again.count(IngestListener.Outcome.STORED), heard.toString());
            assertEquals(2, again.count(IngestListener.Outcome.KNOWN_URL), heard.toString());
            assertEquals(1, again.count(IngestListener.Outcome.EXPANDED), "the feed itself is always read again");
        }
    }

    @Test
    void aPageInAWarcAndTheSameBytesInAFileAreOneArticleWithBothOrigins() throws Exception {
        Path warc = tmp.resolve("crawl.warc");
        byte[] page = Pages.article("w").getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(warc)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page).build();
            writer.write(new WarcResponse.Builder("https://news.example/w.html").body(http).build());
        }
        Path file = Files.write(tmp.resolve("w.html"), page);
        IngestSummary s = run(tmp.resolve("data"), List.of(warc.toString(), file.toString()), Optional.empty());
        assertEquals(1, s.count(IngestListener.Outcome.STORED), heard.toString());
        assertEquals(1, s.count(IngestListener.Outcome.ALREADY_STORED), heard.toString());
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.READ)) {
            List<SourceRef> refs = store.article(store.articleIds(Filter.all()).get(0)).orElseThrow().sources();
            assertEquals(2, refs.size(), refs.toString());
            SourceRef fromWarc = refs.get(0);
            assertEquals(Optional.of(warc.toString()), fromWarc.path());
            assertEquals(Optional.of("https://news.example/w.html"), fromWarc.url());
            assertTrue(fromWarc.warcRecordId().isPresent() && fromWarc.warcOffset().isPresent(), fromWarc.toString());
            assertEquals(Optional.of(file.toString()), refs.get(1).path());
        }
    }

    @Test
    void withoutAFetcherUrlsAreRecordedAsErrors() throws Exception {
        IngestSummary s = run(tmp.resolve("data"), List.of("https://example.org/a"), Optional.empty());
        assertEquals(1, s.count(IngestListener.Outcome.FAILED));
    }

    @Test
    void aFailingOrCrashingPipelineNeverStopsTheBatch() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String s : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(s + ".html"), Pages.article(s));
        }
        Pipeline flaky = source -> {
            if (source.ref().location().endsWith("b.html")) {
                throw new IllegalStateException("bug in a stage");
            }
            return EXTRACT.process(source);
        };
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
            IngestSummary s = new Ingester(store, flaky, config(Optional.empty()), Optional.empty(), listener)
                    .run(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]));
            assertEquals(2, s.count(IngestListener.Outcome.STORED));
            assertEquals(1, s.count(IngestListener.Outcome.FAILED));
            assertTrue(store.errors(Filter.all()).get(0).reason().contains("internal error"));
        }
    }
}
