package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @Test
    void printsOneFullRecordPerInputAndReportsFailures(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Envoy visits Hanoi</title></head><body><article>"
                + "<h1>Envoy visits Hanoi</h1><p>Japanese Foreign Minister Sato Ken arrived in Hanoi on Monday for "
                + "talks with Vietnamese officials, the ministry said in a statement.</p>"
                + "<p>Sato Ken will also meet business leaders before returning to Tokyo on Thursday, "
                + "officials said.</p></article></body></html>");
        Path missing = dir.resolve("missing.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run("analyze", page.toString(), missing.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(1, status, "one input failed");
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode record = new ObjectMapper().readTree(lines[0]);
        assertTrue(record.path("body").asText().contains("Sato Ken"));
        boolean sato = false;
        for (JsonNode e : record.path("entities")) {
            sato |= e.path("id").asText().equals("person/sato-ken");
        }
        assertTrue(sato, record.path("entities").toString());
        assertTrue(record.has("quotes") && record.has("events"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.html"));
    }
}
