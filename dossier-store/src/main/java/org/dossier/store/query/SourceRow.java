package org.dossier.store.query;

import java.util.Objects;

/**
 * A payload the store holds, for walking all of them (reprocessing).
 *
 * @param position its place in the order payloads arrived (pass it back to get the next ones)
 * @param info     its description, with its first location
 * @param stored   true when it gave an article, false when it failed
 */
public record SourceRow(long position, SourceInfo info, boolean stored) {
    public SourceRow {
        Objects.requireNonNull(info, "info");
    }
}
