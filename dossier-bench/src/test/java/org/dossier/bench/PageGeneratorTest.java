package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.junit.jupiter.api.Test;

class PageGeneratorTest {
    private static final List<String> ENGLISH = List.of(
            "The harbour authority said on Friday that the new pier would open to ferries next spring.",
            "Work on the pier began two years ago and was delayed by a dispute over who would pay for dredging.",
            "Local fishermen have asked for a separate berth, arguing that ferries leave them little room.",
            "The mayor said the town would hold a public meeting on the plans before the end of the month.");
    private static final List<String> GERMAN = List.of(
            "Der Stadtrat hat am Freitag beschlossen, die alte Brücke über den Fluss im Sommer zu sanieren.",
            "Die Arbeiten sollen drei Monate dauern; in dieser Zeit fahren die Busse über eine Umleitung.");

    private static Article article(String language, String title, List<String> paragraphs) {
        return Article.builder(SourceRef.ofFile(Optional.of(title), "0".repeat(64), SourceFormat.TEXT))
                .title(Optional.of(title)).language(Optional.of(language))
                .body(String.join("\n\n", paragraphs) + "\n\nShare this").build();
    }

    private static PageGenerator generator(long seed) {
        return new PageGenerator(List.of(article("en", "Harbour pier to open next spring", ENGLISH),
                article("de", "Brücke wird saniert", GERMAN)), seed);
    }

    @Test
    void theSameSeedGivesTheSamePages() {
        List<PageGenerator.Page> a = generator(5).generate(20);
        List<PageGenerator.Page> b = generator(5).generate(20);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes());
        }
        assertFalse(new String(generator(6).generate(1).get(0).bytes(), StandardCharsets.UTF_8)
                .equals(new String(a.get(0).bytes(), StandardCharsets.UTF_8)), "another seed, another page");
    }

    @Test
    void pagesAlternateBetweenHtmlAndText() {
        List<PageGenerator.Page> pages = generator(1).generate(6);
        assertEquals(6, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            SourceFormat expected = i % 2 == 0 ? SourceFormat.HTML : SourceFormat.TEXT;
            assertEquals(expected, pages.get(i).format(), pages.get(i).name());
            assertTrue(pages.get(i).name().endsWith(i % 2 == 0 ? ".html" : ".txt"));
        }
    }

    @Test
    void everyPageIsInOneLanguageAndHoldsOnlyProse() {
        for (PageGenerator.Page page : generator(3).generate(40)) {
            String text = new String(page.bytes(), StandardCharsets.UTF_8).replace("&quot;", "\"");
            boolean english = ENGLISH.stream().anyMatch(text::contains);
            boolean german = GERMAN.stream().anyMatch(text::contains);
            assertTrue(english ^ german, page.name() + " mixes languages or has no paragraph");
            assertFalse(text.contains("Share this"), "a line that is not prose stays out of the pool");
        }
    }

    @Test
    void pagesVary() {
        Set<String> distinct = new HashSet<>();
        generator(9).generate(50).forEach(p -> distinct.add(new String(p.bytes(), StandardCharsets.UTF_8)));
        assertEquals(50, distinct.size());
    }

    @Test
    void proseIsLongAndEndsASentence() {
        assertTrue(PageGenerator.isProse(ENGLISH.get(0)));
        assertTrue(PageGenerator.isProse("\"We will not be rushed into a deal that leaves the hard questions open,\" she said."));
        assertFalse(PageGenerator.isProse("Northeast Asia | Southeast Asia | Economy | Security | Podcasts | Video"));
        assertFalse(PageGenerator.isProse("Short line."));
    }

    @Test
    void noTextNoPages() {
        assertThrows(IllegalArgumentException.class, () -> new PageGenerator(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> generator(1).generate(-1));
    }

    /** The project's samples make pages the extractor reads as articles, with the samples' paragraphs. */
    @Test
    void samplePagesExtractAsArticles() throws ExtractionException {
        assumeTrue(System.getProperty(Inputs.SAMPLES) != null && Files.isDirectory(Inputs.samples()),
                "samples not available");
        Extractor extractor = Extractor.withDefaults();
        Set<String> pool = new HashSet<>();
        for (var source : Inputs.read(List.of(Inputs.samples()))) {
            pool.addAll(extractor.extract(source).paragraphs());
        }
        List<PageGenerator.Page> pages = PageGenerator.fromSamples(Inputs.samples(), 11).generate(30);
        int fromPool = 0;
        int total = 0;
        for (PageGenerator.Page page : pages) {
            Article a = extractor.extract(page.source());
            for (String p : a.paragraphs()) {
                total++;
                fromPool += pool.contains(p) ? 1 : 0;
            }
        }
        assertTrue(fromPool >= 0.8 * total, fromPool + " of " + total + " extracted paragraphs are sample paragraphs");
    }
}
