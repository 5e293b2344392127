package org.dossier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The full result for one input: the article and what the language and event stages found in it.
 * Immutable and thread-safe.
 *
 * @param article  the clean article
 * @param entities canonical entities, most mentioned first
 * @param quotes   quotes in body order
 * @param events   events in body order
 */
public record Record(Article article, List<Entity> entities, List<Quote> quotes, List<Event> events) {
    public Record {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** A record of the article alone, before the language stage. */
    public static Record of(Article article) {
        return new Record(article, List.of(), List.of(), List.of());
    }
}
