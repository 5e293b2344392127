package org.dossier.nlp;

/**
 * Limits of the language stage. Immutable and thread-safe, so a Spark closure can carry it.
 *
 * @param maxChars articles whose title, body and captions together are longer than this are refused
 *                 with an error rather than analysed
 */
public record AnalyzerConfig(int maxChars) {
    /**
     * 1,000,000 characters, about 165,000 English words: ten times the longest long-read features, and
     * analysed in under a minute on one core. A page beyond that is a book or a dump, not an article.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public AnalyzerConfig {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    /** The defaults. */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_MAX_CHARS);
    }
}
