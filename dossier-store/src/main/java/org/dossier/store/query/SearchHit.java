package org.dossier.store.query;

import java.util.Objects;

/**
 * One search result.
 *
 * @param kind    what matched
 * @param id      the article's, quote's or event's id in the store
 * @param article the article it belongs to
 * @param score   BM25 relevance (0 when the query had only filters)
 * @param snippet the matching passage with matches in {@code [[…]]}, or the start of the text
 */
public record SearchHit(Kind kind, long id, ArticleInfo article, float score, String snippet) {
    /** What a hit is. */
    public enum Kind { ARTICLE, QUOTE, EVENT }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(snippet, "snippet");
    }
}
