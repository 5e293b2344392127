package org.dossier.nlp.timeline;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.dossier.core.model.DateSpan;

/**
 * Which entries of a timeline to show. Immutable and thread-safe.
 *
 * <p>Dates select by overlap: {@code since} keeps an entry that may have happened on or after the first
 * day of {@code since}, {@code until} one that may have happened on or before the last day of
 * {@code until}. An entry dated "2018-03" is kept by {@code --since 2018-03-15} (it may be the 20th) and by
 * {@code --until 2018-03-15}; an entry dated "2018-03-10" is not kept by the first. {@code --since 2018}
 * means from 1 January 2018, {@code --until 2018} through 31 December 2018. Undated entries are left out
 * as soon as either bound is given: nothing says they fall in the window.
 *
 * @param actor an entity id: keeps entries whose actor is it, whose actor belongs to that country
 *              ({@code country/PRK} keeps Kim Jong Un's visits), or that have it as the other party of a
 *              symmetric mode (a meeting of Kim and Xi is kept for either): one of
 *              {@link TimelineEntry#actorKeys()}
 * @param type  a PLOVER type ({@code CONSULT}) or type and mode ({@code CONSULT/visit}), any case
 * @param since ISO 8601 date at any precision
 * @param until ISO 8601 date at any precision
 */
public record TimelineFilter(Optional<String> actor, Optional<String> type, Optional<String> since,
                             Optional<String> until) implements Predicate<TimelineEntry> {

    public TimelineFilter {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        since.ifPresent(s -> parse("since", s));
        until.ifPresent(u -> parse("until", u));
    }

    /** Keeps every entry. */
    public static TimelineFilter all() {
        return new TimelineFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public boolean test(TimelineEntry e) {
        if (since.isPresent() || until.isPresent()) {
            Optional<DateSpan> d = e.date().flatMap(DateSpan::parse);
            if (d.isEmpty()) {
                return false;
            }
            if (since.isPresent() && d.get().last().isBefore(parse("since", since.get()).first())) {
                return false;
            }
            if (until.isPresent() && d.get().first().isAfter(parse("until", until.get()).last())) {
                return false;
            }
        }
        return type.map(t -> typeMatches(t, e)).orElse(true) && actor.map(a -> e.actorKeys().contains(a)).orElse(true);
    }

    private static boolean typeMatches(String t, TimelineEntry e) {
        int slash = t.indexOf('/');
        String wantType = (slash < 0 ? t : t.substring(0, slash)).strip();
        if (!wantType.equalsIgnoreCase(e.type())) {
            return false;
        }
        return slash < 0 || e.mode().map(m -> m.equalsIgnoreCase(t.substring(slash + 1).strip())).orElse(false);
    }

    private static DateSpan parse(String what, String value) {
        return DateSpan.parse(value).orElseThrow(() -> new IllegalArgumentException(
                what + ": not an ISO 8601 date (2018, 2018-03, 2018-03-15): " + value));
    }
}
