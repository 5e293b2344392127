package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier eval events} on a gold folder written for this test. */
class EvalEventsCommandTest {

    @Test
    void scoresTheGoldTextAndListsTheEvents(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), """
                {"title": "Envoy in Hanoi", "published": "2018-04-11", "language": "en",
                 "body": "Japanese Foreign Minister Sato Ken arrived in Hanoi on Monday for a two-day visit.\\n\\nSato Ken met Vietnamese Prime Minister Tran Van Minh on Tuesday.",
                 "captions": [],
                 "events": [
                   {"type": "VISIT", "actor": "Sato Ken", "target": "Vietnam", "where": "Hanoi", "when": "2018-04-09"},
                   {"type": "MEET", "actor": "Tran Van Minh", "target": "Sato Ken", "when": "2018-04"},
                   {"type": "SANCTION", "actor": "Vietnam", "target": "Japan", "when": "2018"}]}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "events", "--gold-text", "-v", dir.toString());
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("2/3 gold events found"), text);
        assertTrue(text.contains("MISSED  SANCTION"), text);
        assertTrue(text.contains("CONSULT/visit reported  Sato Ken [person/sato-ken] -> Vietnam [country/VNM]"), text);
        assertTrue(text.contains("found 2 (66.7%)"), text);
    }

    @Test
    void refusesAMissingFolder(@TempDir Path dir) {
        assertEquals(2, Main.run("eval", "events", dir.resolve("nope").toString()));
    }
}
