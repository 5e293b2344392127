package org.dossier.store.ingest;

/**
 * Hears about each input as ingestion finishes with it, for progress display. Called from the
 * thread that runs the ingestion, one call at a time.
 */
public interface IngestListener {
    /** What became of one input. */
    enum Outcome {
        /** A new article was stored. */
        STORED,
        /** A new payload whose article was already stored. */
        SAME_ARTICLE,
        /** A payload already in the store (its location was added). */
        ALREADY_STORED,
        /** A URL already in the store, not fetched again. */
        KNOWN_URL,
        /** A feed or sitemap, whose links were queued. */
        EXPANDED,
        /** Could not be read, fetched or processed; an error row says why. */
        FAILED
    }

    /**
     * One input is done.
     *
     * @param location file, WARC record or URL
     * @param outcome  what became of it
     * @param detail   the article id, the number of links queued, or the reason it failed
     */
    void done(String location, Outcome outcome, String detail);

    /** {@code n} more inputs were found (links of a feed or sitemap). */
    default void discovered(int n) {
    }

    /** A listener that hears nothing. */
    static IngestListener silent() {
        return (location, outcome, detail) -> { };
    }
}
