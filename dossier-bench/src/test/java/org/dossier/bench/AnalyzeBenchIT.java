package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.model.Record;
import org.dossier.nlp.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis benchmark's setup and one invocation of each method, outside JMH (slow: it loads the
 * stock CoreNLP models).
 */
class AnalyzeBenchIT {
    @TempDir
    Path tmp;

    @Test
    void eachBenchmarkCreditsTheTokensTheStockPipelineCounts() throws Exception {
        AnalyzeBench.Texts texts = new AnalyzeBench.Texts();
        texts.load(List.of(TinyPages.samples(tmp)));
        assertEquals(2, texts.sources.size());
        assertTrue(texts.tokens[0] > 50 && texts.tokens[1] > 50, "tokens " + texts.tokens[0] + ", " + texts.tokens[1]);

        AnalyzeBench bench = new AnalyzeBench();
        AnalyzeBench.Dossier dossier = new AnalyzeBench.Dossier();
        dossier.setup();
        AnalyzeBench.Stock stock = new AnalyzeBench.Stock();
        stock.setup();
        AnalyzeBench.Tokens counter = new AnalyzeBench.Tokens();

        counter.reset();
        Record record = bench.analyze(texts, dossier, counter);
        assertEquals(texts.tokens[0], counter.tokens);
        assertTrue(record.entities().stream().anyMatch(e -> e.name().contains("Voss")), record.entities().toString());

        counter.reset();
        Document doc = bench.language(texts, dossier, counter);
        assertEquals(texts.tokens[1], counter.tokens);
        assertTrue(doc.entities().stream().anyMatch(e -> e.name().contains("Voss")), doc.entities().toString());

        // The rotation is back at the first text: the stock pipeline finds exactly the tokens credited.
        counter.reset();
        Annotation a = bench.stock(texts, stock, counter);
        assertEquals(texts.tokens[0], counter.tokens);
        assertEquals(texts.tokens[0], a.get(CoreAnnotations.TokensAnnotation.class).size());
        assertTrue(a.get(CoreAnnotations.TokensAnnotation.class).stream()
                .anyMatch(t -> "PERSON".equals(t.ner())), "the stock pipeline ran its NER");
    }
}
