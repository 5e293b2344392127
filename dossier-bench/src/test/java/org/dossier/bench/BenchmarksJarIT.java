package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.dossier.nlp.text.TextAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The runner jar carries every model the analyzer loads: the shade plugin keeps only the listed parts
 * of CoreNLP's models jar, and a model left out fails only when a benchmark reaches it (the test
 * classpath has them all, so no other test would notice). Runs after {@code package}.
 */
class BenchmarksJarIT {
    @Test
    void theRunnerJarHoldsEveryModelTheAnalyzerLoads() throws Exception {
        Path jar = Path.of("target", "benchmarks.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar.toAbsolutePath() + ": run after package");
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String model : List.of(TextAnnotator.NER_MODEL, TextAnnotator.POS_MODEL,
                    TextAnnotator.DEPPARSE_MODEL)) {
                assertNotNull(j.getEntry(model), model + " is missing from " + jar);
            }
        }
    }
}
