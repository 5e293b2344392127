package org.dossier.app.web;

import java.util.Objects;
import java.util.function.Supplier;
import org.dossier.store.fetch.FetchConfig;
import org.dossier.store.ingest.Pipeline;

/**
 * How {@code dossier serve} serves. Immutable and thread-safe (the pipeline supplier must be too).
 *
 * @param host           the address to bind; a loopback address keeps the server to this machine
 * @param port           the port; 0 picks a free one
 * @param token          the bearer token {@code POST /api/ingest} requires
 * @param pipeline       the stages run on ingested pages, created on the first ingestion (it loads models)
 * @param processedBy    recorded with every ingested source
 * @param fetch          how {@code POST /api/ingest} fetches URLs (its address policy refuses private addresses
 *                       unless {@code --allow-private})
 * @param maxUploadBytes the largest page body {@code POST /api/ingest} takes
 */
public record WebConfig(String host, int port, String token, Supplier<Pipeline> pipeline, String processedBy,
                        FetchConfig fetch, long maxUploadBytes) {
    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(processedBy, "processedBy");
        Objects.requireNonNull(fetch, "fetch");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (token.length() < 16) {
            throw new IllegalArgumentException("the ingest token must have at least 16 characters");
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
    }
}
