package org.dossier.store.query;

import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.EntityType;

/**
 * A canonical entity across the store.
 *
 * @param id       stable id ({@code person/kim-jong-un})
 * @param name     canonical name (as first stored)
 * @param type     what it is
 * @param country  the country it belongs to, when known
 * @param articles how many articles mention it
 * @param mentions how many mentions in all
 */
public record EntitySummary(String id, String name, EntityType type, Optional<String> country, int articles,
                            int mentions) {
    public EntitySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
    }
}
