package org.dossier.store.index;

import java.util.Objects;
import java.util.Optional;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SearchHit;

/**
 * A full-text query and its filters.
 *
 * @param text   words to find (BM25); {@code "a phrase"}, {@code -not}, {@code a | b} and {@code pre*}
 *               work; blank for filters alone
 * @param kind   only articles, quotes or events
 * @param filter entity, event type, publisher, dates, limit and offset
 */
public record IndexQuery(String text, Optional<SearchHit.Kind> kind, Filter filter) {
    public IndexQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filter, "filter");
    }
}
