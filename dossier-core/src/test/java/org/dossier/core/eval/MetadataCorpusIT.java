package org.dossier.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * Title, author and date accuracy on the hand-labelled pages of the article-extraction benchmark
 * (labels in {@code aeb-metadata-gold.json}; the corpus itself is not part of the project and the
 * test skips without it). The floors are what the rules reached when they were written, less a
 * margin, for the pages they were developed on and for the third held out from that work.
 */
class MetadataCorpusIT {
    private static final String LABELS = "/org/dossier/core/meta/aeb-metadata-gold.json";

    @Test
    void metadataAccuracyHoldsOnLabelledBenchmarkPages() throws IOException {
        String corpus = System.getProperty("dossier.corpus", "");
        Path aeb = Path.of(corpus.isEmpty() ? "/nonexistent" : corpus).resolve("aeb");
        assumeTrue(Files.isRegularFile(aeb.resolve("ground-truth.json")), "no benchmark corpus at " + aeb);
        MetadataEval.Report report;
        try (InputStream labels = MetadataCorpusIT.class.getResourceAsStream(LABELS)) {
            report = new MetadataEval(Extractor.withDefaults(), true).run(aeb, labels);
        }
        report.print(new PrintStream(System.out, true, StandardCharsets.UTF_8), false, "dev");
        check(report.accuracy("dev"), "dev", 0.95, 0.93, 0.93);
        check(report.accuracy("holdout"), "holdout", 0.93, 0.90, 0.93);
    }

    private static void check(MetadataEval.Accuracy a, String split, double title, double authors, double published) {
        assertTrue(a.pages() >= 30, split + ": too few labelled pages read: " + a.pages());
        assertTrue(a.title() >= title, split + " title accuracy " + a.title() + " < " + title);
        assertTrue(a.authors() >= authors, split + " authors accuracy " + a.authors() + " < " + authors);
        assertTrue(a.published() >= published, split + " published accuracy " + a.published() + " < " + published);
    }
}
