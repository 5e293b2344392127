package org.dossier.store.query;

import java.util.Objects;
import org.dossier.core.model.Quote;

/**
 * A quote in the store with the article it comes from.
 *
 * @param id      the quote's id in the store
 * @param quote   the quote
 * @param article the article that carries it
 */
public record StoredQuote(long id, Quote quote, ArticleInfo article) {
    public StoredQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
    }
}
