package org.dossier.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical person, organisation, country or place of one article, with every way the article
 * names it and where.
 *
 * @param id          stable id, the same across articles ({@code person/kim-jong-un}, {@code country/PRK})
 * @param name        the canonical name
 * @param type        what it is
 * @param aliases     other names the article uses for it
 * @param mentions    how many times the article mentions it
 * @param titles      titles and affiliations the article gives it ("North Korean Foreign Minister")
 * @param country     id of the country it belongs to or represents, when known ({@code country/PRK})
 * @param offsets     character offsets in the body of its mentions, in order (the evidence)
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        int mentions,
        List<String> titles,
        Optional<String> country,
        List<Integer> offsets) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        Objects.requireNonNull(country, "country");
        offsets = List.copyOf(offsets);
    }
}
