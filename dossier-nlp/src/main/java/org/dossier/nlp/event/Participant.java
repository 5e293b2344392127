package org.dossier.nlp.event;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor or target of an event: a canonical entity, or a group the article names by a common noun
 * ("Israeli troops", "protesters"), with the country it belongs to. Immutable.
 *
 * @param name    the entity's canonical name, or the group as the article words it
 * @param id      the canonical entity id (for a group, the id of the country or organisation it belongs to)
 * @param country the country id it belongs to or represents
 * @param kind    what it is
 * @param sector  for a group, its PLOVER sector ({@code MIL}, {@code GOV}, {@code CVL}…)
 * @param token   the token of the sentence that names it
 */
record Participant(String name, Optional<String> id, Optional<String> country, Kind kind, Optional<String> sector,
                   int token) {
    enum Kind { PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP }

    Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sector, "sector");
    }

    /** Whether it can act in an event: an entity, or a group that is more than unnamed officials. */
    boolean canAct() {
        return id.isPresent() || kind == Kind.GROUP && sector.isPresent() && !sector.get().equals("GOV");
    }

    /** Whether it is a state: a country, or a government body, official or force of one. */
    boolean state() {
        return kind == Kind.COUNTRY || kind == Kind.GROUP && country.isPresent()
                && sector.filter(s -> s.equals("GOV") || s.equals("MIL") || s.equals("COP")).isPresent();
    }

    /** Whether two participants are the same actor (same id, or same wording when neither has one). */
    boolean same(Participant o) {
        return key().equals(o.key());
    }

    /** A key identifying the participant across sentences of one article. */
    String key() {
        return kind == Kind.GROUP ? "group:" + name.toLowerCase(java.util.Locale.ROOT) + "@" + id.orElse("")
                : id.orElse(name);
    }
}
