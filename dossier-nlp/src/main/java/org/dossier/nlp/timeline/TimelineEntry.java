package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;

/**
 * One real-world event of the timeline with every article that reports it. Immutable and thread-safe.
 *
 * @param id               stable id: a hash of the block, mode, target, place and date, so the same
 *                         reports always give the same id (it changes when a new report narrows the date)
 * @param block            the block the entry belongs to
 * @param type             PLOVER type
 * @param mode             PLOVER mode, when a report gives one
 * @param status           the best-supported status: reported, then historical, planned, speculated,
 *                         denied, negated (a recalled or denied mention does not demote a reported event)
 * @param actor            the actor's name as the reports most often write it
 * @param actorId          the actor's canonical id (empty when the reports have none)
 * @param target           the target's name as the reports most often write it
 * @param targetId         the target's canonical id, the most specific the reports give
 * @param location         where, the most specific place the reports give
 * @param date             ISO 8601: the span of the day-precise reports, else the intersection of the
 *                         coarser ones; empty for an entry no report dates
 * @param sources          the reports of this event, oldest article first
 * @param ambiguousSources reports that fit this entry and at least one other of its block equally well
 *                         ("Kim visited China in 2018" when he went three times): kept so nothing is
 *                         lost, shown, but not counted in {@link #reports()}
 */
public record TimelineEntry(
        String id,
        BlockKey block,
        String type,
        Optional<String> mode,
        EventStatus status,
        Optional<String> actor,
        Optional<String> actorId,
        Optional<String> target,
        Optional<String> targetId,
        Optional<String> location,
        Optional<String> date,
        List<Report> sources,
        List<Report> ambiguousSources) {

    public TimelineEntry {
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
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one source: " + id);
        }
    }

    /** How many independent reports: articles counted once per near-duplicate group. */
    public int reports() {
        return (int) sources.stream().map(Report::duplicateGroup).distinct().count();
    }

    /** Sources and ambiguous sources: every report the entry holds. */
    public List<Report> allReports() {
        List<Report> all = new ArrayList<>(sources);
        all.addAll(ambiguousSources);
        return all;
    }

    /**
     * The entity ids an actor filter selects this entry by ({@link TimelineFilter#actor()}): its actor;
     * for a symmetric mode also the other party; and the country each of them belongs to as its sources
     * give it, so {@code country/PRK} selects Kim Jong Un's visits. A store keeps them beside the entry
     * to select by actor with an index.
     */
    public Set<String> actorKeys() {
        Set<String> parties = new TreeSet<>();
        actorId.ifPresent(parties::add);
        if (symmetric()) {
            targetId.ifPresent(parties::add);
        }
        Set<String> keys = new TreeSet<>(parties);
        for (Report r : sources) {
            Event ev = r.event();
            if (ev.actorId().map(parties::contains).orElse(false)) {
                ev.actorCountry().ifPresent(keys::add);
            }
            if (symmetric() && ev.targetId().map(parties::contains).orElse(false)) {
                ev.targetCountry().ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** Whether who acted on whom does not matter (CONSULT meet, phone): actor and target are the two parties. */
    public boolean symmetric() {
        return BlockKey.symmetric(type, mode);
    }
}
