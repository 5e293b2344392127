package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Quotation marks of every style, without CoreNLP: what is quoted, and what only looks like a mark. */
class MarkScannerTest {

    static List<String> quoted(String body) {
        List<int[]> pars = Body.paragraphs(body);
        int[] begin = pars.stream().mapToInt(p -> p[0]).toArray();
        int[] end = pars.stream().mapToInt(p -> p[1]).toArray();
        return MarkScanner.scan(body, begin, end).stream().map(q -> q.text(body)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            straight             | He said "we are ready," and left.                  | we are ready
            curly                | He said “we are ready,” and left.                  | we are ready
            AP doubled           | ''We did our job,'' said the senator.              | We did our job
            backticks            | ``We did our job,'' said the senator.              | We did our job
            German low           | „Wir sind bereit“, sagte sie.                      | Wir sind bereit
            German reversed      | »Wir sind bereit«, sagte sie.                      | Wir sind bereit
            French guillemets    | « Nous sommes prêts », a-t-elle dit.               | Nous sommes prêts
            British single       | 'We are ready,' she said.                          | We are ready
            British curly single | ‘We are ready,’ she said.                          | We are ready
            nested single        | "When they say 'soon,' they mean never," he said.  | When they say 'soon,' they mean never
            nested curly         | “They call it ‘charm offensive.’ It is not,” he said. | They call it ‘charm offensive.’ It is not
            apostrophes          | 'We don't think the government's plan works,' he said. | We don't think the government's plan works
            plural possessive    | 'The workers' union will not agree,' he said.      | The workers' union will not agree
            CJK corners          | 「準備はできている」と彼は言った。                         | 準備はできている
            """)
    void findsTheQuotedWords(String style, String body, String expected) {
        assertEquals(List.of(expected), quoted(body), style);
    }

    @Test
    void apostrophesAndMeasuresAreNotMarks() {
        assertEquals(List.of(), quoted("Kim’s visit in the ’90s was the leaders’ first, and it wasn't the last."));
        assertEquals(List.of(), quoted("A 12\" screen and a 5'10 player."));
    }

    @Test
    void aQuoteOverParagraphsIsOneQuoteWhenTheNextParagraphReopens() {
        String body = "\"We measured the ice at thirty stations.\n\n\"It was thinner everywhere,\" she said.";
        assertEquals(List.of("We measured the ice at thirty stations. It was thinner everywhere"), quoted(body));
        List<int[]> pars = Body.paragraphs(body);
        Quoted q = MarkScanner.scan(body, new int[] {pars.get(0)[0], pars.get(1)[0]},
                new int[] {pars.get(0)[1], pars.get(1)[1]}).get(0);
        assertEquals(0, q.firstParagraph());
        assertEquals(1, q.lastParagraph());
        assertTrue(q.closed());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertEquals(List.of("a disaster for families.", "This one is closed."),
                quoted("He called it \"a disaster for families.\n\nThe vote is next week. \"This one is closed.\""));
    }

    @Test
    void anUnclosedSingleQuoteIsDroppedForItMayBeAnApostrophe() {
        assertEquals(List.of(), quoted("The 'rock n roll years are over.\n\nNobody misses them."));
    }

    @Test
    void aStrayOpenerBeforeARealQuoteGivesWayToIt() {
        assertEquals(List.of("We are ready"), quoted("The “so-called plan. “We are ready,” he said."));
    }

    @Test
    void oneOpeningMarkInTenThousandParagraphsIsOnePassEachParagraphOnce() {
        StringBuilder sb = new StringBuilder("\"It starts here");
        for (int i = 0; i < 10_000; i++) {
            sb.append("\n\nParagraph ").append(i).append(" has no marks at all.");
        }
        List<String> q = quoted(sb.toString());
        assertEquals(List.of("It starts here"), q);
    }

    @Test
    void paragraphsThatAllReopenStopAfterTheLimit() {
        String body = "\"Line\n\n".repeat(200).strip();
        List<String> q = quoted(body);
        assertFalse(q.isEmpty());
        assertTrue(q.size() >= 200 / MarkScanner.MAX_PARAGRAPHS, "cut into bounded quotations: " + q.size());
    }

    @Test
    void marksAloneAndEmptyBodiesGiveNothingOrEmptyText() {
        assertEquals(List.of(), quoted(""));
        assertTrue(quoted("\"\"\"\"\n\n''''").stream().allMatch(String::isEmpty));
    }

    @Test
    void aSingleQuoteEndingInSBeforeAnAuxiliaryCloses() {
        assertEquals(List.of("unforeseen design changes"),
                quoted("The yard said ‘unforeseen design changes’ had added 14 months to the work."));
        // a plural possessive before what it owns stays inside
        assertEquals(List.of("the workers’ pay was cut"), quoted("She said ‘the workers’ pay was cut’ in March."));
    }
}
