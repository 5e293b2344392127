package org.dossier.nlp.quote;

import java.util.List;
import org.dossier.core.model.Quote;
import org.dossier.nlp.Shared;

/** The quotes of a test passage, and the one that starts with given words: shared by the quote tests. */
final class Quotes {
    private Quotes() {
    }

    /** The quotes of {@code body} analysed as an article published on {@code published}. */
    static List<Quote> extract(String body, String published) {
        return QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(body, published)));
    }

    /** The quote whose text starts with {@code words}; fails the test when there is none. */
    static Quote starting(List<Quote> qs, String words) {
        return qs.stream().filter(q -> q.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting \"" + words + "\" in " + qs));
    }
}
