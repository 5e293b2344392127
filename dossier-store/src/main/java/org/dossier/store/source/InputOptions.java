package org.dossier.store.source;

/**
 * How inputs are read. Immutable.
 *
 * @param maxBytes pages (or decompressed files) larger than this are refused, not read into memory
 */
public record InputOptions(long maxBytes) {
    public InputOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** The extractor's default cap. */
    public static InputOptions defaults() {
        return new InputOptions(org.dossier.core.extract.ExtractorConfig.DEFAULT_MAX_INPUT_BYTES);
    }
}
