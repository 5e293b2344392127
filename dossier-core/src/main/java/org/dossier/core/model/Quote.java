package org.dossier.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a speaker said, with who said it.
 *
 * @param text          the quoted words, without the quotation marks (for an indirect quote, the reported clause)
 * @param speaker       the speaker's name as the article gives it in full
 * @param speakerId     the speaker's canonical entity id
 * @param speakerTitle  the speaker's title or affiliation as the article states it
 * @param direct        true for a quotation in marks, false for reported speech
 * @param offset        character offset of the quote in the body (the evidence)
 */
public record Quote(
        String text,
        Optional<String> speaker,
        Optional<String> speakerId,
        Optional<String> speakerTitle,
        boolean direct,
        int offset) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(speakerTitle, "speakerTitle");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
    }
}
