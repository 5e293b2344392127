package org.dossier.store.source;

import static org.dossier.store.source.TestInputs.chunked;
import static org.dossier.store.source.TestInputs.crawl;
import static org.dossier.store.source.TestInputs.cut;
import static org.dossier.store.source.TestInputs.gzip;
import static org.dossier.store.source.TestInputs.http;
import static org.dossier.store.source.TestInputs.htmlResponse;
import static org.dossier.store.source.TestInputs.newsPage;
import static org.dossier.store.source.TestInputs.response;
import static org.dossier.store.source.TestInputs.warc;
import static org.dossier.store.source.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcSourceTest {
    @TempDir
    Path dir;

    static List<SourceItem> readAll(Path file) {
        List<SourceItem> items = new ArrayList<>();
        try (InputReader reader = InputReader.open(List.of(file.toString()), InputOptions.defaults(),
                new ByteArrayInputStream(new byte[0]))) {
            reader.forEach(items::add);
        }
        return items;
    }

    static List<Source> pages(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Read).map(i -> ((SourceItem.Read) i).source()).toList();
    }

    static List<SourceItem.Failed> errors(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Failed).map(i -> (SourceItem.Failed) i).toList();
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void htmlRecordsBecomePagesAndTheRestIsSkipped(boolean gz) throws IOException {
        Path file = write(dir, gz ? "crawl.warc.gz" : "crawl.warc", crawl(gz));
        List<SourceItem> items = readAll(file);
        assertEquals(List.of(), errors(items));
        List<Source> pages = pages(items);
        assertEquals(2, pages.size(), "the response and the resource; not the image, redirect, request or warcinfo");
        SourceRef first = pages.get(0).ref();
        assertEquals(SourceFormat.WARC, first.format());
        assertEquals(Optional.of("https://gazette.example/world/terminal"), first.url());
        assertEquals(Optional.of(file.toString()), first.path());
        assertTrue(first.warcRecordId().orElseThrow().startsWith("urn:uuid:"));
        assertTrue(first.warcOffset().isPresent());
        assertEquals(Optional.of("https://gazette.example/world/road"), pages.get(1).ref().url());
        assertTrue(new String(pages.get(0).bytes(), StandardCharsets.UTF_8).contains("Terminal delayed two years"));
        assertTrue(pages.get(1).ref().warcOffset().getAsLong() > first.warcOffset().getAsLong());
    }

    @Test
    void recordOffsetPointsAtTheRecord() throws IOException {
        byte[] bytes = crawl(false);
        Path file = write(dir, "crawl.warc", bytes);
        for (Source page : pages(readAll(file))) {
            int offset = (int) page.ref().warcOffset().getAsLong();
            String at = new String(bytes, offset, 40, StandardCharsets.ISO_8859_1);
            assertTrue(at.startsWith("WARC/1."), at);
            assertTrue(new String(bytes, offset, 600, StandardCharsets.ISO_8859_1)
                    .contains(page.ref().warcRecordId().orElseThrow()));
        }
    }

    @Test
    void chunkedAndGzippedPayloadIsDecoded() throws IOException {
        String html = newsPage("Chunked and compressed");
        byte[] body = chunked(gzip(html.getBytes(StandardCharsets.UTF_8)), 100);
        byte[] message = http(200, List.of("Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked",
                "Content-Encoding: gzip"), body);
        Path file = write(dir, "chunked.warc.gz", warc(true, response("https://gazette.example/c", message)));
        List<Source> pages = pages(readAll(file));
        assertEquals(1, pages.size());
        assertEquals(html, new String(pages.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(Source.sha256(html.getBytes(StandardCharsets.UTF_8)), pages.get(0).ref().sha256());
    }

    @Test
    void httpContentTypeTravelsWithThePage() throws IOException {
        Charset eucKr = Charset.forName("EUC-KR");
        Path file = write(dir, "korean.warc", warc(false, htmlResponse("https://news.example/ko",
                "<html><body><p>서울시는 다음 달부터 시내버스 노선을 새로 조정한다고 밝혔다.</p></body></html>", eucKr)));
        Source page = pages(readAll(file)).get(0);
        assertEquals(Optional.of("text/html; charset=EUC-KR"), page.contentType());
    }

    @Test
    void aBrokenPayloadIsOneErrorAndTheNextRecordIsStillRead() throws IOException {
        byte[] notGzip = http(200, List.of("Content-Type: text/html", "Content-Encoding: gzip", "Content-Length: 20"),
                "this is not gzip....".getBytes(StandardCharsets.US_ASCII));
        Path file = write(dir, "mixed.warc", warc(false, response("https://gazette.example/bad", notGzip),
                htmlResponse("https://gazette.example/good", newsPage("Still read"), StandardCharsets.UTF_8)));
        List<SourceItem> items = readAll(file);
        assertEquals(1, errors(items).size(), items.toString());
        assertTrue(errors(items).get(0).location().contains("https://gazette.example/bad"));
        assertEquals(1, pages(items).size());
    }

    @Test
    void aStreamOpenedByNameCountsWhatItSkipsAndNamesTheFile() throws IOException {
        byte[] bytes = crawl(true);
        String name = "hdfs://cluster/crawl/crawl.warc.gz";
        List<SourceItem> items = new ArrayList<>();
        try (WarcSource warc = WarcSource.open(new ByteArrayInputStream(bytes), name, bytes.length,
                InputOptions.defaults())) {
            for (Optional<SourceItem> item = warc.next(); item.isPresent(); item = warc.next()) {
                items.add(item.get());
            }
            assertEquals(1, warc.skippedNonHtml(), "the image");
            assertEquals(3, warc.skippedOther(), "warcinfo, request, redirect");
        }
        assertEquals(List.of(), errors(items));
        assertEquals(2, pages(items).size());
        assertEquals(Optional.of(name), pages(items).get(0).ref().path());
    }

    @Test
    void aStreamShorterThanItsLengthIsReportedCut() throws IOException {
        byte[] bytes = crawl(false);
        byte[] head = cut(bytes, bytes.length - 100);
        List<SourceItem> items = new ArrayList<>();
        try (WarcSource warc = WarcSource.open(new ByteArrayInputStream(head), "x.warc", bytes.length,
                InputOptions.defaults())) {
            for (Optional<SourceItem> item = warc.next(); item.isPresent(); item = warc.next()) {
                items.add(item.get());
            }
        }
        assertEquals(1, errors(items).size(), items.toString());
        SourceItem.Failed failed = errors(items).get(0);
        assertTrue(failed.warcOffset().isPresent(), failed.toString());
        assertTrue(failed.location().startsWith("x.warc@" + failed.warcOffset().getAsLong()), failed.toString());
    }

    @Test
    void aRecordsFailureCarriesItsOffsetAndId() throws IOException {
        byte[] notGzip = http(200, List.of("Content-Type: text/html", "Content-Encoding: gzip", "Content-Length: 20"),
                "this is not gzip....".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = warc(false, response("https://gazette.example/bad", notGzip));
        Path file = write(dir, "bad.warc", bytes);
        SourceItem.Failed failed = errors(readAll(file)).get(0);
        assertEquals(0L, failed.warcOffset().getAsLong());
        String id = failed.warcRecordId().orElseThrow();
        assertTrue(id.startsWith("urn:uuid:") && new String(bytes, StandardCharsets.ISO_8859_1).contains(id), id);
    }

    @Test
    void garbageIsOneErrorNamingTheFile() throws IOException {
        byte[] bytes = "WARC/1.1\r\nthis is not a header at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Path file = write(dir, "garbage.warc", bytes);
        List<SourceItem> items = readAll(file);
        assertEquals(1, items.size());
        assertTrue(items.get(0).location().startsWith(file.toString()), items.toString());
    }

    /**
     * A WARC cut short gives the pages before the cut and exactly one error naming the file, unless
     * the cut falls between two records. Here at every record boundary, next to it, and at a spread of
     * other positions; {@code WarcTruncationIT} cuts at every byte.
     */
    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void aWarcCutShortGivesPagesAndOneError(boolean gz) throws IOException {
        byte[] whole = crawl(gz);
        SortedSet<Integer> cuts = new TreeSet<>();
        for (int b : recordBoundaries(whole)) {
            cuts.addAll(List.of(b - 1, b, b + 1));
        }
        for (int n = 1; n < whole.length; n += 37) {
            cuts.add(n);
        }
        Set<Integer> boundaries = recordBoundaries(whole);
        for (int n : cuts.subSet(1, whole.length)) {
            assertCutBehaves(dir, whole, boundaries, n, gz);
        }
    }

    /** The offsets at which the records of a WARC start, and its length. */
    static Set<Integer> recordBoundaries(byte[] warc) throws IOException {
        Set<Integer> offsets = new HashSet<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            while (reader.next().isPresent()) {
                offsets.add((int) reader.position());
            }
        }
        offsets.add(warc.length);
        return offsets;
    }

    /** Reads the first {@code n} bytes of {@code whole} as a file and checks its pages and errors. */
    static void assertCutBehaves(Path dir, byte[] whole, Set<Integer> boundaries, int n, boolean gz)
            throws IOException {
        Path file = write(dir, gz ? "cut.warc.gz" : "cut.warc", cut(whole, n));
        List<SourceItem> items = readAll(file);
        List<SourceItem.Failed> errors = errors(items);
        // A cut that only drops the blank lines closing a record loses nothing: jwarc reads it as complete.
        boolean clean = boundaries.contains(n) || (!gz && boundaries.contains(n + 4));
        assertEquals(clean ? 0 : 1, errors.size(), "cut at " + n + " of " + whole.length + ": " + items);
        for (SourceItem.Failed e : errors) {
            assertTrue(e.location().startsWith(file.toString()), "cut at " + n + ": " + e);
        }
        assertTrue(pages(items).size() <= 2, "cut at " + n);
    }

    @Test
    void aTruncatedWarcSaysSo() throws IOException {
        byte[] whole = crawl(false);
        Path file = write(dir, "truncated.warc", cut(whole, whole.length * 2 / 5));
        List<SourceItem> items = readAll(file);
        assertEquals(1, errors(items).size(), items.toString());
    }
}
