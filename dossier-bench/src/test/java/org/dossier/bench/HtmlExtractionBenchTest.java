package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML benchmark's setup and one invocation of each method, outside JMH. */
class HtmlExtractionBenchTest {
    @TempDir
    Path tmp;

    @Test
    void eachBenchmarkExtractsTheTinyPage() throws Exception {
        Path aeb = TinyPages.aeb(tmp);
        HtmlExtractionBench bench = new HtmlExtractionBench();
        HtmlExtractionBench.HtmlPages html = new HtmlExtractionBench.HtmlPages();
        html.load(aeb.resolve("html"));
        HtmlExtractionBench.TextPages text = new HtmlExtractionBench.TextPages();
        text.load(aeb.resolve("text"));

        assertEquals(SourceFormat.HTML, html.pages.get(0).ref().format(), "the .html.gz is read as HTML");
        Article fromHtml = assertInstanceOf(Article.class, bench.dossierHtml(html));
        assertTrue(fromHtml.body().contains(TinyPages.SECOND), fromHtml.body());
        String boilerpipe = bench.boilerpipeHtml(html);
        assertTrue(boilerpipe.contains(TinyPages.SECOND), boilerpipe);
        Article fromText = assertInstanceOf(Article.class, bench.dossierText(text));
        assertTrue(fromText.body().contains(TinyPages.SECOND), fromText.body());
    }

    @Test
    void aPageTheExtractorRefusesIsARefusalNotAFailure() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("html"));
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        HtmlExtractionBench.HtmlPages html = new HtmlExtractionBench.HtmlPages();
        html.load(dir);
        assertInstanceOf(ExtractionException.class, new HtmlExtractionBench().dossierHtml(html));
    }

    @Test
    void aMissingCorpusFailsWithWhereItLooked() {
        HtmlExtractionBench.HtmlPages html = new HtmlExtractionBench.HtmlPages();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> html.load(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("-D" + Inputs.CORPUS), e.getMessage());
    }

    @Test
    void anEmptyDirectoryIsNotABenchmark() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new HtmlExtractionBench.TextPages().load(tmp));
        assertTrue(e.getMessage().contains("no pages"), e.getMessage());
    }

    @Test
    void theDefaultSetupReadsTheWholeBenchmark() {
        assumeTrue(System.getProperty(Inputs.CORPUS) != null
                && Files.isDirectory(Inputs.corpus().resolve("aeb/html")), "corpus not available");
        HtmlExtractionBench.HtmlPages html = new HtmlExtractionBench.HtmlPages();
        html.setup();
        assertEquals(181, html.pages.size());
        HtmlExtractionBench.TextPages text = new HtmlExtractionBench.TextPages();
        text.setup();
        assertEquals(181, text.pages.size());
    }
}
