package org.dossier.store.query;

import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.DateSpan;

/**
 * What to select from the store: every field is optional and the ones given must all hold. Dates
 * compare as {@link DateSpan}s, so {@code since 2018-03-20} keeps an event dated "2018-03".
 * Immutable and thread-safe; start from {@link #all()} and add conditions with the {@code with}
 * methods.
 *
 * @param entity    an entity id the item must involve (article mentions it, quote's speaker, event's actor or target)
 * @param actor     an entity id that must be the event's actor; for the timeline, one of the entry's
 *                  {@link org.dossier.nlp.timeline.TimelineEntry#actorKeys()} (its actor, the other party of
 *                  a meeting or call, or the country either belongs to)
 * @param speaker   an entity id that must be the quote's speaker
 * @param type      a PLOVER event type (events; the timeline also takes {@code TYPE/mode}) or entity type
 *                  (entities)
 * @param status    an event status ({@code reported}, {@code planned}, …)
 * @param publisher the outlet, compared without regard to case
 * @param since     the item's date must reach this day or later
 * @param until     the item's date must start on or before this day
 * @param limit     at most this many items
 * @param offset    skip this many items first (paging)
 */
public record Filter(
        Optional<String> entity,
        Optional<String> actor,
        Optional<String> speaker,
        Optional<String> type,
        Optional<String> status,
        Optional<String> publisher,
        Optional<DateSpan> since,
        Optional<DateSpan> until,
        int limit,
        int offset) {

    public Filter {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (limit <= 0 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative");
        }
    }

    /** No condition, no practical limit. */
    public static Filter all() {
        return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE, 0);
    }

    public Filter withEntity(Optional<String> v) {
        return new Filter(v, actor, speaker, type, status, publisher, since, until, limit, offset);
    }

    public Filter withActor(Optional<String> v) {
        return new Filter(entity, v, speaker, type, status, publisher, since, until, limit, offset);
    }

    public Filter withSpeaker(Optional<String> v) {
        return new Filter(entity, actor, v, type, status, publisher, since, until, limit, offset);
    }

    public Filter withType(Optional<String> v) {
        return new Filter(entity, actor, speaker, v, status, publisher, since, until, limit, offset);
    }

    public Filter withStatus(Optional<String> v) {
        return new Filter(entity, actor, speaker, type, v, publisher, since, until, limit, offset);
    }

    public Filter withPublisher(Optional<String> v) {
        return new Filter(entity, actor, speaker, type, status, v, since, until, limit, offset);
    }

    public Filter withSince(Optional<DateSpan> v) {
        return new Filter(entity, actor, speaker, type, status, publisher, v, until, limit, offset);
    }

    public Filter withUntil(Optional<DateSpan> v) {
        return new Filter(entity, actor, speaker, type, status, publisher, since, v, limit, offset);
    }

    public Filter withPage(int newLimit, int newOffset) {
        return new Filter(entity, actor, speaker, type, status, publisher, since, until, newLimit, newOffset);
    }

    /** Whether an item covering {@code span} passes the date conditions; an undated item passes none. */
    public boolean datesAdmit(Optional<DateSpan> span) {
        if (since.isEmpty() && until.isEmpty()) {
            return true;
        }
        if (span.isEmpty()) {
            return false;
        }
        return since.map(s -> !span.get().last().isBefore(s.first())).orElse(true)
                && until.map(u -> !span.get().first().isAfter(u.last())).orElse(true);
    }
}
