package org.dossier.store.query;

import java.util.List;
import java.util.Objects;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceRef;

/**
 * An article as the store holds it: its record, and every input it was reached by (the same page
 * fetched from two URLs, or found in a file and in a WARC, is one article with all of them).
 *
 * @param id      the article's id in the store
 * @param record  the record, rebuilt from the tables
 * @param sources every location of every payload that gave this article, oldest first
 */
public record StoredArticle(long id, Record record, List<SourceRef> sources) {
    public StoredArticle {
        Objects.requireNonNull(record, "record");
        sources = List.copyOf(sources);
    }
}
