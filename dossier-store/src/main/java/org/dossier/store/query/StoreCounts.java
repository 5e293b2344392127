package org.dossier.store.query;

/**
 * How much the store holds.
 *
 * @param sources         distinct payloads
 * @param locations       paths and URLs they were reached by
 * @param articles        articles
 * @param entities        canonical entities
 * @param quotes          quotes
 * @param events          events
 * @param timelineEntries merged timeline entries
 * @param errors          error rows
 * @param indexPending    articles whose index documents are not committed yet
 */
public record StoreCounts(long sources, long locations, long articles, long entities, long quotes, long events,
                          long timelineEntries, long errors, long indexPending) {
}
