package org.dossier.store.source;

import static org.dossier.store.source.TestInputs.capture;
import static org.dossier.store.source.TestInputs.crawl;
import static org.dossier.store.source.TestInputs.cut;
import static org.dossier.store.source.TestInputs.gzip;
import static org.dossier.store.source.TestInputs.newsPage;
import static org.dossier.store.source.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    private static final long CAP = 1 << 20;

    @TempDir
    Path dir;

    private static List<SourceItem> read(InputStream stdin, String... inputs) {
        List<SourceItem> items = new ArrayList<>();
        try (InputReader reader = InputReader.open(List.of(inputs), new InputOptions(CAP), stdin)) {
            reader.forEach(items::add);
        }
        return items;
    }

    private static List<SourceItem> read(String... inputs) {
        return read(new ByteArrayInputStream(new byte[0]), inputs);
    }

    private static SourceItem.Failed failed(SourceItem item) {
        return assertInstanceOf(SourceItem.Failed.class, item, item.toString());
    }

    private static Source page(SourceItem item) {
        return assertInstanceOf(SourceItem.Read.class, item, item.toString()).source();
    }

    @Test
    void directoriesAreWalkedInNameOrderAndOnlyPagesAreTaken() throws IOException {
        write(dir, "b/2.html", newsPage("Two"));
        write(dir, "b/a/1.txt", capture("One"));
        write(dir, "a.htm", newsPage("Zero"));
        write(dir, "c/notes.md", "# not a page");
        write(dir, "c/photo.jpg", TestInputs.png());
        write(dir, "c/backup.tar.gz", gzip(new byte[1024]));
        List<SourceItem> items = read(dir.toString());
        assertEquals(List.of("a.htm", "b/2.html", "b/a/1.txt"),
                items.stream().map(i -> dir.relativize(Path.of(i.location())).toString().replace('\\', '/')).toList());
        assertEquals(SourceFormat.TEXT, page(items.get(2)).ref().format());
    }

    @Test
    void everyBadInputIsOneErrorNamingItAndTheRestIsRead() throws IOException {
        Path good = write(dir, "good.html", newsPage("Good"));
        Path empty = write(dir, "empty.html", new byte[0]);
        Path truncated = write(dir, "truncated.html.gz", cut(gzip(newsPage("Cut").getBytes(StandardCharsets.UTF_8)), 60));
        Path notGzip = write(dir, "damaged.html.gz", cut(gzip(newsPage("Damaged").getBytes(StandardCharsets.UTF_8)), 400));
        byte[] damaged = Files.readAllBytes(notGzip);
        damaged[30] ^= 0x55; // a flipped byte inside the compressed stream
        Files.write(notGzip, damaged);
        Path bomb = write(dir, "bomb.html.gz", TestInputs.gzipBomb(8 * CAP));
        Path big = TestInputs.bigPage(dir, "big.html", 3 * CAP);
        List<SourceItem> items = read(empty.toString(), truncated.toString(), dir.resolve("missing.html").toString(),
                notGzip.toString(), bomb.toString(), big.toString(), good.toString());
        assertEquals(7, items.size());
        assertEquals("empty file", failed(items.get(0)).reason());
        assertTrue(failed(items.get(1)).reason().startsWith("truncated gzip"), items.get(1).toString());
        assertEquals("no such file or directory", failed(items.get(2)).reason());
        assertTrue(failed(items.get(3)).reason().contains("gzip"), items.get(3).toString());
        assertTrue(failed(items.get(4)).reason().contains("decompresses to more than " + CAP), items.get(4).toString());
        assertTrue(failed(items.get(5)).reason().contains("is " + 3 * CAP + " bytes, over the limit"),
                items.get(5).toString());
        List<String> named = List.of(empty, truncated, dir.resolve("missing.html"), notGzip, bomb, big).stream()
                .map(Path::toString).toList();
        for (int i = 0; i < named.size(); i++) {
            assertEquals(named.get(i), items.get(i).location());
        }
        assertEquals(Optional.of(good.toString()), page(items.get(6)).ref().path());
    }

    @Test
    void gzippedPageIsDecompressedAndTakesItsFormatFromTheInnerName() throws IOException {
        String html = newsPage("Compressed");
        Path gz = write(dir, "page.html.gz", gzip(html.getBytes(StandardCharsets.UTF_8)));
        Source s = page(read(gz.toString()).get(0));
        assertEquals(html, new String(s.bytes(), StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, s.ref().format());
        assertEquals(Source.sha256(html.getBytes(StandardCharsets.UTF_8)), s.ref().sha256(), "hash of the page, not the .gz");
    }

    @Test
    void aFileNamedGzThatWasNeverCompressedIsReadAsItIs() throws IOException {
        Path plain = write(dir, "plain.html.gz", newsPage("Plain"));
        Source s = page(read(plain.toString()).get(0));
        assertEquals(SourceFormat.HTML, s.ref().format());
    }

    @Test
    void aWarcIsKnownByItsBytesWhateverItsName() throws IOException {
        Path disguised = write(dir, "crawl-0001.gz", crawl(true));
        List<SourceItem> items = read(disguised.toString());
        assertEquals(2, items.size(), items.toString());
        assertEquals(SourceFormat.WARC, page(items.get(0)).ref().format());
    }

    @Test
    void standardInputIsSniffed() throws IOException {
        Source html = page(read(new ByteArrayInputStream(newsPage("Piped").getBytes(StandardCharsets.UTF_8)), "-").get(0));
        assertEquals(SourceFormat.HTML, html.ref().format());
        assertEquals(Optional.empty(), html.ref().path());
        assertEquals("<stdin>", html.ref().location());
        Source text = page(read(new ByteArrayInputStream(capture("Piped").getBytes(StandardCharsets.UTF_8)), "-").get(0));
        assertEquals(SourceFormat.TEXT, text.ref().format());
        Source gz = page(read(new ByteArrayInputStream(gzip(newsPage("Zipped").getBytes(StandardCharsets.UTF_8))), "-").get(0));
        assertEquals(SourceFormat.HTML, gz.ref().format());
        for (boolean compressed : new boolean[] {false, true}) {
            List<SourceItem> warc = read(new ByteArrayInputStream(crawl(compressed)), "-");
            assertEquals(2, warc.size(), warc.toString());
            assertEquals(Optional.of("https://gazette.example/world/terminal"), page(warc.get(0)).ref().url());
        }
    }

    @Test
    void aTruncatedWarcOnStandardInputIsOneError() throws IOException {
        byte[] whole = crawl(false);
        List<SourceItem> items = read(new ByteArrayInputStream(cut(whole, whole.length - 100)), "-");
        assertEquals(1, items.stream().filter(i -> i instanceof SourceItem.Failed).count(), items.toString());
        assertTrue(items.get(items.size() - 1).location().startsWith("<stdin>"), items.toString());
    }

    @Test
    void emptyStandardInputIsAnError() {
        assertEquals("empty input", failed(read(new ByteArrayInputStream(new byte[0]), "-").get(0)).reason());
    }

    @Test
    void aReaderIsIteratedOnce() throws IOException {
        Path good = write(dir, "good.html", newsPage("Once"));
        try (InputReader reader = InputReader.open(List.of(good.toString()), new InputOptions(CAP),
                new ByteArrayInputStream(new byte[0]))) {
            reader.iterator();
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, reader::iterator);
        }
    }

    @Test
    void bigPageIsRefusedBeforeItIsRead() throws IOException {
        // 50 MB against the default 16 MiB cap: refused by its size, without reading it.
        Path big = TestInputs.bigPage(dir, "fifty.html", 50L << 20);
        List<SourceItem> items = new ArrayList<>();
        try (InputReader reader = InputReader.open(List.of(big.toString()), InputOptions.defaults(),
                new ByteArrayInputStream(new byte[0]))) {
            reader.forEach(items::add);
        }
        assertTrue(failed(items.get(0)).reason().contains("is " + (50L << 20) + " bytes"), items.toString());
        Files.delete(big);
    }
}
