package org.dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote scorer on a gold file written for the test: found, speaker, title, and quotes the gold lacks. */
class QuoteEvalTest {

    @Test
    void scoresPassageSpeakerAndTitleAndCountsExtras(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), """
                {"title": "Talks resume", "published": "2019-03-04", "language": "en",
                 "body": "Talks resumed in Geneva.\\n\\n\\"Both sides came to listen,\\" said Ruth Adler, a mediator at the Lakeside Peace Institute.\\n\\n\\"Nobody expected a statement,\\" she said.\\n\\n\\"The next round is in May,\\" she added.",
                 "quotes": [
                   {"speaker": "Ruth Adler", "title": ["Lakeside Peace Institute"], "starts": "Both sides came"},
                   {"speaker": "Someone Else", "title": ["Lakeside"], "starts": "Nobody expected"},
                   {"speaker": "Ruth Adler", "title": ["Harbour College"], "starts": "The next round"},
                   {"speaker": "Ruth Adler", "title": [], "starts": "Words nobody said"}
                 ]}
                """);
        QuoteEval.Report r = new QuoteEval(Extractor.withDefaults(), Shared.ANALYZER).fromGoldText(dir);
        assertEquals(4, r.total());
        assertEquals(3, r.found());
        assertEquals(2, r.speakers());
        assertEquals(2, r.titles());
        assertEquals(1, r.right());
        assertEquals(0, r.extra());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("NOT FOUND") && printed.contains("all right 1 (25.0%)"), printed);
    }
}
