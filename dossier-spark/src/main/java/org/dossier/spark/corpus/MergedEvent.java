package org.dossier.spark.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.EventStatus;

/**
 * One real-world event of the timeline with every report of it: a row of the {@code timeline} table.
 * Field for field the single-machine merge's entry. Immutable.
 *
 * @param id               stable id of the entry
 * @param block            the block key the entry was merged in
 * @param sources          the reports counted for the entry
 * @param ambiguousSources reports that fit this entry and another equally well: kept, not counted
 */
public record MergedEvent(
        String id,
        String block,
        String type,
        Optional<String> mode,
        EventStatus status,
        Optional<String> actor,
        Optional<String> actorId,
        Optional<String> target,
        Optional<String> targetId,
        Optional<String> location,
        Optional<String> date,
        List<EventReport> sources,
        List<EventReport> ambiguousSources) {

    public MergedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(block, "block");
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
        ambiguousSources = List.copyOf(ambiguousSources);
    }

    /** Independent reports: sources counted once per near-duplicate group. */
    public int reports() {
        return (int) sources.stream().map(EventReport::duplicateGroup).distinct().count();
    }
}
