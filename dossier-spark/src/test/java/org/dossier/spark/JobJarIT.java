package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.dossier.nlp.text.TextAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The job jar that {@code ./dossier spark} and spark-submit run (built by {@code package}, before the
 * ITs): the tests run the job from the class path, where every CoreNLP model is present, so only this
 * check sees a model the shade filter left out (the event coder's tagger and parser once were, and
 * every task on a cluster failed on its first parsed sentence).
 */
class JobJarIT {

    @Test
    void theJobJarHoldsEveryModelThePipelineLoadsAndNoSpark() throws Exception {
        Path jar = Path.of("target", "dossier-spark-job.jar");
        assertTrue(Files.isRegularFile(jar), "run through mvn verify: package builds " + jar.toAbsolutePath());
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String model : new String[] {TextAnnotator.NER_MODEL, TextAnnotator.POS_MODEL,
                    TextAnnotator.DEPPARSE_MODEL}) {
                assertNotNull(j.getEntry(model), model + " is not in the job jar");
            }
            assertNotNull(j.getEntry("org/dossier/spark/Main.class"));
            // Spark is the cluster's (provided scope): a second copy in the job jar would fight it.
            assertNull(j.getEntry("org/apache/spark/SparkContext.class"));
        }
    }
}
