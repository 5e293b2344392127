package org.dossier.nlp.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression normalised against the article's publication date. Immutable.
 *
 * @param sentence index of the sentence in {@link Document#sentences()}
 * @param begin    offset of the expression in its section's text
 * @param end      offset just after it
 * @param text     the expression as in the source ("late March", "four-day travel to Beijing from Monday")
 * @param value    ISO 8601 at the precision the text supports ({@code 2018}, {@code 2018-03},
 *                 {@code 2018-03-29}) or an interval {@code 2018-03-25/2018-03-27}; empty when the text
 *                 cannot be resolved (a weekday in an article with no publication date)
 * @param tense    the tense that decided the direction of a relative expression
 */
public record TimeExpression(int sentence, int begin, int end, String text, Optional<String> value, Tense tense) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tense, "tense");
    }

    /** Whether the value is an interval {@code a/b}. */
    public boolean interval() {
        return value.isPresent() && value.get().contains("/");
    }
}
