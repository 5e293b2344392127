package org.dossier.store.query;

import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceRef;

/**
 * A payload's description without its bytes: what the store records of a source.
 *
 * @param ref         where it came from (and its hash)
 * @param size        its size in bytes
 * @param contentType the transport's {@code Content-Type}, if any
 */
public record SourceInfo(SourceRef ref, long size, Optional<String> contentType) {
    public SourceInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** The description of {@code source}. */
    public static SourceInfo of(Source source) {
        return new SourceInfo(source.ref(), source.size(), source.contentType());
    }
}
