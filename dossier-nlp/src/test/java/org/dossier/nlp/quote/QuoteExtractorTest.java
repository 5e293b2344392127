package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/** The quote step in the analyzer, its offsets, and inputs it must survive. */
class QuoteExtractorTest {

    private static List<Quote> quotes(Article a) {
        return QuoteExtractor.withDefaults().extract(Shared.annotate(a));
    }

    @Test
    void theAnalyzerFillsTheRecordsQuotes() throws AnalysisException {
        Article a = Shared.article("Talks resumed in Geneva on Monday.\n\n\"Both sides came to listen,\" said "
                + "Ruth Adler, a mediator at the Lakeside Peace Institute.", "2019-03-04");
        Record r = Shared.ANALYZER.analyze(a);
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Quote q = r.quotes().get(0);
        assertEquals("Both sides came to listen", q.text());
        assertEquals(Optional.of("Ruth Adler"), q.speaker());
        assertEquals(Optional.of("person/ruth-adler"), q.speakerId());
        assertEquals(Optional.of("a mediator at the Lakeside Peace Institute"), q.speakerTitle());
        assertTrue(q.direct());
        assertTrue(a.body().startsWith("Both sides", q.offset()), "the offset is the evidence in the body");
    }

    @Test
    void offsetsPointAtEveryQuoteInTheBody() {
        String body = "Finance Minister Olaf Brandt said on Tuesday that the government would not raise taxes.\n\n"
                + "“We will balance the budget without them,” he said. “It can be done.”\n\n"
                + "\"The numbers do not add up,\n\n\"and everyone in parliament knows it,\" said Eva Lind, an MP.";
        List<Quote> qs = quotes(Shared.article(body, "2019-03-04"));
        assertEquals(5, qs.size(), qs.toString());
        for (Quote q : qs) {
            String firstWord = q.text().split("[ ,.]")[0];
            assertTrue(body.startsWith(firstWord, q.offset()), q + " at " + q.offset());
        }
        // a quotation over two paragraphs is one quote per paragraph, each with the speaker named after the last
        assertEquals("The numbers do not add up", qs.get(3).text());
        assertEquals("and everyone in parliament knows it", qs.get(4).text());
        assertEquals(Optional.of("Eva Lind"), qs.get(3).speaker());
        assertEquals(Optional.of("Eva Lind"), qs.get(4).speaker());
        for (int i = 1; i < qs.size(); i++) {
            assertTrue(qs.get(i - 1).offset() < qs.get(i).offset(), qs.toString());
        }
    }

    @Test
    void captionsAndTheTitleGiveNoQuotes() {
        Article a = Shared.builder("The summit ended without a statement.")
                .title(Optional.of("\"We are ready,\" says the minister"))
                .captions(List.of("\"This is a historic day,\" said Mayor Anna Berg, pictured at the harbour."))
                .published(Optional.of("2019-03-04")).build();
        assertEquals(List.of(), quotes(a));
    }

    @Test
    void anEmptyOrMarksOnlyBodyGivesNoQuotes() {
        assertEquals(List.of(), quotes(Shared.article("", null)));
        assertEquals(List.of(), quotes(Shared.article("\"\"\n\n“”\n\n''''", null)));
    }

    @Test
    void unbalancedMarksNeverThrowAndStayInTheirParagraph() {
        String body = "He said \"we will see.\n\n“Nobody knows,” she said “and nobody cares.\n\n"
                + "'Stray single marks ' everywhere ' in ' this ' paragraph.\n\n» « » « „ ‚ ‘ ’ ” “";
        List<Quote> qs = quotes(Shared.article(body, "2019-03-04"));
        for (Quote q : qs) {
            assertFalse(q.text().contains("\n"), q.text());
            assertTrue(q.offset() >= 0 && q.offset() < body.length());
        }
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("Nobody knows")), qs.toString());
    }

    @Test
    void inAnotherLanguageQuotesAreFoundButFramesAreNotRead() {
        String body = "„Das Bild des Händedrucks ist das eigentliche Ergebnis“, sagt Katrin Vogel, Expertin am "
                + "Institut für Asienstudien.";
        List<Quote> qs = quotes(Shared.builder(body).language(Optional.of("de")).build());
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Das Bild des Händedrucks ist das eigentliche Ergebnis", qs.get(0).text());
    }
}
