package org.dossier.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * What a list shows of an article, and what a quote, event or timeline source cites.
 *
 * @param id        the article's id in the store
 * @param title     headline
 * @param publisher outlet
 * @param published publication date (or the estimate's value when none is stated)
 * @param url       the URL it was reached by, when known
 * @param path      the file it was read from, when known
 */
public record ArticleInfo(long id, Optional<String> title, Optional<String> publisher, Optional<String> published,
                          Optional<String> url, Optional<String> path) {
    public ArticleInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(path, "path");
    }
}
