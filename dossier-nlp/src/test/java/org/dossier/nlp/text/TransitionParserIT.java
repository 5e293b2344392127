package org.dossier.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/**
 * {@link TransitionParser} gives CoreNLP's own parses: every sentence of the project's quote passage sets
 * (news prose written for the project, several thousand sentences) is parsed by both loops, and the tags,
 * heads and relations must be the same.
 */
class TransitionParserIT {

    private static final String[] SETS = {"passages.txt", "passages-dev-2.txt", "passages-dev-3.txt",
        "passages-dev-4.txt", "passages-dev-5.txt", "passages-dev-6.txt", "passages-dev-7.txt",
        "passages-dev-8.txt", "passages-dev-9.txt", "passages-dev-10.txt", "passages-dev-11.txt"};

    @Test
    void theFastLoopParsesAsCoreNlpDoes() throws IOException {
        assertTrue(TextAnnotator.fastParser(), "the fast loop could not read this CoreNLP's parser");
        int sentences = 0;
        List<String> differ = new ArrayList<>();
        for (String set : SETS) {
            for (String passage : passages(set)) {
                for (Sentence s : Shared.annotate(Shared.article(passage, null)).sentences(Section.BODY)) {
                    if (s.tokens().isEmpty() || s.tokens().size() > TextAnnotator.MAX_PARSE_TOKENS) {
                        continue;
                    }
                    List<String> words = s.tokens().stream().map(Token::text).toList();
                    Parse fast = TextAnnotator.parseTokens(words, true);
                    Parse stock = TextAnnotator.parseTokens(words, false);
                    sentences++;
                    for (int i = 0; i < words.size(); i++) {
                        if (fast.head(i) != stock.head(i) || !fast.relation(i).equals(stock.relation(i))
                                || !fast.tag(i).equals(stock.tag(i))) {
                            differ.add(set + ": '" + words.get(i) + "' in \"" + s.text() + "\": head " + fast.head(i)
                                    + "/" + stock.head(i) + ", " + fast.relation(i) + "/" + stock.relation(i));
                            break;
                        }
                    }
                }
            }
        }
        System.out.printf("TransitionParserIT: %d sentences parsed by both loops, %d differ%n", sentences,
                differ.size());
        assertTrue(sentences > 3000, "too few sentences: " + sentences);
        assertEquals(List.of(), differ);
    }

    /** The passage texts of a set: what stands between a "=== id" line and its "---" line. */
    private static List<String> passages(String name) throws IOException {
        try (InputStream in = TransitionParserIT.class.getResourceAsStream("/org/dossier/nlp/quote/" + name)) {
            assertTrue(in != null, "missing " + name);
            List<String> out = new ArrayList<>();
            StringBuilder text = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("=== ")) {
                    text = new StringBuilder();
                } else if (line.equals("---") && text != null) {
                    out.add(text.toString());
                    text = null;
                } else if (text != null) {
                    text.append(line).append('\n');
                }
            }
            return out;
        }
    }
}
