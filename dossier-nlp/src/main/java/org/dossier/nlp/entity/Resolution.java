package org.dossier.nlp.entity;

import java.util.List;
import org.dossier.core.model.Entity;
import org.dossier.nlp.text.Mention;

/**
 * What the entity stage finds in an article. Immutable.
 *
 * @param mentions every mention, resolved to a canonical id
 * @param entities the canonical entities, most mentioned first
 */
public record Resolution(List<Mention> mentions, List<Entity> entities) {
    public Resolution {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }
}
