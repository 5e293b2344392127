package org.dossier.core.model;

import java.util.Objects;

/**
 * A piece of page text in another language than the article (a translated page's original-language
 * photo caption, for instance).
 *
 * @param text     the text
 * @param language its ISO 639-1 code
 */
public record ForeignText(String text, String language) {
    public ForeignText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
