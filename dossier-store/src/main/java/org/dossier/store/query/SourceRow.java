package org.dossier.store.query;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A payload the store holds, for walking all of them (reprocessing).
 *
 * @param position its place in the order payloads arrived (pass it back to get the next ones)
 * @param info     its description, with its first location
 * @param article  the article it gave; empty when it failed
 * @param processedBy which Dossier and pipeline produced its record or failure
 */
public record SourceRow(long position, SourceInfo info, OptionalLong article, Optional<String> processedBy) {
    public SourceRow {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(processedBy, "processedBy");
    }
}
