package org.dossier.store.query;

/** What became of a payload the store has seen. */
public enum SourceStatus {
    /** It gave an article. */
    STORED,
    /** The pipeline could not turn it into a record; an error row says why. */
    FAILED
}
