package org.dossier.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Source;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;

/**
 * Where the benchmarks find their inputs, and reading them into memory once, before anything is
 * timed. Paths are relative to the working directory, which JMH's forked JVMs share with the
 * command that started them: run from the repository root, or set the properties.
 */
final class Inputs {
    /** The shared corpus ({@code aeb/}, {@code seeds/}); the same property the tests use. */
    static final String CORPUS = "dossier.corpus";
    /** The project's own sample pages. */
    static final String SAMPLES = "dossier.samples";

    private Inputs() {
    }

    /** The corpus directory: {@code -Ddossier.corpus}, else {@code ../shared/corpus}. */
    static Path corpus() {
        return Path.of(System.getProperty(CORPUS, "../shared/corpus"));
    }

    /** The project's sample pages: {@code -Ddossier.samples}, else {@code samples}. */
    static Path samples() {
        return Path.of(System.getProperty(SAMPLES, "samples"));
    }

    /**
     * {@code dir}, when it is a directory; otherwise an exception that says where it was looked for
     * and how to point at it, so a benchmark never measures an empty input.
     */
    static Path require(Path dir, String property) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("benchmark input not found: " + dir.toAbsolutePath().normalize()
                    + " (run from the repository root, or set -D" + property + "=DIR)");
        }
        return dir;
    }

    /**
     * Every page under {@code roots}, read the way {@code dossier extract} reads them (gzipped files
     * decompressed, WARC records split, names sorted). A page that cannot be read stops the benchmark:
     * its numbers would otherwise be over a different set of pages than the one documented.
     */
    static List<Source> read(List<Path> roots) {
        List<String> names = roots.stream().map(Path::toString).toList();
        List<Source> sources = new ArrayList<>();
        try (InputReader reader = InputReader.open(names, InputOptions.defaults(), InputStream.nullInputStream())) {
            for (SourceItem item : reader) {
                if (item instanceof SourceItem.Failed failed) {
                    throw new IllegalStateException("cannot read benchmark input " + failed.location() + ": "
                            + failed.reason());
                }
                sources.add(((SourceItem.Read) item).source());
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no pages under " + names);
        }
        return List.copyOf(sources);
    }
}
