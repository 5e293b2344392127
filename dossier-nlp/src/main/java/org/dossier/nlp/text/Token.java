package org.dossier.nlp.text;

import java.util.Objects;

/**
 * One token as it stands in the source text. Immutable.
 *
 * @param text  the token exactly as in the source (no normalisation of quotes or brackets)
 * @param begin character offset of its first character in its section's text
 * @param end   character offset just after it
 * @param ner   the statistical NER tag (raw: the entity stage corrects it into {@link Mention}s)
 */
public record Token(String text, int begin, int end, NerTag ner) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ner, "ner");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token span " + begin + ".." + end);
        }
    }

    /**
     * Whether the token starts with an upper-case letter, after a glottal-stop letter written onto the word
     * (Hawaiian and Tongan "ʻAisake", the ʻokina U+02BB; "ʼ" U+02BC): such a name is capitalised all the same.
     */
    public boolean capitalized() {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\u02BB' || text.charAt(i) == '\u02BC')) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.codePointAt(i));
    }
}
