package org.dossier.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.eval.Score;
import org.dossier.core.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The article-extraction benchmark's pages, scored with its own metric, so that a change that makes
 * main-text extraction worse fails the build. Skipped when the sample corpus is absent.
 */
class AebHtmlExtractionIT {
    /**
     * Measured F1 0.9829 (P 0.9821, R 0.9837) when this test was written, 0.9838 (P 0.9838, R 0.9838)
     * once bylines, date lines and credited captions written as paragraphs were left out; the margin
     * absorbs small shifts.
     */
    private static final double MIN_F1 = 0.98;
    private static final double MIN_PRECISION = 0.975;
    private static final double MIN_RECALL = 0.975;

    @Test
    void benchmarkScoreStaysAboveTheLevelReached() throws Exception {
        String corpus = System.getProperty("dossier.corpus");
        assumeTrue(corpus != null, "dossier.corpus not set");
        Path aeb = Path.of(corpus, "aeb");
        assumeTrue(Files.isRegularFile(aeb.resolve("ground-truth.json")), "no AEB corpus at " + aeb);
        ExtractionEval.AebReport report = new ExtractionEval(Extractor.withDefaults()).aeb(aeb, ExtractionEval.Input.HTML);
        Score avg = report.average();
        assertEquals(181, report.pages().size());
        assertTrue(avg.precision() >= MIN_PRECISION, "precision " + avg.precision());
        assertTrue(avg.recall() >= MIN_RECALL, "recall " + avg.recall());
        assertTrue(avg.f1() >= MIN_F1, "F1 " + avg.f1());
        long errors = report.pages().stream().filter(p -> p.error() != null).count();
        assertEquals(0, errors, "pages with no text");
    }
}
