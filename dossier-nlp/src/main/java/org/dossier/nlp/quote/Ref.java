package org.dossier.nlp.quote;

import java.util.Optional;
import org.dossier.nlp.text.Mention;

/** Who a frame names as the speaker, before the discourse resolves it to an entity. */
sealed interface Ref {
    /** A name, or a description the entity stage already resolved ("the professor"). */
    record Named(Mention mention) implements Ref {
    }

    /** "he", "she": gender 'm' or 'f'; "it" before a reporting verb, 'n': an organisation. */
    record Pronoun(char gender) implements Ref {
    }

    /**
     * A description the entity stage left open ("the expert", "the ministry", "North Korea's foreign ministry").
     *
     * @param text    the phrase as written
     * @param head    its head noun, lower case
     * @param country the country a demonym or country name inside it gives
     */
    record Described(String text, String head, Optional<String> country) implements Ref {
    }

    /**
     * One person the text introduces without a name ("a senior official of the city corporation", "a spokesman"):
     * "the official added" and "he said" after it mean that person, who stays unnamed.
     *
     * @param head        the role noun, lower case
     * @param affiliation the whole description when it places the person in a named body ("a former district
     *                    engineer of the Department of Public Works"), else empty
     */
    record Anonymous(String head, Optional<String> affiliation) implements Ref {
        Anonymous(String head) {
            this(head, Optional.empty());
        }
    }

    /** Someone the text does not identify ("experts", "a source"): the quote stands, its speaker is unknown. */
    record Unknown() implements Ref {
    }
}
