package org.dossier.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.dossier.core.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataEvalTest {
    private static final String PAGE = """
            <html lang="en"><head><title>Bridge reopens after repairs - Example Courier</title>
            <meta property="article:published_time" content="2019-03-12T18:40:00-05:00"></head><body>
            <h1>Bridge reopens after repairs</h1><div class="byline">By Jane Roe and John Poe</div>
            <p>The bridge reopened to traffic on Tuesday after six weeks of repairs to its deck and railings,
            the city said, a week earlier than planned and within the budget set aside for the work.</p>
            </body></html>""";

    @Test
    void scoresEachFieldAgainstTheLabels(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        for (String id : new String[] {"a", "b"}) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
                out.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"a": {"url": "https://courier.example/2019/03/12/bridge", "articleBody": ""},
                 "b": {"url": "https://courier.example/bridge", "articleBody": ""},
                 "c": {"url": "https://courier.example/missing", "articleBody": ""}}""");
        // "a" is right on every field (title case and punctuation aside, authors in any order, the date
        // at the label's precision); "b" is wrong on every field; "c" has no page.
        String labels = """
                {"a": {"split": "dev", "title": "BRIDGE reopens after repairs!", "authors": ["John Poe", "Jane Roe"],
                       "published": "2019-03-12"},
                 "b": {"split": "holdout", "title": "Another headline", "authors": ["Jane Roe"], "published": null},
                 "c": {"split": "holdout", "title": "x", "authors": [], "published": null}}""";
        MetadataEval.Report report = new MetadataEval(Extractor.withDefaults(), true)
                .run(dir, new ByteArrayInputStream(labels.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new MetadataEval.Accuracy(1, 1, 1, 1), report.accuracy("dev"));
        assertEquals(new MetadataEval.Accuracy(2, 0, 0, 0), report.accuracy("holdout"));
        assertEquals(new MetadataEval.Accuracy(3, 1, 1, 1), report.accuracy("all"));
        assertEquals(1.0 / 3, report.accuracy("all").title(), 1e-9);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8), true, "all");
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("want Another headline"), text);
        assertTrue(text.contains("missing"), text);
        assertTrue(text.contains("holdout  pages   2  title 0.000 (0)"), text);
    }
}
