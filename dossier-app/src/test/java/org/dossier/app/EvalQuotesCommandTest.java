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

class EvalQuotesCommandTest {

    @Test
    void scoresTheGoldTextAndRefusesAMissingDirectory(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), """
                {"title": "Port strike ends", "language": "en",
                 "body": "\\"We got what we asked for,\\" said Omar Sayed, head of the dockers' union.",
                 "quotes": [{"speaker": "Omar Sayed", "title": ["dockers"], "starts": "We got what"}]}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int ok;
        int missing;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            ok = Main.run("eval", "quotes", "--gold-text", "-v", dir.toString());
            missing = Main.run("eval", "quotes", dir.resolve("nowhere").toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, ok);
        assertEquals(2, missing);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("gold quotes 1  found 1 (100.0%)  speaker right 1 (100.0%)"), printed);
    }
}
