package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Record;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Section;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    @Test
    void analysesTitleBodyAndCaptionsIntoOneRecord() throws AnalysisException {
        Article a = Shared.builder("Japanese Prime Minister Sato Ken arrived in Hanoi on Monday.")
                .title(Optional.of("Sato visits Vietnam"))
                .captions(List.of("Sato Ken waves before leaving Tokyo."))
                .published(Optional.of("2018-04-11")).build();
        Record r = Shared.ANALYZER.analyze(a);
        assertEquals(a, r.article());
        var sato = r.entities().stream().filter(e -> e.id().equals("person/sato-ken")).findFirst().orElseThrow();
        assertEquals(3, sato.mentions(), "title, body and caption");
        assertEquals(1, sato.offsets().size(), "only body mentions have body offsets");
        assertTrue(r.entities().stream().anyMatch(e -> e.id().equals("country/VNM")));
    }

    @Test
    void anArticleWithNoSentencesGivesAnEmptyRecord() throws AnalysisException {
        Record r = Shared.ANALYZER.analyze(Shared.article("", null));
        assertTrue(r.entities().isEmpty());
        Document d = Shared.ANALYZER.annotate(Shared.article("   \n\n … — !!! ", null));
        assertTrue(d.mentions().isEmpty());
        assertTrue(d.sentences(Section.TITLE).isEmpty());
    }

    @Test
    void anOverlongArticleIsRefusedWithItsLocationBeforeAnyWork() {
        String body = "The committee met again on Monday. ".repeat(40_000); // 240,000 words
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> Shared.ANALYZER.analyze(Shared.article(body, "2018-04-11")));
        assertEquals("test-article.txt", e.location());
        assertTrue(e.reason().contains("over the language stage's limit"), e.reason());
    }

    @Test
    void furtherStepsRunInOrderOnTheDocument() throws AnalysisException {
        RecordStep countSentences = (doc, record) -> new Record(record.article(), record.entities(), record.quotes(),
                List.of());
        Analyzer analyzer = new Analyzer(AnalyzerConfig.defaults(), List.of(countSentences,
                (doc, record) -> {
                    assertTrue(!record.entities().isEmpty(), "the entity step ran first");
                    return record;
                }));
        analyzer.analyze(Shared.article("Russian President Vladimir Putin spoke.", null));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new AnalyzerConfig(0));
    }
}
