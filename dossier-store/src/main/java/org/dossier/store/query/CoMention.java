package org.dossier.store.query;

import java.util.Objects;
import org.dossier.core.model.EntityType;

/**
 * An entity named in the same articles as another.
 *
 * @param id       its id
 * @param name     its canonical name
 * @param type     what it is
 * @param articles how many articles name both
 */
public record CoMention(String id, String name, EntityType type, int articles) {
    public CoMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
