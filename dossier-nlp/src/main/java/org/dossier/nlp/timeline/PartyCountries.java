package org.dossier.nlp.timeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.core.model.Record;

/**
 * The country of each person and organisation as the articles of a run or a store give it, for the
 * reports of an article that names a party without saying whose it is: a headline with "Xi Jinping"
 * and no "Chinese", "President Xi" after an article that named him in full. Meetings are blocked and
 * matched by the parties' countries ({@link BlockKey}), so such a report would otherwise stay apart
 * from every report of the same meeting that gives the country.
 *
 * <p>A party is given a country only when every article that gives it one gives the same: an id that
 * two articles place in two countries (two people of one name, an envoy and the country they serve)
 * gets none, and its reports keep what their own article says. The table depends only on the set of
 * (id, country) pairs, never on the order articles come in. Immutable and thread-safe.
 */
public final class PartyCountries {
    /** A table that knows no country: reports are merged with what their own article says. */
    public static final PartyCountries NONE = new PartyCountries(Map.of());

    private final Map<String, String> countries;

    private PartyCountries(Map<String, String> countries) {
        this.countries = Map.copyOf(countries);
    }

    /** The table of every entity of {@code records} that its article gives a country. */
    public static PartyCountries of(Collection<Record> records) {
        Map<String, Set<String>> given = new HashMap<>();
        for (Record r : records) {
            for (Entity e : r.entities()) {
                e.country().ifPresent(c -> given.computeIfAbsent(e.id(), k -> new TreeSet<>()).add(c));
            }
        }
        return fromGiven(given);
    }

    /**
     * The table of the countries that articles gave each id ({@code person/…} → {@code country/…}), as a
     * store reads them from its entities: an id with one country gets it, one with several gets none.
     */
    public static PartyCountries fromGiven(Map<String, ? extends Collection<String>> given) {
        Map<String, String> out = new HashMap<>();
        given.forEach((id, cs) -> {
            Set<String> distinct = new TreeSet<>(cs);
            if (!id.startsWith("country/") && distinct.size() == 1) {
                out.put(id, distinct.iterator().next());
            }
        });
        return new PartyCountries(out);
    }

    /** The country every article that gives {@code id} one agrees on; empty when none does or they disagree. */
    public Optional<String> country(String id) {
        return Optional.ofNullable(countries.get(id));
    }

    /**
     * {@code r} with the countries its event leaves empty filled in from this table. A country the
     * article gives is kept even when other articles disagree: the article speaks for its own sentence.
     * The report keeps its {@linkplain Report#identity() identity}, so a stored report filled differently
     * is replaced by the new one.
     */
    public Report fill(Report r) {
        Event e = r.event();
        Optional<String> actorCountry = e.actorCountry().or(() -> e.actorId().flatMap(this::country));
        Optional<String> targetCountry = e.targetCountry().or(() -> e.targetId().flatMap(this::country));
        if (actorCountry.equals(e.actorCountry()) && targetCountry.equals(e.targetCountry())) {
            return r;
        }
        return r.withEvent(new Event(e.type(), e.mode(), e.status(), e.actor(), e.actorId(), actorCountry, e.target(),
                e.targetId(), targetCountry, e.location(), e.date(), e.evidence(), e.offset(), e.confidence()));
    }
}
