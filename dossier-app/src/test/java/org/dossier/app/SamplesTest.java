package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceFormat;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample pages the jar ships for {@code dossier demo}: the index and the files agree, every page
 * extracts, and the features {@code docs/samples.md} promises to other tests are really in the files.
 */
class SamplesTest {
    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    @TempDir
    Path tmp;

    static List<String> names() {
        return Samples.names();
    }

    /** The repository's samples directory (surefire runs in the module's base directory). */
    private static Path sourceDir() {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../samples").normalize();
        assertTrue(Files.isDirectory(dir), "samples directory not found at " + dir);
        return dir;
    }

    @Test
    void indexListsEachSampleOnceAndEverySampleIsListed() throws IOException {
        List<String> names = Samples.names();
        assertFalse(names.isEmpty(), "index.list lists no samples");
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertTrue(seen.add(name), "listed twice in index.list: " + name);
            assertFalse(name.contains("/") || name.contains("\\"), "index.list names a path, not a file: " + name);
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(sourceDir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.list")).forEach(present::add);
        }
        assertEquals(present, new TreeSet<>(names), "samples/ and samples/index.list disagree");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySampleShipsInTheJarAndExtracts(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            assertTrue(in != null, "listed but not on the classpath: " + name);
            Files.copy(in, file);
        }
        List<Article> articles = extract(file);
        assertFalse(articles.isEmpty(), name + " gave no page");
        for (Article a : articles) {
            assertTrue(a.title().filter(t -> !t.isBlank()).isPresent(), name + ": no title");
            assertFalse(a.body().isBlank(), name + ": empty body");
        }
    }

    @Test
    void warcHoldsThreeResponsesWithTheirUrls() throws IOException {
        List<Article> articles = extract(sourceDir().resolve("crawl-2019-07-korea.warc.gz"));
        assertEquals(3, articles.size());
        for (Article a : articles) {
            assertEquals(SourceFormat.WARC, a.source().format());
            assertTrue(a.source().url().filter(u -> u.matches("https://[a-z]+\\.example/.+")).isPresent(),
                    "no WARC-Target-URI on " + a.source().location());
        }
    }

    /** The contract of docs/samples.md: tests of dates, merging and dedup rely on these phrases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            harbor-ledger-kim-beijing.html       | from March 25 to 28
            fellmoor-courier-kim-xi.html         | in Beijing on Monday
            wrenmouth-observer-dalian.html       | Kim's visit to Beijing in late March
            kestrel-kim-beijing-june.txt         | arrived in Beijing on Tuesday for a two-day visit
            pacific-wire-kim-beijing-january.txt | a visit to China from January 7 to 10
            pacific-wire-kim-beijing-january.txt | in Beijing in late March last year
            harbor-ledger-hanoi-wire.html        | HANOI (MNA)
            copperline-post-vladivostok.html     | Inès Fauré
            """)
    void documentedPhrasesAreInTheSamples(String name, String phrase) throws IOException {
        String text = text(name);
        assertTrue(text.replaceAll("\\s+", " ").contains(phrase), name + " no longer says: " + phrase);
    }

    @Test
    void theUndatedPageStatesNoYearAndNoDateMetadata() throws IOException {
        String page = text("fellmoor-courier-second-summit.html");
        assertFalse(Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(page).find(), "the undated page names a year");
        assertFalse(page.contains("published_time") || page.contains("datePublished") || page.contains("<time"),
                "the undated page carries date metadata");
    }

    @Test
    void theWindows1252PageIsEncodedAsItDeclares() throws IOException {
        String name = "copperline-post-vladivostok.html";
        assertFalse(isUtf8(Files.readAllBytes(sourceDir().resolve(name))),
                "the windows-1252 sample is valid UTF-8, so it tests nothing");
        assertTrue(text(name).contains("charset=windows-1252"), "the sample no longer declares windows-1252");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String text(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(sourceDir().resolve(name));
        Charset cs = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        return new String(bytes, cs);
    }

    /** The articles of one sample file (three for the WARC file); fails the test on any unreadable input. */
    static List<Article> extract(Path file) {
        List<Article> out = new ArrayList<>();
        try (InputReader reader = InputReader.open(List.of(file.toString()), InputOptions.defaults(),
                InputStream.nullInputStream())) {
            for (SourceItem item : reader) {
                if (item instanceof SourceItem.Failed failed) {
                    fail(failed.location() + ": " + failed.reason());
                }
                try {
                    out.add(EXTRACTOR.extract(((SourceItem.Read) item).source()));
                } catch (ExtractionException e) {
                    fail(e.location() + ": " + e.reason());
                }
            }
        }
        return out;
    }
}
