package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The seed captures of the shared corpus against their hand-written gold: every capture's body
 * token F1 at least {@value #MIN_BODY_F1}, no listed boilerplate left in the body, and the title,
 * authors, publisher and publication date right. Skips when the corpus is absent.
 */
class CaptureCorpusTest {
    /** The target is 0.97 on every capture; the extractor reaches 0.99 on each of the seeds. */
    private static final double MIN_BODY_F1 = 0.98;

    static Path corpus() {
        String dir = System.getProperty("dossier.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no corpus at " + dir);
        return Path.of(dir);
    }

    @Test
    void seedCapturesMeetTheirGold() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus.resolve("gold")), "no gold in " + corpus);
        ExtractionEval.GoldReport report = new ExtractionEval(Extractor.withDefaults()).gold(corpus);
        List<ExtractionEval.GoldResult> results = report.results();
        assertTrue(results.size() >= 3, "gold documents: " + results.size());
        for (ExtractionEval.GoldResult r : results) {
            assertNull(r.error(), r.gold());
            assertTrue(r.body().f1() >= MIN_BODY_F1, r.gold() + " body F1 " + r.body().f1());
            assertEquals(List.of(), r.boilerLeft(), r.gold());
            assertTrue(r.title(), r.gold() + " title " + r.article().title());
            assertTrue(r.authors(), r.gold() + " authors " + r.article().authors());
            assertTrue(r.publisher(), r.gold() + " publisher " + r.article().publisher());
            assertTrue(r.published(), r.gold() + " published " + r.article().published());
        }
    }
}
