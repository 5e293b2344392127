package org.dossier.store.index;

import org.dossier.store.query.SearchHit;

/**
 * A match as the index knows it; the store adds the article's details.
 *
 * @param kind      what matched
 * @param id        its id in the store
 * @param articleId its article
 * @param score     BM25 score
 * @param snippet   the best passage, matches marked {@code [[…]]}
 */
public record IndexHit(SearchHit.Kind kind, long id, long articleId, float score, String snippet) {
}
