package org.dossier.store.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What fetching a URL gave: the response, or why there is none. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.Failed {

    /** The URL that was asked for. */
    URI requested();

    /**
     * A successful (2xx) response, read whole.
     *
     * @param requested   the URL asked for
     * @param finalUri    the URL that answered, after redirects
     * @param redirects   the URLs passed through, in order (empty without redirects)
     * @param contentType the {@code Content-Type} header, if any
     * @param body        the payload (not copied: treat as read-only)
     * @param fetchedAt   when the response arrived
     */
    record Fetched(URI requested, URI finalUri, List<URI> redirects, Optional<String> contentType, byte[] body,
                   Instant fetchedAt) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(finalUri, "finalUri");
            redirects = List.copyOf(redirects);
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }
    }

    /**
     * No usable response.
     *
     * @param requested the URL asked for
     * @param reason    why, in words a user can act on
     */
    record Failed(URI requested, String reason) implements FetchResult {
        public Failed {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
