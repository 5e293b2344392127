package org.dossier.store.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.store.testing.NewsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetcherTest {
    private NewsServer server;

    @BeforeEach
    void start() throws Exception {
        server = new NewsServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchConfig config() {
        return FetchConfig.defaults("Dossier/test (+tests)").withAddresses(AddressPolicy.ALLOW_LOOPBACK)
                .withDelay(Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxBytes(1 << 20);
    }

    private FetchResult fetch(Fetcher f, String path) {
        return f.fetch(URI.create(server.url(path)));
    }

    private static String reason(FetchResult r) {
        return assertInstanceOf(FetchResult.Failed.class, r).reason();
    }

    @Test
    void fetchesAPageWithItsTypeAndAClearUserAgentAndReadsRobotsOnce() {
        Fetcher f = new Fetcher(config());
        FetchResult.Fetched page = assertInstanceOf(FetchResult.Fetched.class, fetch(f, "/news/a.html"));
        assertTrue(new String(page.body()).contains("Story A"));
        assertEquals(Optional.of("text/html; charset=utf-8"), page.contentType());
        fetch(f, "/news/b.html");
        List<NewsServer.Hit> hits = server.hits();
        assertEquals(1, hits.stream().filter(h -> h.path().equals("/robots.txt")).count());
        assertTrue(hits.stream().allMatch(h -> "Dossier/test (+tests)".equals(h.userAgent())), hits.toString());
    }

    @Test
    void eachBadCaseGetsAClearReason() {
        Fetcher f = new Fetcher(config());
        assertTrue(reason(fetch(f, "/private/secret.html")).contains("robots.txt"), "robots");
        assertTrue(reason(fetch(f, "/slow.html")).contains("timed out"), "slow");
        assertTrue(reason(fetch(f, "/huge.html")).contains("over the limit"), "huge");
        assertTrue(reason(fetch(f, "/huge-declared.html")).contains("over the limit"), "declared huge");
        assertTrue(reason(fetch(f, "/loop1")).contains("redirect loop"), "loop");
        String priv = reason(fetch(f, "/to-private"));
        assertTrue(priv.contains("link-local") && priv.contains("169.254.169.254"), priv);
        assertEquals("HTTP 404", reason(fetch(f, "/missing")));
        assertTrue(reason(f.fetch(URI.create("ftp://127.0.0.1/x"))).contains("not an http"));
        // Nothing was sent to the private address: the refusal comes before any connection.
        assertTrue(server.hits().stream().noneMatch(h -> h.path().contains("meta-data")));
    }

    @Test
    void redirectsAreFollowedAndCounted() {
        FetchResult.Fetched page = assertInstanceOf(FetchResult.Fetched.class,
                fetch(new Fetcher(config()), "/redirect-to-a"));
        assertEquals(URI.create(server.url("/news/a.html")), page.finalUri());
        assertEquals(List.of(URI.create(server.url("/news/a.html"))), page.redirects());
        String tooMany = reason(fetch(new Fetcher(config().withMaxRedirects(0)), "/redirect-to-a"));
        assertTrue(tooMany.contains("too many redirects"), tooMany);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        Fetcher strict = new Fetcher(config().withAddresses(AddressPolicy.PUBLIC_ONLY));
        String why = reason(fetch(strict, "/news/a.html"));
        assertTrue(why.contains("loopback") && why.contains("--allow-private"), why);
        assertTrue(server.hits().isEmpty(), "no request reached the server");
    }

    @Test
    void oneRequestAtATimePerHostWithTheDelayBetween() throws Exception {
        Fetcher f = new Fetcher(config().withDelay(Duration.ofMillis(150)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FetchResult>> all = new java.util.ArrayList<>();
            for (String p : List.of("a", "b", "c", "d", "e")) {
                all.add(pool.submit(() -> fetch(f, "/news/" + p + ".html")));
            }
            for (Future<FetchResult> r : all) {
                assertInstanceOf(FetchResult.Fetched.class, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, server.maxConcurrent());
        List<NewsServer.Hit> hits = server.hits().stream()
                .sorted(java.util.Comparator.comparingLong(NewsServer.Hit::startNanos)).toList();
        for (int i = 1; i < hits.size(); i++) {
            long gap = hits.get(i).startNanos() - hits.get(i - 1).endNanos();
            assertTrue(gap >= 140_000_000L, "gap of " + gap / 1_000_000 + " ms between requests " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, PUBLIC_ONLY, false", "127.0.0.1, ALLOW_LOOPBACK, true", "10.1.2.3, ALLOW_LOOPBACK, false",
            "172.16.0.1, PUBLIC_ONLY, false", "192.168.1.1, PUBLIC_ONLY, false", "169.254.169.254, PUBLIC_ONLY, false",
            "100.64.0.1, PUBLIC_ONLY, false", "0.0.0.0, PUBLIC_ONLY, false", "::1, PUBLIC_ONLY, false",
            "fe80::1, PUBLIC_ONLY, false", "fd00::1, PUBLIC_ONLY, false", "93.184.216.34, PUBLIC_ONLY, true",
            "2606:4700::1111, PUBLIC_ONLY, true", "10.1.2.3, ALLOW_PRIVATE, true", "224.0.0.1, PUBLIC_ONLY, false"})
    void addressPolicy(String address, AddressPolicy policy, boolean allowed) throws Exception {
        assertEquals(allowed, policy.refusal(InetAddress.getByName(address)).isEmpty());
    }
}
