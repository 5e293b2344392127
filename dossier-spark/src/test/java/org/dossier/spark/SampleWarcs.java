package org.dossier.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.store.source.TestInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

/**
 * WARC files the Spark tests and the scaling benchmark build from the project's sample pages
 * ({@code samples/}, the project's own fictional outlets): every HTML sample as a 200 response, with
 * hostile records among them, and large WARCs of pages recombined from the samples' paragraphs.
 */
public final class SampleWarcs {
    private SampleWarcs() {
    }

    /** The project's sample pages, found from the module or the repository root. */
    public static Path samples() {
        for (Path p : List.of(Path.of("..", "samples"), Path.of("samples"))) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("samples/ not found from " + Path.of("").toAbsolutePath());
    }

    /** The HTML samples, in name order. */
    public static List<Path> htmlSamples() throws IOException {
        try (Stream<Path> s = Files.list(samples())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    static String url(Path sample) {
        return "https://" + sample.getFileName().toString().replaceFirst("\\.html$", "") + ".example/story";
    }

    /**
     * Every HTML sample as a gzipped 200 response (the HTTP header names no charset; the pages declare
     * theirs), then: a PNG (a non-HTML payload, skipped and counted), binary bytes served as text/html (an
     * extraction error), a page in windows-1251 that declares no charset anywhere, the first sample again
     * (the same payload crawled twice), and a last record cut short (a truncated file).
     */
    public static Path withHostileRecords(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(TestInputs.warcinfo());
        List<Path> pages = htmlSamples();
        for (Path p : pages) {
            records.add(TestInputs.request(url(p)));
            records.add(html(url(p), Files.readAllBytes(p), "text/html"));
        }
        records.add(TestInputs.response("https://images.example/logo.png", TestInputs.http(200,
                List.of("Content-Type: image/png", "Content-Length: 512"), TestInputs.png())));
        records.add(html("https://binary.example/blob", TestInputs.randomBytes(4000, 7), "text/html"));
        records.add(html("https://undeclared.example/story", undeclaredCyrillic(), "text/html"));
        records.add(html(url(pages.get(0)) + "?again", Files.readAllBytes(pages.get(0)), "text/html; charset=utf-8"));
        byte[] whole = TestInputs.warc(true, records.toArray(new WarcRecord[0]));
        byte[] last = TestInputs.warc(true, html("https://cut.example/story",
                TestInputs.newsPage("A record cut short").getBytes(StandardCharsets.UTF_8), "text/html"));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(whole);
            out.write(last, 0, last.length / 2);
        }
        return file;
    }

    /** A 200 response with {@code body} and the given Content-Type. */
    static WarcRecord html(String url, byte[] body, String contentType) {
        return TestInputs.response(url, TestInputs.http(200,
                List.of("Content-Type: " + contentType, "Content-Length: " + body.length), body));
    }

    /** A Russian news page in windows-1251, with no charset in the HTTP header or the markup. */
    static byte[] undeclaredCyrillic() {
        String html = "<html><head><title>Городской совет одобрил план ремонта моста</title></head><body><article>"
                + "<h1>Городской совет одобрил план ремонта моста</h1>"
                + "<p>Городской совет в понедельник одобрил план ремонта старого моста через реку, который был "
                + "закрыт для грузовиков после весеннего паводка.</p>"
                + "<p>По словам чиновников, работы начнутся осенью и продлятся около года, а на время ремонта "
                + "жителям предложат бесплатный паром.</p>"
                + "<p>Жители соседних сёл давно жаловались, что объезд занимает больше часа в каждую сторону.</p>"
                + "</article></body></html>";
        return html.getBytes(Charset.forName("windows-1251"));
    }

    /**
     * A WARC of {@code n} pages recombined from the samples: each has a sample's headline and six to
     * ten of the samples' paragraphs in a seeded random order, a byline and a date in 2018–2019, so the
     * language stage sees real sentence and entity density. Written record by record.
     */
    public static Path recombined(Path file, int n, long seed) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Path p : htmlSamples()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            Element h1 = d.selectFirst("h1");
            if (h1 != null) {
                titles.add(h1.text());
            }
            d.select("article p, main p").forEach(e -> {
                if (e.text().length() > 80) {
                    paragraphs.add(e.text());
                }
            });
        }
        Random random = new Random(seed);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < n; i++) {
                String title = titles.get(random.nextInt(titles.size()));
                LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(730));
                StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>" + title + " | Bench Gazette</title>"
                        + "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\"></head><body>"
                        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                        + "<p class=\"byline\">By Staff Writer</p>");
                int count = 6 + random.nextInt(5);
                for (int k = 0; k < count; k++) {
                    page.append("<p>").append(paragraphs.get(random.nextInt(paragraphs.size()))).append("</p>");
                }
                page.append("</article><footer>Bench Gazette</footer></body></html>");
                writer.write(html("https://bench.example/story/" + i, page.toString().getBytes(StandardCharsets.UTF_8),
                        "text/html; charset=utf-8"));
            }
        }
        return file;
    }

    /** Writes a benchmark WARC: {@code SampleWarcs FILE N SEED}. */
    public static void main(String[] args) throws IOException {
        Path out = recombined(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }
}
