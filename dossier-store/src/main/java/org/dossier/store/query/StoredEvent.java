package org.dossier.store.query;

import java.util.Objects;
import org.dossier.core.model.Event;

/**
 * An event in the store with the article that reports it.
 *
 * @param id      the event's id in the store
 * @param event   the event
 * @param article the article that reports it
 */
public record StoredEvent(long id, Event event, ArticleInfo article) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(article, "article");
    }
}
