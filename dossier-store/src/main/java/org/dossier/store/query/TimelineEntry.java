package org.dossier.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.EventStatus;

/**
 * One real-world event of the merged timeline, with every article that reports it.
 *
 * @param id       the entry's id in the store
 * @param type     PLOVER type
 * @param mode     PLOVER mode, when known
 * @param status   whether it happened, per its reports
 * @param actor    actor's name
 * @param actorId  actor's canonical id
 * @param target   target's name
 * @param targetId target's canonical id
 * @param location where
 * @param date     the most precise date its reports give
 * @param reports  how many articles report it
 * @param sources  the reports, oldest article first
 */
public record TimelineEntry(long id, String type, Optional<String> mode, EventStatus status, Optional<String> actor,
                            Optional<String> actorId, Optional<String> target, Optional<String> targetId,
                            Optional<String> location, Optional<String> date, int reports,
                            List<TimelineSource> sources) {
    public TimelineEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
    }
}
