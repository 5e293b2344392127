package org.dossier.spark.corpus;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.Event;

/**
 * One event as one article reports it, with the article's provenance and near-duplicate group: the
 * unit the timeline merges (the single-machine merge's report, plus the event's position {@code seq}
 * in its record so a timeline row can point back at its {@code events} row). Immutable.
 *
 * @param sha256            the article's key
 * @param seq               the event's position in the article's record
 * @param duplicateGroup    the article's near-duplicate group (its own sha256 when it has no copy)
 */
public record EventReport(
        String sha256,
        int seq,
        Optional<String> path,
        Optional<String> url,
        Optional<String> publisher,
        Optional<String> published,
        Optional<String> publishedEstimate,
        String duplicateGroup,
        Event event) implements Serializable {

    public EventReport {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedEstimate, "publishedEstimate");
        Objects.requireNonNull(duplicateGroup, "duplicateGroup");
        Objects.requireNonNull(event, "event");
    }
}
