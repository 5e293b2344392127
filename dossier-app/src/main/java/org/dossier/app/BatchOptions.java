package org.dossier.app;

import org.dossier.core.extract.ExtractorConfig;
import org.dossier.store.source.InputOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that reads pages shares: the size cap and the number of worker threads. */
final class BatchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-bytes", defaultValue = "" + ExtractorConfig.DEFAULT_MAX_INPUT_BYTES,
            description = "refuse inputs larger than this many bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--threads", description = "pages processed at once (default: the number of processors)")
    Integer threads;

    /** The size cap, checked. */
    long maxBytes() {
        if (maxBytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be positive: " + maxBytes);
        }
        return maxBytes;
    }

    /** How sources are read. */
    InputOptions inputOptions() {
        return new InputOptions(maxBytes());
    }

    /** The extractor's configuration with this cap. */
    ExtractorConfig extractorConfig() {
        return ExtractorConfig.defaults().withMaxInputBytes(maxBytes());
    }

    /** Worker threads, checked. */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + workers);
        }
        return workers;
    }
}
