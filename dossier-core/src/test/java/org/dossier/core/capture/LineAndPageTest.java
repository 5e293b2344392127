package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineAndPageTest {
    private static Line line(String text) {
        return new Line(0, text, true, StopWords.forLanguage("en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He said it was over.                 | true",
        "\"We will win,\" she said.\"         | true",
        "Is this the end?”                    | true",
        "市は土曜日、図書館を開館した。       | true",
        "Ferry strike halts crossings         | false",
        "Read more:                           | false",
    })
    void sentenceEnds(String text, boolean ends) {
        assertEquals(ends, Line.endsSentence(text.strip()));
    }

    @Test
    void cjkCharactersAreTokensAndWeighHalf() {
        Line l = line("新しい図書館 opens today");
        assertEquals(List.of("新", "し", "い", "図", "書", "館", "opens", "today"), l.tokens);
        assertEquals(2 + 6 / 2.0, l.weight);
    }

    @Test
    void shapeFeatures() {
        Line prose = line("The council met on Monday and agreed to publish the report in the spring.");
        assertTrue(prose.stopRatio > 0.3, "English prose is dense in function words");
        assertTrue(prose.capsRatio < 0.2);
        Line headline = line("Council Approves New Harbour Budget After Long Debate");
        assertTrue(headline.capsRatio >= 0.6);
        assertTrue(BodyFinder.headline(headline));
        assertTrue(line("• Share on Facebook").bullet);
        assertTrue(line("Write to jdoe@example.org").address);
        assertTrue(line("see https://example.org/page").address);
        assertFalse(line("Price: 5 @ 10").address);
        assertTrue(line("Read more:").endsColon());
    }

    @Test
    void aLongLineKeepsItsCountsButFewTokens() {
        Line l = line("word ".repeat(10_000));
        assertEquals(10_000, l.size);
        assertEquals(Line.KEPT_TOKENS, l.tokens.size());
    }

    @Test
    void pageKnowsBlocksRepeatsAndShapes() {
        Page page = Page.read("""
                Top line

                First of a block
                Second of a block
                Share on Facebook

                3 comments
                12 comments
                Share on Facebook
                """);
        assertEquals(7, page.size(), "blank lines are not lines");
        Line first = page.get(1);
        assertEquals(1, page.blockStart(page.get(2)));
        assertEquals(3, page.blockEnd(first));
        assertTrue(page.alone(page.get(0)));
        assertFalse(page.alone(first));
        assertEquals(2, page.occurrences(page.get(3)));
        assertEquals(1, page.occurrences(page.get(4)));
        assertEquals(2, page.shapeOccurrences(page.get(4)), "numbers aside, the two lines read the same");
    }

    @Test
    void pageLanguageAndItsFunctionWords() {
        Page english = Page.read("The committee met again on Monday and agreed that the report would be published "
                + "in the spring, after the elections, as the members of the board had asked.");
        assertEquals(Optional.of("en"), english.language);
        assertTrue(english.listedLanguage);
        assertTrue(english.stopWords.contains("the"));
    }

    @Test
    void languagesWithoutAListUseThePagesWidespreadWords() {
        // Words that occur in most long lines stand in for function words.
        Set<String> stand = StopWords.adaptive(List.of(
                List.of("ka", "tama", "ni", "ko", "ora", "mea", "nui", "i", "te", "wa", "ka", "pai"),
                List.of("ka", "haere", "ni", "ko", "ia", "ki", "te", "kura", "i", "te", "ata", "nei"),
                List.of("ka", "korero", "ni", "ko", "ratou", "mo", "te", "hui", "i", "te", "po", "nei")));
        assertTrue(stand.containsAll(Set.of("ka", "ni", "ko", "te", "i")));
        assertFalse(stand.contains("kura"));
    }

    @Test
    void spacingIsMadePlain() {
        Page page = Page.read("  A\u00a0line\u200b with\tspaces  \r\n\u00a0\n");
        assertEquals(1, page.size());
        assertEquals("A line with spaces", page.get(0).text);
    }
}
