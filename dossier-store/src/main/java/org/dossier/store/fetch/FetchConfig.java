package org.dossier.store.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched. Immutable and thread-safe.
 *
 * @param userAgent      sent with every request, and the name robots.txt rules are matched against
 * @param robotsName     the agent token looked up in robots.txt ({@code dossier})
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for a whole response, headers and body
 * @param maxBytes       responses larger than this are cut off and refused
 * @param maxRedirects   more redirects than this in a row are refused
 * @param delay          pause between two requests to the same host (robots.txt may ask for more)
 * @param addresses      which addresses may be reached
 */
public record FetchConfig(String userAgent, String robotsName, Duration connectTimeout, Duration readTimeout,
                          long maxBytes, int maxRedirects, Duration delay, AddressPolicy addresses) {
    /** Longest crawl delay honoured from robots.txt; longer requests would stall a batch for hours. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsName, "robotsName");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(addresses, "addresses");
        if (maxBytes <= 0 || maxRedirects < 0 || delay.isNegative() || connectTimeout.isNegative()
                || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive (delay and redirects may be 0)");
        }
    }

    /** Polite defaults: 10 s to connect, 30 s per response, 16 MiB, 5 redirects, 1 s between requests to a host. */
    public static FetchConfig defaults(String userAgent) {
        return new FetchConfig(userAgent, "dossier", Duration.ofSeconds(10), Duration.ofSeconds(30), 16L << 20, 5,
                Duration.ofSeconds(1), AddressPolicy.PUBLIC_ONLY);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read) {
        return new FetchConfig(userAgent, robotsName, connect, read, maxBytes, maxRedirects, delay, addresses);
    }

    public FetchConfig withMaxBytes(long bytes) {
        return new FetchConfig(userAgent, robotsName, connectTimeout, readTimeout, bytes, maxRedirects, delay, addresses);
    }

    public FetchConfig withMaxRedirects(int redirects) {
        return new FetchConfig(userAgent, robotsName, connectTimeout, readTimeout, maxBytes, redirects, delay, addresses);
    }

    public FetchConfig withDelay(Duration d) {
        return new FetchConfig(userAgent, robotsName, connectTimeout, readTimeout, maxBytes, maxRedirects, d, addresses);
    }

    public FetchConfig withAddresses(AddressPolicy policy) {
        return new FetchConfig(userAgent, robotsName, connectTimeout, readTimeout, maxBytes, maxRedirects, delay, policy);
    }
}
