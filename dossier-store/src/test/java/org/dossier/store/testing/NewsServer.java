package org.dossier.store.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback for fetch and ingest tests: pages, an RSS feed, an Atom feed, a sitemap
 * and a sitemap index, a robots.txt that forbids {@code /private/}, a slow page, a huge page, a
 * redirect loop, a redirect to a link-local address, a redirect to a page, a 404 and an image.
 * It records every request so tests can check what was asked, in what order, and how.
 */
public final class NewsServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Hit(String path, String userAgent, long startNanos, long endNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public NewsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        for (String slug : List.of("a", "b", "c", "d", "e", "private/secret")) {
            pages.put("/news/" + slug + ".html", Pages.article(slug));
        }
        pages.put("/private/secret.html", Pages.article("secret"));
        server.start();
    }

    /** The base URL, {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The most requests the server was answering at once. */
    public int maxConcurrent() {
        return maxActive.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = active.incrementAndGet();
        maxActive.accumulateAndGet(now, Math::max);
        long start = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        try {
            route(ex, path);
        } finally {
            active.decrementAndGet();
            hits.add(new Hit(path, ex.getRequestHeaders().getFirst("User-Agent"), start, System.nanoTime()));
            ex.close();
        }
    }

    private void route(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            case "/feed.rss" -> send(ex, 200, "application/rss+xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Harbor news</title><link>%1$s/</link>
                    <description>All stories</description>
                    <item><title>A</title><link>%1$s/news/a.html</link></item>
                    <item><title>B</title><link>/news/b.html</link></item>
                    <item><title>Secret</title><link>%1$s/private/secret.html</link></item>
                    </channel></rss>""".formatted(base()));
            case "/atom.xml" -> send(ex, 200, "application/atom+xml", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor news</title>
                    <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id><updated>2018-03-28T12:00:00Z</updated>
                    <entry><title>C</title><link href="%1$s/news/c.html"/><id>urn:uuid:1</id>
                    <updated>2018-03-28T12:00:00Z</updated></entry>
                    </feed>""".formatted(base()));
            case "/sitemap.xml" -> send(ex, 200, "application/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <url><loc>%1$s/news/d.html</loc></url><url><loc>%1$s/news/e.html</loc></url>
                    </urlset>""".formatted(base()));
            case "/sitemap-index.xml" -> send(ex, 200, "text/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <sitemap><loc>%1$s/sitemap.xml</loc></sitemap></sitemapindex>""".formatted(base()));
            case "/slow.html" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(ex, 200, "text/html", Pages.article("slow"));
            }
            case "/huge.html" -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0); // chunked, no length announced
                byte[] chunk = "<p>filler filler filler filler filler filler filler filler</p>\n"
                        .repeat(1000).getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 200; i++) { // about 12 MB unless the client hangs up first
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the client stopped reading at its cap
                }
            }
            case "/huge-declared.html" -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 50_000_000);
            }
            case "/loop1" -> redirect(ex, "/loop2");
            case "/loop2" -> redirect(ex, base() + "/loop1");
            case "/to-private" -> redirect(ex, "http://169.254.169.254/latest/meta-data/");
            case "/redirect-to-a" -> redirect(ex, "/news/a.html");
            case "/image.png" -> send(ex, 200, "image/png", "\u0089PNG not really");
            default -> {
                String page = pages.get(path);
                if (page == null) {
                    send(ex, 404, "text/plain", "not found");
                } else {
                    send(ex, 200, "text/html; charset=utf-8", page);
                }
            }
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
