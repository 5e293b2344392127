package org.dossier.store.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Inputs the source tests (and the command-line tests) write into a temporary folder: good pages in
 * the project's own words, and hostile ones. Nothing big is committed; everything is made here.
 */
public final class TestInputs {
    private TestInputs() {
    }

    /** A news page with a headline and a few paragraphs of its own, in English. */
    public static String newsPage(String headline) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline
                + " | The Harbour Gazette</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + headline + "</h1>"
                + "<p>The port authority said on Tuesday that the new container terminal would open in the spring, "
                + "two years later than first planned, after a long dispute over the dredging contract.</p>"
                + "<p>Officials told reporters that the delay had cost the city more than forty million dollars "
                + "and that the contractor had agreed to pay part of the extra cost under a settlement.</p>"
                + "<p>Shipping companies have waited for the terminal for years, saying the old quays are too "
                + "shallow for the largest vessels now crossing the Pacific.</p>"
                + "</article><footer>Copyright The Harbour Gazette</footer></body></html>";
    }

    /** A plain-text capture of the same kind of story. */
    public static String capture(String headline) {
        return "Home | World | Business\n" + headline + "\nBy Ana Lima\n\n"
                + "The regional council approved a plan on Monday to rebuild the coastal road that was washed away "
                + "by the storm last winter, ending months of argument over who should pay for it.\n\n"
                + "Council members said the work would begin in the autumn and take about eighteen months, and that "
                + "a temporary ferry would carry residents of the cut-off villages until then.\n\n"
                + "Share this article\n";
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** The first {@code n} bytes. */
    public static byte[] cut(byte[] bytes, int n) {
        return Arrays.copyOf(bytes, n);
    }

    /** A small gzip file that inflates to {@code inflated} bytes of one repeated letter. */
    public static byte[] gzipBomb(long inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, (byte) 'a');
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            for (long written = 0; written < inflated; written += block.length) {
                gz.write(block);
            }
        }
        return out.toByteArray();
    }

    /** A file of {@code size} bytes of page-like text, written in blocks (never held whole). */
    public static Path bigPage(Path dir, String name, long size) throws IOException {
        Path p = dir.resolve(name);
        byte[] block = "<p>filler text of a page far too large to be an article.</p>\n".repeat(1024)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long written = 12; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return p;
    }

    public static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** The head of a real PNG file followed by random pixels. */
    public static byte[] png() {
        byte[] b = randomBytes(512, 3);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    /** Markup nested {@code depth} levels deep around a sentence. */
    public static String deeplyNested(int depth) {
        return "<html><body>" + "<div>".repeat(depth) + "<p>Deep inside the page there is one sentence of text.</p>"
                + "</div>".repeat(depth) + "</body></html>";
    }

    /** An HTTP response message: status line, headers, blank line, body. */
    public static byte[] http(int status, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** {@code body} in HTTP/1.1 chunked transfer coding, in chunks of {@code size} bytes. */
    public static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A WARC {@code response} record of an HTTP message. */
    public static WarcResponse response(String url, byte[] httpMessage) {
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-05-06T07:08:09Z"))
                .body(MediaType.HTTP_RESPONSE, httpMessage).build();
    }

    /** A 200 response with an HTML page in {@code charset}, which the HTTP header names. */
    public static WarcResponse htmlResponse(String url, String html, Charset charset) {
        byte[] body = html.getBytes(charset);
        return response(url, http(200, List.of("Content-Type: text/html; charset=" + charset.name(),
                "Content-Length: " + body.length), body));
    }

    public static WarcResource htmlResource(String url, String html) {
        return new WarcResource.Builder(URI.create(url)).date(Instant.parse("2024-05-06T07:08:09Z"))
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
    }

    public static WarcRequest request(String url) {
        byte[] get = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return new WarcRequest.Builder(URI.create(url)).body(MediaType.HTTP_REQUEST, get).build();
    }

    public static Warcinfo warcinfo() {
        return new Warcinfo.Builder().body(MediaType.WARC_FIELDS,
                "software: dossier tests\r\n".getBytes(StandardCharsets.US_ASCII)).build();
    }

    /** The records written as a WARC file, gzipped per record or not. */
    public static byte[] warc(boolean gzip, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return out.toByteArray();
    }

    /** A typical crawl: warcinfo, then request and response pairs, with an image and a redirect among the pages. */
    public static byte[] crawl(boolean gzip) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(warcinfo());
        records.add(request("https://gazette.example/world/terminal"));
        records.add(htmlResponse("https://gazette.example/world/terminal", newsPage("Terminal delayed two years"),
                StandardCharsets.UTF_8));
        records.add(response("https://gazette.example/logo.png", http(200,
                List.of("Content-Type: image/png", "Content-Length: 512"), png())));
        records.add(response("https://gazette.example/old", http(301,
                List.of("Location: https://gazette.example/new", "Content-Type: text/html", "Content-Length: 9"),
                "Moved<br>".getBytes(StandardCharsets.US_ASCII))));
        records.add(htmlResource("https://gazette.example/world/road", newsPage("Coastal road to be rebuilt")));
        return warc(gzip, records.toArray(new WarcRecord[0]));
    }
}
