package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dossier.nlp.quote.Quotes.starting;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Quote;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/**
 * Reported clauses bounded by the dependency parse, when the word rules cannot bound them: the subject of the verb of
 * speech must be the speaker phrase, and the clause it governs becomes the quote. Sentences written for this test.
 */
class QuoteSyntaxTest {

    private static List<Quote> quotes(String body) {
        return QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(body, "2023-05-04")));
    }

    private static Optional<Quote> indirect(List<Quote> qs, String words) {
        return qs.stream().filter(q -> !q.direct() && q.text().startsWith(words)).findFirst();
    }

    @Test
    void anAdjunctAfterAnInvertedSpeakerMayHoldARelativeClauseOrAParticiple() {
        List<Quote> qs = quotes("LUXEMBOURG — Clubs may not cap foreign players if the rule favours nationals, the"
                + " Court of Justice of the European Union said on Tuesday in a ruling on a case brought by a"
                + " goalkeeper who was dropped by a club in Braga.");
        assertEquals(Optional.of("Court of Justice of the European Union"),
                starting(qs, "Clubs may not cap").speaker(), qs.toString());
        // a clause of the speaker's own after the comma still ends the attribution
        List<Quote> own = quotes("Fares will rise in May, the Transit Authority said on Tuesday, keeping its"
                + " forecast unchanged.");
        assertTrue(starting(own, "Fares will rise").text().endsWith("in May"), own.toString());
    }

    @Test
    void aBodysSubjectCutAfterItsDemonymInADatelinedLeadSpeaksTheSecondVerb() {
        List<Quote> qs = quotes("OSLO (Reuters) - The Norwegian Central Bank cut its key rate to 3% on Thursday and"
                + " said it was ready to cut again if the krone weakened.");
        assertTrue(starting(qs, "it was ready to cut").speaker().orElse("").endsWith("Central Bank"), qs.toString());
    }

    @Test
    void aLongBareClauseAfterTheVerbIsReported() {
        List<Quote> qs = quotes("Dr Helena Brisk, a senior lecturer at Harwell College, said falling orders from"
                + " Asia and weak demand at home had forced the plant to cut shifts.");
        Quote q = indirect(qs, "falling orders from Asia").orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Helena Brisk"), q.speaker());
        assertTrue(q.text().endsWith("to cut shifts"), q.text());
    }

    @Test
    void aClauseAfterThatFollowsALongAdjunct() {
        List<Quote> qs = quotes("Harbour master Olek Varga said in recorded remarks broadcast on Friday that the"
                + " northern pier would reopen to fishing boats by the spring.");
        Quote q = indirect(qs, "the northern pier would reopen").orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Olek Varga"), q.speaker());
    }

    @Test
    void aNounAfterAVerbOfSpeechIsNotAClause() {
        List<Quote> qs = quotes("Guard Tamsin Ojukwu added 11 assists for the Falcons in the second half.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aVerbThatNeedsThatReportsNoBareObject() {
        List<Quote> qs = quotes("Lakeland carmaker Velta Motors reported a 7% rise in quarterly sales on Friday,"
                + " helped by two new models and lower battery costs.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aNameInsideTheSubjectPhraseIsNotTheSpeaker() {
        List<Quote> qs = quotes("Farmers who met Governor Ana Cristina Salvo said higher prices for feed and"
                + " fuel over the whole winter had worn them down.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().equals(Optional.of("Ana Cristina Salvo"))),
                qs.toString());
    }

    @Test
    void theOneToldIsNotWhatWasSaid() {
        List<Quote> qs = quotes("The ferry will not sail until the engine is repaired, harbour master Olek Varga told"
                + " the Island Council on Friday.");
        Quote q = indirect(qs, "The ferry will not sail").orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Olek Varga"), q.speaker());
        assertEquals(1, qs.size(), qs.toString());
    }

    @Test
    void aMeetingWithNoClauseReportsNothing() {
        List<Quote> qs = quotes("Branch manager Ruth Okafor told the Dane County board on Monday.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aClauseAfterTheOneToldIsStillReported() {
        List<Quote> qs = quotes("Mayor Ines Dorado told reporters the old river bridge would reopen in May.");
        Quote q = indirect(qs, "the old river bridge would reopen").orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Ines Dorado"), q.speaker());
    }
}
