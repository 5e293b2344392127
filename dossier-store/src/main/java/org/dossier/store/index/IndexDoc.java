package org.dossier.store.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.DateSpan;
import org.dossier.store.query.SearchHit;

/**
 * One searchable item: an article, a quote or an event, with the fields filters use.
 *
 * @param kind      what it is
 * @param id        its id in the store (unique within its kind)
 * @param articleId the article it belongs to (its own id for an article)
 * @param title     the headline (articles only; empty otherwise)
 * @param text      what a snippet is cut from: the body, the quoted words, the evidence sentence
 * @param names     names that should find it: an article's entities and aliases, a quote's speaker and
 *                  title, an event's actor, target and place
 * @param entityIds entity ids it involves
 * @param type      PLOVER type (events only)
 * @param publisher the article's outlet
 * @param span      the days it is dated to
 */
public record IndexDoc(SearchHit.Kind kind, long id, long articleId, String title, String text, String names,
                       List<String> entityIds, Optional<String> type, Optional<String> publisher,
                       Optional<DateSpan> span) {
    public IndexDoc {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(names, "names");
        entityIds = List.copyOf(entityIds);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(span, "span");
    }
}
