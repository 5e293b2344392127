package org.dossier.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/** The dependency parse of one sentence, over its own tokens. */
class TextAnnotatorParseTest {

    private static Sentence only(String text) {
        List<Sentence> s = Shared.annotate(Shared.article(text, null)).sentences(Section.BODY);
        assertEquals(1, s.size(), "one sentence");
        return s.get(0);
    }

    @Test
    void aParseHasOneEntryPerTokenAndOneRoot() {
        Sentence s = only("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.");
        Parse p = TextAnnotator.shared().parse(s).orElseThrow();
        assertEquals(s.tokens().size(), p.size());
        int roots = 0;
        int met = -1;
        for (int i = 0; i < p.size(); i++) {
            roots += p.head(i) < 0 ? 1 : 0;
            if (s.tokens().get(i).text().equals("met")) {
                met = i;
            }
        }
        assertEquals(1, roots);
        assertEquals("meet", p.lemma(met));
        assertEquals("VBD", p.tag(met));
        assertEquals("Putin", s.tokens().get(p.children(met).stream()
                .filter(c -> p.relation(c).equals("nsubj")).findFirst().orElseThrow()).text());
    }

    @Test
    void aHyphenatedWordIsParsedWhole() {
        Sentence s = only("North Korea test-fired a missile.");
        Parse p = TextAnnotator.shared().parse(s).orElseThrow();
        int fired = -1;
        for (int i = 0; i < p.size(); i++) {
            if (s.tokens().get(i).text().equals("fired")) {
                fired = i;
            }
        }
        assertTrue(fired > 1, "the tokenizer splits test - fired: " + s.tokens());
        assertEquals("test-fire", p.lemma(fired));
        assertTrue(p.verb(fired));
        assertEquals("goeswith", p.relation(fired - 1));
        assertEquals(fired, p.head(fired - 2));
    }

    @Test
    void aDatelineAndAnAttributionAreLeftOutOfTheParse() {
        Sentence s = only("HANOI (Agency) - The talks between the two leaders ended on Thursday, officials said.");
        List<String> words = s.tokens().stream().map(Token::text).toList();
        int dash = words.indexOf("-");
        int comma = words.lastIndexOf(",");
        Parse p = TextAnnotator.shared().parse(s, dash + 1, comma).orElseThrow();
        assertEquals(s.tokens().size(), p.size());
        for (int i = 0; i < p.size(); i++) {
            if (i <= dash || i >= comma) {
                assertEquals("dep", p.relation(i));
                assertEquals(-1, p.head(i));
            }
        }
        int ended = words.indexOf("ended");
        assertEquals("root", p.relation(ended), "the verb is the root, not the dateline's dependent");
        assertEquals("talks", words.get(p.children(ended).stream().filter(c -> p.relation(c).equals("nsubj"))
                .findFirst().orElseThrow()));
        assertTrue(TextAnnotator.shared().parse(s, 3, 3).isEmpty());
    }

    @Test
    void theFastLoopGivesCoreNlpsTreeWithPassiveSubjects() {
        assertTrue(TextAnnotator.fastParser(), "the fast loop could not read this CoreNLP's parser");
        for (String text : List.of("The summit was postponed after the storm closed the airport.",
                "Two envoys were expelled on Friday, and the embassy said it would be closed by the end of May.",
                "Rebels who had been promised an amnesty laid down their arms near the border.")) {
            List<String> words = only(text).tokens().stream().map(Token::text).toList();
            Parse fast = TextAnnotator.parseTokens(words, true);
            Parse stock = TextAnnotator.parseTokens(words, false);
            for (int i = 0; i < words.size(); i++) {
                assertEquals(stock.head(i), fast.head(i), words.get(i) + " in " + text);
                assertEquals(stock.relation(i), fast.relation(i), words.get(i) + " in " + text);
            }
        }
        List<String> words = only("The summit was postponed.").tokens().stream().map(Token::text).toList();
        assertEquals("nsubj:pass", TextAnnotator.parseTokens(words, true).relation(words.indexOf("summit")));
    }

    @Test
    void sentencesOverTheParseLimitAreNotParsed() {
        Sentence s = only("trade talks resumed quietly ".repeat(40).strip() + ".");
        assertTrue(s.tokens().size() > TextAnnotator.MAX_PARSE_TOKENS);
        assertTrue(TextAnnotator.shared().parse(s).isEmpty());
    }
}
