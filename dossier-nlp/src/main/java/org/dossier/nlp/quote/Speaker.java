package org.dossier.nlp.quote;

import java.util.Optional;

/**
 * A resolved speaker.
 *
 * @param name   the full name as the article gives it (an entity's canonical name); empty for a speaker the text
 *               does not name
 * @param id     the canonical entity id, when the speaker is an entity
 * @param title  the title or affiliation the article states
 * @param person whether the speaker is a person (only people are "he" or "she")
 */
record Speaker(String name, Optional<String> id, Optional<String> title, boolean person) {
    /** Whether the text does not name this speaker ("a senior official"): the quote gets no speaker. */
    boolean anonymous() {
        return name.isEmpty();
    }

    /** The key that tells two speakers apart: the id, else the name. */
    String key() {
        return id.orElse(name);
    }
}
