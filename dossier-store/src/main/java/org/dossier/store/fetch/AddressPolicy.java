package org.dossier.store.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which network addresses a fetch may reach. A URL from a feed or a redirect must not turn Dossier
 * into a probe of the machine's own network (the cloud metadata service at 169.254.169.254, a router
 * at 192.168.0.1, a database on localhost), so by default only public addresses are allowed, and
 * every address a host resolves to is checked, at every redirect.
 */
public enum AddressPolicy {
    /** Public addresses only (the default). */
    PUBLIC_ONLY,
    /** Public addresses and this machine's loopback (tests, a local server), nothing else private. */
    ALLOW_LOOPBACK,
    /** Any address ({@code --allow-private}). */
    ALLOW_PRIVATE;

    /** Why {@code address} may not be reached, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (this == ALLOW_PRIVATE) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress()) {
            return this == ALLOW_LOOPBACK ? Optional.empty() : Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isSharedOrReserved(address)) {
            return Optional.of("a private address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("not a host address");
        }
        return Optional.empty();
    }

    /** IPv6 unique local addresses, fc00::/7 (Java's site-local test covers only the old fec0::/10). */
    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** IPv4 ranges that are not the public internet: 0/8, 100.64/10 (carrier NAT), 198.18/15, 240/4. */
    private static boolean isSharedOrReserved(InetAddress a) {
        if (!(a instanceof Inet4Address)) {
            return false;
        }
        byte[] b = a.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18
                || second == 19)) || first >= 240;
    }
}
