package org.dossier.store.query;

import java.util.Objects;

/**
 * One report of a timeline entry: the event as one article codes it.
 *
 * @param eventId the event's id in the store
 * @param article the article
 * @param event   the event as that article reports it (date, evidence, offset)
 */
public record TimelineSource(long eventId, ArticleInfo article, org.dossier.core.model.Event event) {
    public TimelineSource {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
    }
}
