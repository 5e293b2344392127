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
    void sentencesOverTheParseLimitAreNotParsed() {
        Sentence s = only("trade talks resumed quietly ".repeat(40).strip() + ".");
        assertTrue(s.tokens().size() > TextAnnotator.MAX_PARSE_TOKENS);
        assertTrue(TextAnnotator.shared().parse(s).isEmpty());
    }
}
