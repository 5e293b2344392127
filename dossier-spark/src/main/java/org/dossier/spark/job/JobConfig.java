package org.dossier.spark.job;

import java.io.Serializable;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.nlp.AnalyzerConfig;

/**
 * The limits the job's stages apply, as plain numbers so the closure that carries them to the
 * executors serialises them (the stages' own configurations are records without {@code Serializable}).
 * Immutable and thread-safe.
 *
 * @param maxInputBytes pages larger than this are errors ({@link ExtractorConfig#maxInputBytes()})
 * @param maxHtmlDepth  markup nesting flattened beyond this ({@link ExtractorConfig#maxHtmlDepth()})
 * @param maxChars      articles longer than this are errors ({@link AnalyzerConfig#maxChars()})
 */
public record JobConfig(long maxInputBytes, int maxHtmlDepth, int maxChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    public JobConfig {
        // Validated by the stages' own configurations, so a bad limit fails on the driver, not in a task.
        extractorConfig(maxInputBytes, maxHtmlDepth);
        new AnalyzerConfig(maxChars);
    }

    /** The defaults of {@code dossier analyze}. */
    public static JobConfig defaults() {
        ExtractorConfig e = ExtractorConfig.defaults();
        return new JobConfig(e.maxInputBytes(), e.maxHtmlDepth(), AnalyzerConfig.defaults().maxChars());
    }

    ExtractorConfig extractorConfig() {
        return extractorConfig(maxInputBytes, maxHtmlDepth);
    }

    AnalyzerConfig analyzerConfig() {
        return new AnalyzerConfig(maxChars);
    }

    private static ExtractorConfig extractorConfig(long maxInputBytes, int maxHtmlDepth) {
        return new ExtractorConfig(maxInputBytes, maxHtmlDepth);
    }
}
