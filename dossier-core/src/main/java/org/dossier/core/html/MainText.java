package org.dossier.core.html;

import java.util.List;

/**
 * An article's text as found in its page: body paragraphs and photo captions, in document order.
 *
 * @param paragraphs body paragraphs, subheadings included
 * @param captions   captions of the article's photos, without duplicates
 */
record MainText(List<String> paragraphs, List<String> captions) {
    MainText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** The body as the record holds it: paragraphs separated by a blank line. */
    String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Amount of body text in letters. */
    int length() {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
