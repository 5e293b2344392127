package org.dossier.nlp.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Event;
import org.dossier.core.model.Record;

/**
 * One event as one article reports it: the event with where it was read, the unit the timeline merges.
 * Plain values only, so a store can keep it as a row (or as {@link TimelineJson#report}) and a Spark job
 * can build it from a Parquet row. Immutable and thread-safe.
 *
 * @param sha256            hex SHA-256 of the article's source bytes: which article this is
 * @param path              the file the article was read from, if any
 * @param url               the article's URL, if known
 * @param publisher         the outlet
 * @param published         the article's publication date (ISO 8601), if it states one
 * @param publishedEstimate the date inferred from its content when it states none
 * @param duplicateGroup    the article's near-duplicate group ({@link NearDuplicates}); its own sha256
 *                          when it has no near-duplicate
 * @param event             the event, with its evidence sentence and offset in the body
 */
public record Report(
        String sha256,
        Optional<String> path,
        Optional<String> url,
        Optional<String> publisher,
        Optional<String> published,
        Optional<String> publishedEstimate,
        String duplicateGroup,
        Event event) {

    public Report {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedEstimate, "publishedEstimate");
        Objects.requireNonNull(duplicateGroup, "duplicateGroup");
        Objects.requireNonNull(event, "event");
    }

    /** Every event of {@code record} as a report, in body order; none for a record without events. */
    public static List<Report> fromRecord(Record record, String duplicateGroup) {
        Article a = record.article();
        return record.events().stream().map(e -> new Report(a.source().sha256(), a.source().path(),
                a.source().url(), a.publisher(), a.published(), a.publishedEstimate().map(DateEstimate::value),
                duplicateGroup, e)).toList();
    }

    /** The same report in another duplicate group (when a copy of its article turns up). */
    public Report withDuplicateGroup(String group) {
        return new Report(sha256, path, url, publisher, published, publishedEstimate, group, event);
    }

    /** The same report of an event with other details (the parties' countries learned from other articles). */
    Report withEvent(Event e) {
        return new Report(sha256, path, url, publisher, published, publishedEstimate, duplicateGroup, e);
    }

    /** The block this report is merged in. */
    public BlockKey blockKey() {
        return BlockKey.of(this);
    }

    /**
     * Which report this is, whatever its duplicate group and the parties' countries other articles gave
     * it ({@link PartyCountries#fill}): the article and the event as its article codes it, less those
     * countries. Merging the same report twice keeps one.
     */
    Identity identity() {
        Event e = event;
        return new Identity(sha256, new Event(e.type(), e.mode(), e.status(), e.actor(), e.actorId(), Optional.empty(),
                e.target(), e.targetId(), Optional.empty(), e.location(), e.date(), e.evidence(), e.offset(),
                e.confidence()));
    }

    /** The date the article gives for itself: stated, else estimated. */
    Optional<DateSpan> anchor() {
        return published.flatMap(DateSpan::parse).or(() -> publishedEstimate.flatMap(DateSpan::parse));
    }

    record Identity(String sha256, Event event) {
    }
}
