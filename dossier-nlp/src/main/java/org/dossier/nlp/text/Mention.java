package org.dossier.nlp.text;

import java.util.Objects;
import org.dossier.core.model.EntityType;

/**
 * One place where the article names an entity, resolved to the entity's canonical id. Immutable.
 *
 * @param entityId canonical id ({@code person/kim-jong-un}, {@code country/PRK}, {@code place/moscow})
 * @param type     the entity's type
 * @param kind     how the mention names it
 * @param sentence index of the sentence in {@link Document#sentences()}
 * @param begin    offset of the mention in its section's text
 * @param end      offset just after it
 * @param text     the mention as in the source ("Kim's" is reported as "Kim")
 */
public record Mention(String entityId, EntityType type, MentionKind kind, int sentence, int begin, int end,
                      String text) {
    public Mention {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
