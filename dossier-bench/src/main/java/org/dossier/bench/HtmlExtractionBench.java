package org.dossier.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second of article extraction on the article-extraction benchmark's 181 pages
 * ({@code aeb/} in the corpus, read once before timing): Dossier's {@link Extractor} on the HTML,
 * Boilerpipe's {@code ArticleExtractor} on the same HTML as the baseline, and Dossier on the
 * whole-page text captures of the same pages ({@code aeb/text}). One page per invocation, cycling
 * through the set, so the score (ops/s) is pages per second.
 *
 * <p>Both extractors start from the page's bytes: Dossier detects the character set as it does on
 * any input; Boilerpipe is handed the bytes decoded as UTF-8 (which every AEB page is), the decoding
 * counted in its time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@State(Scope.Thread)
public class HtmlExtractionBench {
    private final Extractor extractor = Extractor.withDefaults();

    /** The AEB pages as HTML ({@code aeb/html/*.html.gz}, decompressed). */
    @State(Scope.Thread)
    public static class HtmlPages {
        Rotation<Source> pages;

        @Setup(Level.Trial)
        public void setup() {
            load(aeb().resolve("html"));
        }

        void load(Path dir) {
            pages = pagesIn(dir, "HTML pages");
        }
    }

    /** The AEB pages as whole-page text captures ({@code aeb/text/*.txt}). */
    @State(Scope.Thread)
    public static class TextPages {
        Rotation<Source> pages;

        @Setup(Level.Trial)
        public void setup() {
            load(aeb().resolve("text"));
        }

        void load(Path dir) {
            pages = pagesIn(dir, "text captures");
        }
    }

    /** Every page in {@code dir}, read into memory, saying how many there are in the run's output. */
    private static Rotation<Source> pagesIn(Path dir, String what) {
        Rotation<Source> pages = new Rotation<>(Inputs.read(List.of(Inputs.require(dir, Inputs.CORPUS))));
        System.out.printf("# %d %s from %s%n", pages.size(), what, dir);
        return pages;
    }

    private static Path aeb() {
        return Inputs.require(Inputs.corpus().resolve("aeb"), Inputs.CORPUS);
    }

    /** Dossier on one HTML page. */
    @Benchmark
    public Object dossierHtml(HtmlPages p) {
        return extract(p.pages.next());
    }

    /** Boilerpipe's ArticleExtractor on the same HTML page. */
    @Benchmark
    public String boilerpipeHtml(HtmlPages p) throws BoilerpipeProcessingException {
        return ArticleExtractor.INSTANCE.getText(new String(p.pages.next().bytes(), StandardCharsets.UTF_8));
    }

    /** Dossier on one whole-page text capture. */
    @Benchmark
    public Object dossierText(TextPages p) {
        return extract(p.pages.next());
    }

    /** The article, or the refusal: a page the extractor refuses was still processed, and counts. */
    private Object extract(Source source) {
        try {
            return extractor.extract(source);
        } catch (ExtractionException e) {
            return e;
        }
    }
}
