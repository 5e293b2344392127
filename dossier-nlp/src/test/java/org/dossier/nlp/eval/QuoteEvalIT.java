package org.dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/** Seed-gold quote attribution must not regress (skips without the corpus). */
class QuoteEvalIT {

    private static Path corpus() {
        String dir = System.getProperty("dossier.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "gold")), "corpus not available");
        return Path.of(dir);
    }

    @Test
    void everySeedGoldQuoteIsRightOnTheGoldText() throws Exception {
        QuoteEval.Report r = new QuoteEval(Extractor.withDefaults(), Shared.ANALYZER).fromGoldText(corpus());
        assertTrue(r.total() > 0);
        assertEquals(r.total(), r.right(), () -> report(r));
    }

    @Test
    void seedGoldAttributionHoldsThroughExtraction() throws Exception {
        QuoteEval.Report r = new QuoteEval(Extractor.withDefaults(), Shared.ANALYZER).fromCaptures(corpus());
        assertTrue(r.right() >= r.total() * 0.95, () -> report(r));
    }

    private static String report(QuoteEval.Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        return out.toString(StandardCharsets.UTF_8);
    }
}
