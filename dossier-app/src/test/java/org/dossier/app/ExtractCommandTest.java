package org.dossier.app;

import static org.dossier.store.source.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.testing.TestTexts;
import org.dossier.store.source.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier extract} end to end, over a folder of good and hostile inputs made here. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_FIELDS = List.of("source", "title", "authors", "publisher", "wire",
            "published", "published_estimate", "language", "dateline", "body", "captions", "foreign_captions");

    @TempDir
    Path dir;

    /** What one run printed, and its exit status. */
    record Run(int status, String out, String err) {
        List<JsonNode> outLines() throws IOException {
            return lines(out);
        }

        List<JsonNode> errLines() throws IOException {
            return lines(err);
        }

        private static List<JsonNode> lines(String text) throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    static synchronized Run run(InputStream stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    /** An English article with one English and one Vietnamese photo caption. */
    private static String pageWithCaptions() {
        return TestInputs.newsPage("Terminal delayed two years").replace("</article>",
                "<figure><img src=\"a.jpg\"><figcaption>Cranes stand idle on the unfinished quay of the new container "
                        + "terminal on Tuesday.</figcaption></figure>"
                        + "<figure><img src=\"b.jpg\"><figcaption>Những cần cẩu nằm im trên cầu cảng chưa hoàn thành của "
                        + "bến container mới vào thứ Ba.</figcaption></figure></article>");
    }

    private static String nativePage(String lang, String declared) {
        return TestTexts.html(declared, TestTexts.paragraph(lang).substring(0, 20), TestTexts.paragraph(lang));
    }

    @Test
    void aFolderOfGoodAndHostileInputs() throws IOException {
        Map<String, String> good = new HashMap<>(); // file name -> a phrase its body must hold
        write(dir, "good/article.html", pageWithCaptions());
        good.put("article.html", "container terminal would open in the spring");
        write(dir, "good/capture.txt", TestInputs.capture("Coastal road to be rebuilt after the storm"));
        good.put("capture.txt", "rebuild the coastal road");
        write(dir, "good/korean-declared-latin1.html", TestTexts.encode(nativePage("ko", "iso-8859-1"), "EUC-KR"));
        good.put("korean-declared-latin1.html", TestTexts.paragraph("ko").substring(0, 30));
        write(dir, "good/vietnamese-undeclared.html", TestTexts.encode(nativePage("vi", null), "windows-1258"));
        good.put("vietnamese-undeclared.html", TestTexts.paragraph("vi").substring(0, 30));
        write(dir, "good/crawl.warc.gz", TestInputs.crawl(true));
        write(dir, "good/images-only.warc", TestInputs.warc(false, TestInputs.warcinfo(),
                TestInputs.response("https://gazette.example/a.png", TestInputs.http(200,
                        List.of("Content-Type: image/png", "Content-Length: 512"), TestInputs.png()))));

        Set<String> bad = new TreeSet<>(List.of("empty.html", "image.html", "noise.txt", "fifty-megabytes.html",
                "truncated.html.gz", "bomb.html.gz", "truncated.warc"));
        write(dir, "bad/empty.html", new byte[0]);
        write(dir, "bad/image.html", TestInputs.png());
        write(dir, "bad/noise.txt", TestInputs.randomBytes(50_000, 11));
        TestInputs.bigPage(dir.resolve("bad"), "fifty-megabytes.html", 50L << 20);
        write(dir, "bad/truncated.html.gz", TestInputs.cut(TestInputs.gzip(pageWithCaptions().getBytes(StandardCharsets.UTF_8)), 200));
        write(dir, "bad/bomb.html.gz", TestInputs.gzipBomb(64L << 20));
        byte[] crawl = TestInputs.crawl(false);
        write(dir, "bad/truncated.warc", TestInputs.cut(crawl, crawl.length * 2 / 5));
        // Either an article or one error line, never a crash: which one is the HTML extractor's business.
        Set<String> eitherWay = Set.of("deep.html", "malformed.html");
        write(dir, "bad/deep.html", TestInputs.deeplyNested(100_000));
        write(dir, "bad/malformed.html", "<html><head><title>Half <b>open</title><body><div><p>A paragraph that "
                + "never closes <table><tr><td>cell<p>Another paragraph about the harbour, <i>unclosed <<>> &bogus; "
                + "&#xFFFFFF; <a href=\"x>and a long sentence so that there is something worth reading here.");

        Run r = run("extract", "--threads", "2", dir.toString());

        assertEquals(1, r.status(), r.err());
        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode a : r.outLines()) {
            assertEquals(ARTICLE_FIELDS, iterable(a.fieldNames()), a.toString());
            String path = a.path("source").path("path").asText();
            String name = Path.of(path).getFileName().toString();
            articles.merge(name + (a.path("source").path("url").isNull() ? "" : " " + a.path("source").path("url").asText()),
                    a, (x, y) -> { throw new AssertionError("printed twice: " + name); });
        }
        for (Map.Entry<String, String> g : good.entrySet()) {
            JsonNode a = articles.get(g.getKey());
            assertTrue(a != null, g.getKey() + " missing from " + articles.keySet() + "\n" + r.err());
            assertTrue(a.path("body").asText().contains(g.getValue()), g.getKey() + ": " + a.path("body").asText());
        }
        JsonNode warcPage = articles.get("crawl.warc.gz https://gazette.example/world/terminal");
        assertTrue(warcPage != null, articles.keySet().toString());
        assertEquals("warc", warcPage.path("source").path("format").asText());
        assertTrue(warcPage.path("source").path("warc_record_id").asText().startsWith("urn:uuid:"));
        assertTrue(warcPage.path("source").path("warc_offset").isIntegralNumber());
        assertTrue(articles.containsKey("crawl.warc.gz https://gazette.example/world/road"), articles.keySet().toString());

        assertEquals("ko", articles.get("korean-declared-latin1.html").path("language").asText());
        assertEquals("vi", articles.get("vietnamese-undeclared.html").path("language").asText());
        JsonNode captioned = articles.get("article.html");
        assertEquals("en", captioned.path("language").asText());
        assertEquals(1, captioned.path("captions").size(), captioned.toString());
        assertEquals("vi", captioned.path("foreign_captions").path(0).path("language").asText(), captioned.toString());

        Map<String, Integer> errorsByFile = new HashMap<>();
        for (JsonNode e : r.errLines()) {
            assertEquals(List.of("source", "error"), iterable(e.fieldNames()), e.toString());
            assertFalse(e.path("error").asText().isBlank());
            String file = Path.of(e.path("source").asText().split("@")[0]).getFileName().toString();
            errorsByFile.merge(file, 1, Integer::sum);
        }
        for (String b : bad) {
            assertEquals(1, errorsByFile.getOrDefault(b, 0), b + ": " + r.err());
        }
        for (String e : eitherWay) {
            int printed = (articles.containsKey(e) ? 1 : 0) + errorsByFile.getOrDefault(e, 0);
            assertEquals(1, printed, e + " must give an article or one error line");
        }
        Set<String> unexpected = new TreeSet<>(errorsByFile.keySet());
        unexpected.removeAll(bad);
        unexpected.removeAll(eitherWay);
        assertEquals(Set.of(), unexpected, r.err());
    }

    @Test
    void allGoodIsExitZero() throws IOException {
        Path page = write(dir, "page.html", TestInputs.newsPage("All good"));
        Run r = run("extract", page.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.outLines().size());
    }

    @Test
    void standardInputIsReadAndSniffed() throws IOException {
        Run html = run(new ByteArrayInputStream(TestInputs.newsPage("From a pipe").getBytes(StandardCharsets.UTF_8)),
                "extract", "-");
        assertEquals(0, html.status(), html.err());
        JsonNode a = html.outLines().get(0);
        assertEquals("html", a.path("source").path("format").asText());
        assertTrue(a.path("source").path("path").isNull());

        Run warc = run(new ByteArrayInputStream(TestInputs.crawl(true)), "extract", "-");
        assertEquals(0, warc.status(), warc.err());
        assertEquals(2, warc.outLines().size());
        assertEquals("https://gazette.example/world/terminal", warc.outLines().get(0).path("source").path("url").asText());
    }

    @Test
    void textFormatIsReadable() throws IOException {
        Path page = write(dir, "page.html", pageWithCaptions());
        Run r = run("extract", "--format", "text", page.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("== Terminal delayed two years\n"), r.out());
        assertTrue(r.out().contains("The port authority said on Tuesday"), r.out());
        assertTrue(r.out().contains("[caption, vi] Những cần cẩu"), r.out());
    }

    @Test
    void parallelOutputKeepsInputOrder() throws IOException {
        for (int i = 0; i < 12; i++) {
            write(dir, String.format("p%02d.html", i), TestInputs.newsPage("Story number " + i));
            if (i % 4 == 0) {
                write(dir, String.format("p%02d-empty.html", i), new byte[0]);
            }
        }
        Run one = run("extract", "--threads", "1", dir.toString());
        Run four = run("extract", "--threads", "4", dir.toString());
        assertEquals(one.out(), four.out());
        assertEquals(one.err(), four.err());
        assertEquals(12, four.outLines().size());
        assertEquals(1, four.status());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("extract", "--threads", "0", "x.html").status());
        assertEquals(2, run("extract").status());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
