package org.dossier.core.extract;

/**
 * How the extractor treats its inputs. Immutable and thread-safe, so a Spark closure can carry it.
 *
 * @param maxInputBytes inputs larger than this are refused with an error rather than parsed
 * @param maxHtmlDepth  markup nested deeper than this is flattened before the main text is sought
 */
public record ExtractorConfig(long maxInputBytes, int maxHtmlDepth) {
    /** 16 MiB: news pages with inline scripts reach 3 MiB; anything far beyond is not an article. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;
    /** Real pages nest a few dozen levels; hostile ones nest 100,000. */
    public static final int DEFAULT_MAX_HTML_DEPTH = 256;

    public ExtractorConfig {
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        if (maxHtmlDepth < 16) {
            throw new IllegalArgumentException("maxHtmlDepth must be at least 16: " + maxHtmlDepth);
        }
    }

    /** The defaults. */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_HTML_DEPTH);
    }

    /** The same configuration with another input cap. */
    public ExtractorConfig withMaxInputBytes(long bytes) {
        return new ExtractorConfig(bytes, maxHtmlDepth);
    }
}
