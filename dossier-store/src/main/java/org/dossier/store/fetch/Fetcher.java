package org.dossier.store.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Fetches pages politely and safely: robots.txt honoured (crawler-commons, cached per host), one
 * request at a time per host with a delay, redirects followed by hand so each hop is checked (count,
 * loops, address policy, robots.txt), connect and whole-response timeouts, and a size cap that stops
 * reading. Every address a host resolves to must pass the {@link AddressPolicy}; the JVM's DNS
 * cache then hands the HTTP client the addresses that were checked.
 *
 * <p>Thread-safe; one instance serves a whole run. Never throws for a bad URL or a bad server: the
 * outcome is a {@link FetchResult.Failed} with the reason.
 */
public final class Fetcher implements AutoCloseable {
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    private final FetchConfig config;
    private final HttpClient client;
    private final HostGate gate = new HostGate();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

    /** A fetcher with {@code config}. */
    public Fetcher(FetchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The configuration. */
    public FetchConfig config() {
        return config;
    }

    /** Fetches {@code uri}, following redirects; never throws for network or server trouble. */
    public FetchResult fetch(URI uri) {
        try {
            return fetch(uri, true, config.maxBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(uri, "interrupted");
        }
    }

    /** Nanoseconds until {@code uri}'s host may be asked again, for choosing which URL to fetch next. */
    public long waitNanos(URI uri) {
        return gate.waitNanos(hostKey(uri));
    }

    private FetchResult fetch(URI requested, boolean checkRobots, long cap) throws InterruptedException {
        Set<URI> seen = new LinkedHashSet<>();
        List<URI> redirects = new ArrayList<>();
        URI current = requested.normalize();
        seen.add(current);
        for (int hop = 0; ; hop++) {
            Optional<String> bad = checkTarget(current);
            if (bad.isPresent()) {
                return new FetchResult.Failed(requested, bad.get());
            }
            if (checkRobots) {
                Optional<String> refusal = robotsRefusal(current);
                if (refusal.isPresent()) {
                    return new FetchResult.Failed(requested, refusal.get());
                }
            }
            Response r = request(current, cap);
            if (r.failure.isPresent()) {
                return new FetchResult.Failed(requested, r.failure.get() + (current.equals(requested) ? ""
                        : " (at " + current + " after redirects)"));
            }
            if (r.status >= 300 && r.status < 400 && r.location.isPresent()) {
                URI next;
                try {
                    next = current.resolve(r.location.get().strip()).normalize();
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Failed(requested, "redirect to an invalid URL: " + r.location.get());
                }
                redirects.add(next);
                if (!seen.add(next)) {
                    return new FetchResult.Failed(requested, "redirect loop: " + seen.stream().map(URI::toString)
                            .collect(Collectors.joining(" → ")) + " → " + next);
                }
                if (hop + 1 > config.maxRedirects()) {
                    return new FetchResult.Failed(requested, "too many redirects (more than "
                            + config.maxRedirects() + ")");
                }
                current = next;
                continue;
            }
            if (r.status < 200 || r.status >= 300) {
                return new FetchResult.Failed(requested, "HTTP " + r.status + (current.equals(requested) ? ""
                        : " at " + current));
            }
            return new FetchResult.Fetched(requested, current, redirects, r.contentType, r.body, Instant.now());
        }
    }

    /** Scheme, host and every resolved address of {@code uri}; a reason when it may not be fetched. */
    private Optional<String> checkTarget(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("not an http or https URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("URL without a host: " + uri);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        } catch (SecurityException e) {
            return Optional.of("host lookup not permitted: " + host);
        }
        for (InetAddress a : addresses) {
            Optional<String> why = config.addresses().refusal(a);
            if (why.isPresent()) {
                return Optional.of("refused: " + host + " resolves to " + why.get() + " (" + a.getHostAddress()
                        + "); pass --allow-private to fetch from private networks");
            }
        }
        return Optional.empty();
    }

    private Optional<String> robotsRefusal(URI uri) throws InterruptedException {
        String key = hostKey(uri);
        BaseRobotRules rules = robots.get(key);
        if (rules == null) {
            rules = loadRobots(uri);
            robots.put(key, rules);
        }
        if (rules.isDeferVisits()) {
            return Optional.of("robots.txt of " + key + " could not be read (server error); try again later");
        }
        if (!rules.isAllowed(uri.toString())) {
            return Optional.of("robots.txt of " + key + " forbids this URL");
        }
        return Optional.empty();
    }

    private BaseRobotRules loadRobots(URI uri) throws InterruptedException {
        URI robotsUri = URI.create(hostKey(uri) + "/robots.txt");
        FetchResult r = fetch(robotsUri, false, ROBOTS_MAX_BYTES);
        if (r instanceof FetchResult.Fetched f) {
            return robotsParser.parseContent(robotsUri.toString(), f.body(), f.contentType().orElse("text/plain"),
                    List.of(config.robotsName()));
        }
        String reason = ((FetchResult.Failed) r).reason();
        // A missing robots.txt (4xx) allows everything; a server error or no answer defers the host.
        if (reason.startsWith("HTTP 4")) {
            return robotsParser.failedFetch(404);
        }
        return robotsParser.failedFetch(503);
    }

    private static String hostKey(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    private record Response(int status, Optional<String> location, Optional<String> contentType, byte[] body,
                            Optional<String> failure) {
        static Response failed(String why) {
            return new Response(0, Optional.empty(), Optional.empty(), new byte[0], Optional.of(why));
        }
    }

    private Response request(URI uri, long cap) throws InterruptedException {
        BaseRobotRules rules = robots.get(hostKey(uri));
        long delay = config.delay().toMillis();
        if (rules != null && rules.getCrawlDelay() > delay) {
            delay = Math.min(rules.getCrawlDelay(), FetchConfig.MAX_CRAWL_DELAY.toMillis());
        }
        return gate.call(hostKey(uri), delay, () -> send(uri, cap));
    }

    private Response send(URI uri, long cap) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            return Response.failed("not a valid URL: " + uri);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, CappedBody.handler(cap));
        try {
            HttpResponse<byte[]> response = future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers().firstValue("location"),
                    response.headers().firstValue("content-type"), response.body(), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            return Response.failed("timed out after " + config.readTimeout().toSeconds() + " s");
        } catch (CancellationException e) {
            return Response.failed("cancelled");
        } catch (ExecutionException e) {
            return Response.failed(describe(e.getCause()));
        }
    }

    private String describe(Throwable t) {
        Throwable cause = t;
        while (cause != null) {
            if (cause instanceof CappedBody.TooLarge) {
                return cause.getMessage();
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "could not connect within " + config.connectTimeout().toSeconds() + " s";
            }
            if (cause instanceof HttpTimeoutException) {
                return "timed out after " + config.readTimeout().toSeconds() + " s";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            cause = cause.getCause();
        }
        String m = t.getMessage();
        return (t instanceof IOException ? "network error" : t.getClass().getSimpleName())
                + (m == null ? "" : ": " + m);
    }

    /** Releases the HTTP client's threads (on Java 21+; Java 17 releases them when unreachable). */
    @Override
    public void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing is in flight after a run
            }
        }
    }
}
