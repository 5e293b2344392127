package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Shared;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;
import org.junit.jupiter.api.Test;

/** Bad and hostile input: the coder returns, with bounded work, and never invents events. */
class EventInputTest {

    @Test
    void anArticleWithNoSentencesHasNoEvents() throws AnalysisException {
        assertTrue(Shared.ANALYZER.analyze(Shared.article("", null)).events().isEmpty());
        assertTrue(Shared.ANALYZER.analyze(Shared.article(" \n\n — … ", "2018-01-01")).events().isEmpty());
    }

    @Test
    void anArticleInAnotherLanguageHasNoEvents() throws AnalysisException {
        Article a = Shared.builder("Kim Jong Un traf am Montag in Peking Xi Jinping.").language(Optional.of("de"))
                .published(Optional.of("2018-03-28")).build();
        assertTrue(Shared.ANALYZER.analyze(a).events().isEmpty());
    }

    @Test
    void sentencesWithoutAnActorGiveNoEvents() throws AnalysisException {
        List<Event> events = Shared.ANALYZER.analyze(Shared.article(
                "The talks were long. A visit is always useful. Sanctions hurt. The summit ended.", "2019-01-01")).events();
        assertTrue(events.isEmpty(), () -> Sentences.describe(events));
    }

    /** 50,000 sentences, each a candidate: only the first MAX_PARSED_SENTENCES are parsed. */
    @Test
    void aFiftyThousandSentenceArticleIsCodedWithBoundedWork() {
        int n = 50_000;
        String unit = "Kim met Xi. ";
        StringBuilder body = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>(n);
        List<Mention> mentions = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            int b = body.length();
            body.append(unit);
            List<Token> tokens = List.of(new Token("Kim", b, b + 3, NerTag.PERSON), new Token("met", b + 4, b + 7, NerTag.NONE),
                    new Token("Xi", b + 8, b + 10, NerTag.PERSON), new Token(".", b + 10, b + 11, NerTag.NONE));
            sentences.add(new Sentence(i, Section.BODY, 0, 0, b, b + 11, "Kim met Xi.", tokens));
            mentions.add(new Mention("person/kim", EntityType.PERSON, MentionKind.NAME, i, b, b + 3, "Kim"));
            mentions.add(new Mention("person/xi", EntityType.PERSON, MentionKind.NAME, i, b + 8, b + 10, "Xi"));
        }
        Article article = Shared.article(body.toString(), "2018-03-28");
        List<Entity> entities = List.of(
                new Entity("person/kim", "Kim", EntityType.PERSON, List.of(), n, List.of(), Optional.empty(), List.of()),
                new Entity("person/xi", "Xi", EntityType.PERSON, List.of(), n, List.of(), Optional.empty(), List.of()));
        Document doc = new Document(article, sentences, mentions, List.of(), entities);
        List<Event> events = new EventCoder().code(doc);
        assertEquals(1, events.size(), "one meeting, reported again and again, is one event: " + Sentences.describe(events));
        assertEquals("CONSULT", events.get(0).type());
    }

    @Test
    void aSentenceOfFourHundredTokensIsNotParsed() throws AnalysisException {
        String body = "Kim met Xi and ".repeat(100) + "Moon.";
        Document doc = Shared.annotate(Shared.article(body, "2018-03-28"));
        assertTrue(doc.sentences().stream().anyMatch(s -> s.tokens().size() >= 400));
        EventCoder coder = new EventCoder();
        for (Sentence s : doc.sentences()) {
            assertEquals(s.tokens().size() <= org.dossier.nlp.text.TextAnnotator.MAX_PARSE_TOKENS
                    && !doc.mentionsIn(s).isEmpty() && s.tokens().size() >= 3, coder.candidate(doc, s));
        }
        coder.code(doc); // returns
    }

    @Test
    void quotationsAndClosingAttributionsAreNotParsed() throws AnalysisException {
        String body = "\"Kim will meet Xi again, and soon,\" said Lee Min-jun, an analyst in Seoul.\n\n"
                + "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi, "
                + "Turkish officials told reporters.";
        Document doc = Shared.annotate(Shared.article(body, "2018-09-18"));
        java.util.BitSet quoted = EventCoder.quotedChars(body);
        EventCoder coder = new EventCoder();
        Sentence quote = doc.sentences(Section.BODY).get(0);
        Sentence report = doc.sentences(Section.BODY).get(1);
        assertTrue(EventCoder.quoted(quote, quoted));
        assertTrue(!EventCoder.quoted(report, quoted));
        assertEquals(report.tokens().stream().map(Token::text).toList().lastIndexOf(","), coder.attributionStart(report));
        List<Event> events = coder.code(doc);
        assertEquals(1, events.size(), Sentences.describe(events));
        assertTrue(Sentences.found(events, "CONSULT/meet", "person/vladimir-putin", "erdogan"), Sentences.describe(events));
    }

    @Test
    void aSentenceOfAHundredAndFiftyTokensIsParsedAndCoded() throws AnalysisException {
        String body = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday"
                + ", and ministers discussed trade".repeat(25) + ".";
        List<Event> events = Shared.ANALYZER.analyze(Shared.article(body, "2018-09-18")).events();
        assertTrue(Sentences.found(events, "CONSULT/meet", "person/vladimir-putin", "erdogan"), Sentences.describe(events));
    }
}
