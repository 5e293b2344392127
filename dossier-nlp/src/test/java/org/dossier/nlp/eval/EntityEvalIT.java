package org.dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/** The seed gold's people, organisations and countries, each found as one entity (skips without the corpus). */
class EntityEvalIT {

    private static Path corpus() {
        String dir = System.getProperty("dossier.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "gold")), "corpus not available");
        return Path.of(dir);
    }

    @Test
    void everyGoldNameIsOneEntityOnTheGoldText() throws Exception {
        EntityEval.Report r = new EntityEval(Extractor.withDefaults(), Shared.ANALYZER).fromGoldText(corpus());
        assertEquals(r.total(), r.found(), () -> report(r));
        assertEquals(0, r.countriesAsPersons(), () -> report(r));
        assertEquals(true, r.total() > 0);
    }

    @Test
    void everyGoldNameIsOneEntityThroughExtraction() throws Exception {
        EntityEval.Report r = new EntityEval(Extractor.withDefaults(), Shared.ANALYZER).fromCaptures(corpus());
        assertEquals(r.total(), r.found(), () -> report(r));
        assertEquals(0, r.countriesAsPersons(), () -> report(r));
    }

    private static String report(EntityEval.Report r) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        r.print(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
