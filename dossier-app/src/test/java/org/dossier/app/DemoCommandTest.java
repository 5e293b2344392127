package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier demo}: the first command a newcomer runs must work and show every stage's output. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void ingestsEverySampleAndSummarisesTheStore() {
        Path data = tmp.resolve("demo");
        assertEquals(0, Main.run("demo", "--no-serve", "--data", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        int pages = Samples.names().size() + 2; // the WARC holds three pages
        assertTrue(text.contains(pages + " articles"), text);
        assertTrue(text.contains("0 errors"), text);
        assertTrue(text.contains("person/kim-jong-un"), text);
        assertTrue(Files.exists(data.resolve("dossier.db")));

        // Run again over the same directory: replaced, not added to.
        out.reset();
        assertEquals(0, Main.run("demo", "--no-serve", "--data", data.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(pages + " articles"));
    }

    @Test
    void refusesADirectoryThatIsNotADemoStore() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(data.resolve("thesis.txt"), "do not delete");
        assertEquals(2, Main.run("demo", "--no-serve", "--data", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds other files"));
        assertTrue(Files.exists(data.resolve("thesis.txt")));
    }
}
