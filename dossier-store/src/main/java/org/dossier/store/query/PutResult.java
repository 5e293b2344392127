package org.dossier.store.query;

import java.util.Objects;

/**
 * What storing a record did.
 *
 * @param outcome   what happened
 * @param articleId the article the payload now belongs to
 */
public record PutResult(Outcome outcome, long articleId) {
    /** What happened to a record handed to the store. */
    public enum Outcome {
        /** A new article was stored. */
        NEW,
        /** The payload is new but its article was already stored (same text reached another way). */
        SAME_ARTICLE,
        /** The payload was already stored; only its location was added. */
        ALREADY_STORED
    }

    public PutResult {
        Objects.requireNonNull(outcome, "outcome");
    }
}
