package org.dossier.store.db;

import java.util.Locale;
import java.util.Optional;
import org.dossier.core.model.Event;
import org.dossier.store.query.DateSpan;
import org.dossier.store.query.TimelineEntry;

/**
 * Decides whether a newly stored event reports the same real-world event as an existing timeline
 * entry. The store calls it once per new event, with the candidate entries of the same type whose
 * dates overlap the event's (or, for an undated event, the undated entries of that type), each with
 * its member events in {@link TimelineEntry#sources()}; the event joins the first candidate for
 * which {@link #sameEvent} is true, or starts a new entry. Implementations must be thread-safe and
 * free of side effects; the events stage can supply a stricter one.
 */
@FunctionalInterface
public interface TimelineMerger {
    /** Whether {@code event} reports the real-world event {@code entry} stands for. */
    boolean sameEvent(TimelineEntry entry, Event event);

    /**
     * The conservative default: same type and status, compatible modes, the same actor (by id, else
     * by name), targets and locations that do not contradict each other, and overlapping dates.
     * Undated events never merge, since nothing shows they are the same occasion.
     */
    static TimelineMerger defaults() {
        return (entry, event) -> {
            if (!entry.type().equals(event.type()) || entry.status() != event.status()) {
                return false;
            }
            if (!compatible(entry.mode(), event.mode())) {
                return false;
            }
            boolean sameActor = entry.actorId().isPresent() && event.actorId().isPresent()
                    ? entry.actorId().equals(event.actorId())
                    : entry.actor().isPresent() && event.actor().isPresent() && same(entry.actor(), event.actor());
            if (!sameActor) {
                return false;
            }
            boolean targetsAgree = entry.targetId().isPresent() && event.targetId().isPresent()
                    ? entry.targetId().equals(event.targetId())
                    : compatible(entry.target(), event.target());
            if (!targetsAgree || !compatible(entry.location(), event.location())) {
                return false;
            }
            Optional<DateSpan> a = DateSpan.parse(entry.date());
            Optional<DateSpan> b = DateSpan.parse(event.date());
            return a.isPresent() && b.isPresent() && a.get().overlaps(b.get());
        };
    }

    private static boolean compatible(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || same(a, b);
    }

    private static boolean same(Optional<String> a, Optional<String> b) {
        return a.get().strip().toLowerCase(Locale.ROOT).equals(b.get().strip().toLowerCase(Locale.ROOT));
    }
}
