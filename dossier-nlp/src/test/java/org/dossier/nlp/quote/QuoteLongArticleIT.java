package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Quote;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/** Long bodies through the whole analyzer: the quote step finishes and stays bounded (slow: CoreNLP on 10k paragraphs). */
class QuoteLongArticleIT {

    @Test
    void tenThousandParagraphsWithOneOpeningMark() {
        StringBuilder sb = new StringBuilder("\"The opening mark of this article is never closed, he wrote");
        for (int i = 0; i < 10_000; i++) {
            sb.append("\n\nOfficials said on Monday that the talks would resume.");
        }
        List<Quote> qs = QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(sb.toString(), null)));
        List<Quote> direct = qs.stream().filter(Quote::direct).toList();
        assertEquals(1, direct.size(), "the quotation ends with its paragraph");
        assertTrue(direct.get(0).text().length() < 100);
    }

    @Test
    void tenThousandQuotedParagraphsWithPronouns() {
        StringBuilder sb = new StringBuilder("Maria Lopez, a professor at Vela University, spoke first.");
        for (int i = 0; i < 10_000; i++) {
            sb.append("\n\n\"Point number ").append(i).append(" is that the talks matter,\" she said.");
        }
        List<Quote> qs = QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(sb.toString(), null)));
        assertEquals(10_000, qs.size());
        assertTrue(qs.stream().allMatch(q -> q.speaker().orElse("").equals("Maria Lopez")));
    }
}
