package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path tmp;

    private static String run(String bench, double score, String secondary) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.dossier.bench." + bench + "\",\"mode\":\"thrpt\","
                + "\"threads\":1,\"forks\":1,\"jvmArgs\":[\"-Xmx3g\"],\"jdkVersion\":\"17.0.15\","
                + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"warmupIterations\":3,\"warmupTime\":\"10 s\","
                + "\"measurementIterations\":5,\"measurementTime\":\"10 s\",\"primaryMetric\":{\"score\":" + score
                + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/s\"},\"secondaryMetrics\":{" + secondary + "}}";
    }

    private String report(String json) throws IOException {
        Path file = tmp.resolve("results.json");
        Files.writeString(file, json);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.print(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ratiosComeFromTheSameFile() throws IOException {
        String tokens = "\"tokens\":{\"score\":%s,\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},"
                + "\"heap.live\":{\"score\":512.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"MB\"},"
                + "\"cpu.share\":{\"score\":%s,\"scoreError\":\"NaN\",\"scoreUnit\":\"cores\"}";
        String out = report("[" + run("HtmlExtractionBench.dossierHtml", 150, "") + ","
                + run("HtmlExtractionBench.boilerpipeHtml", 50, "") + ","
                + run("AnalyzeBench.analyze", 12, tokens.formatted("9000.0", "0.5")) + ","
                + run("AnalyzeBench.stock", 1, tokens.formatted("1500.0", "0.25")) + "]");
        assertTrue(out.contains("| HtmlExtractionBench.dossierHtml | 150 | n/a | pages/s |"), out);
        assertTrue(out.contains("| AnalyzeBench.analyze | 12.00 | n/a | texts/s | 9,000 | 512 |  | 0.50 | 18,000 tokens |"),
                out);
        assertTrue(out.contains("HtmlExtractionBench.dossierHtml / HtmlExtractionBench.boilerpipeHtml | 3.00x |  |"),
                out);
        assertTrue(out.contains("AnalyzeBench.analyze / AnalyzeBench.stock (tokens/s) | 6.00x | 3.00x |"), out);
        assertFalse(out.contains("AnalyzeBench.language /"), "no ratio for a benchmark that did not run: " + out);
    }

    @Test
    void aFileWithoutResultsIsRefused() {
        assertThrows(IOException.class, () -> report("[]"));
    }
}
