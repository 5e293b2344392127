package org.dossier.app.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Headers every answer carries, and the check of the {@code Host} a request names. Everything the
 * page shows comes from pages on the web, so the page runs only its own script (no inline script,
 * no eval), loads nothing from elsewhere, cannot be framed, and no type is sniffed. A server bound
 * to loopback answers only requests naming this machine, so a web page that points its own host
 * name at 127.0.0.1 (DNS rebinding) cannot read the store through the visitor's browser.
 * Thread-safe (immutable).
 */
final class Security {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final boolean loopbackOnly;
    private final String boundHost;

    Security(String host) {
        this.boundHost = host.toLowerCase(Locale.ROOT);
        this.loopbackOnly = LOOPBACK_NAMES.contains(boundHost) || boundHost.startsWith("127.");
    }

    void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (loopbackOnly && !namesThisMachine(ctx.header("Host"))) {
            throw new ApiError(403, "this server answers requests for localhost or 127.0.0.1 only, not for '"
                    + ctx.header("Host") + "'");
        }
    }

    private boolean namesThisMachine(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(h) || h.equals(boundHost) || h.startsWith("127.");
    }
}
