package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.TextAnnotator;
import org.junit.jupiter.api.Test;

/** Long inputs under the limit are analysed, in bounded sentences (slow: tens of thousands of tokens). */
class LongArticleIT {

    @Test
    void aLongArticleIsAnalysed() {
        String body = "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Monday. "
                .repeat(2_000); // 30,000 words
        Document d = Shared.annotate(Shared.article(body, "2018-04-11"));
        assertEquals(2_000, d.sentences().size());
        assertTrue(d.entity("person/kim-jong-un").orElseThrow().mentions() >= 2_000);
    }

    @Test
    void aTextWithoutPunctuationIsCutIntoBoundedSentences() {
        String body = "trade talks resumed quietly ".repeat(5_000); // 20,000 words, no sentence end
        Document d = Shared.annotate(Shared.article(body, "2018-04-11"));
        assertTrue(d.sentences().size() >= 20_000 / TextAnnotator.MAX_SENTENCE_TOKENS);
        for (Sentence s : d.sentences()) {
            assertTrue(s.tokens().size() <= TextAnnotator.MAX_SENTENCE_TOKENS);
        }
    }
}
