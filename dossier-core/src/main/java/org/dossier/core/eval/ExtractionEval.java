package org.dossier.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;

/**
 * {@code dossier eval extraction DIR}: scores the extractor against gold data in one of two
 * layouts.
 *
 * <ul>
 *   <li>The article-extraction benchmark (AEB): {@code ground-truth.json} with {@code html/<id>.html.gz}
 *       pages, or with {@code text/<id>.txt} captures of the same pages. Scored with the benchmark's
 *       own metric: 4-token shingles, precision and recall averaged over pages, F1 of the averages.</li>
 *   <li>Seed gold: {@code gold/*.json}, each naming its capture in {@code file}, found under DIR.
 *       Scored on lower-cased token bags for the body, plus title, authors, publisher, the
 *       publication date at the gold's precision, and boilerplate that must not be in the body.</li>
 * </ul>
 *
 * Not thread-safe; one run at a time.
 */
public final class ExtractionEval {
    /** Which of an AEB directory's copies of the pages to extract. */
    public enum Input { HTML, TEXT }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;

    public ExtractionEval(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Whether {@code dir} holds an article-extraction benchmark. */
    public static boolean isAeb(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json"));
    }

    /** Scores the benchmark in {@code dir}. */
    public AebReport aeb(Path dir, Input input) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<PageResult> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String expected = e.getValue().path("articleBody").asText("");
            Path file = input == Input.HTML ? dir.resolve("html").resolve(id + ".html.gz")
                    : dir.resolve("text").resolve(id + ".txt");
            String predicted = "";
            String error = null;
            if (!Files.exists(file)) {
                error = "missing " + file;
            } else {
                byte[] bytes = file.toString().endsWith(".gz") ? gunzip(file) : Files.readAllBytes(file);
                try {
                    Article a = extractor.extract(Source.of(bytes, Optional.of(file.toString()),
                            input == Input.HTML ? SourceFormat.HTML : SourceFormat.TEXT, Optional.empty()));
                    predicted = a.body();
                } catch (ExtractionException ex) {
                    error = ex.reason();
                }
            }
            pages.add(new PageResult(id, Score.shingles(expected, predicted), error));
        }
        return new AebReport(pages);
    }

    /** One page of the benchmark: its score, and the error when it was not extracted. */
    public record PageResult(String id, Score score, String error) {
    }

    /** The benchmark's averages over its pages. */
    public record AebReport(List<PageResult> pages) {
        public AebReport {
            pages = List.copyOf(pages);
        }

        /** Averages as the benchmark computes them (empty predictions left out of precision). */
        public Score average() {
            double p = 0;
            int np = 0;
            double r = 0;
            for (PageResult page : pages) {
                if (!Double.isNaN(page.score().precision())) {
                    p += page.score().precision();
                    np++;
                }
                r += page.score().recall();
            }
            return new Score(np == 0 ? 0 : p / np, pages.isEmpty() ? 0 : r / pages.size());
        }

        public void print(PrintStream out, boolean perPage) {
            if (perPage) {
                pages.stream().sorted((a, b) -> Double.compare(f1(a), f1(b))).forEach(page ->
                        out.printf(Locale.ROOT, "%-66s P %.3f R %.3f F1 %.3f%s%n", page.id(),
                                page.score().precision(), page.score().recall(), f1(page),
                                page.error() == null ? "" : "  error: " + page.error()));
            }
            Score avg = average();
            long errors = pages.stream().filter(p -> p.error() != null).count();
            out.printf(Locale.ROOT, "pages %d  errors %d  precision %.4f  recall %.4f  F1 %.4f%n",
                    pages.size(), errors, avg.precision(), avg.recall(), avg.f1());
        }

        private static double f1(PageResult page) {
            return Double.isNaN(page.score().precision()) ? 0 : page.score().f1();
        }
    }

    /** Scores every gold file under {@code dir} (the seed-gold layout). */
    public GoldReport gold(Path dir) throws IOException {
        Path goldDir = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
        List<Path> goldFiles;
        try (Stream<Path> s = Files.list(goldDir)) {
            goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<GoldResult> results = new ArrayList<>();
        for (Path g : goldFiles) {
            JsonNode gold = JSON.readTree(g.toFile());
            String fileName = gold.path("file").asText("");
            Optional<Path> capture = findCapture(dir, goldDir, fileName);
            if (capture.isEmpty()) {
                results.add(GoldResult.error(g.getFileName().toString(), "capture not found: " + fileName));
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(capture.get());
                SourceFormat format = fileName.endsWith(".txt") ? SourceFormat.TEXT : SourceFormat.HTML;
                Article a = extractor.extract(Source.of(bytes, Optional.of(capture.get().toString()), format,
                        Optional.empty()));
                results.add(GoldResult.of(g.getFileName().toString(), gold, a));
            } catch (ExtractionException ex) {
                results.add(GoldResult.error(g.getFileName().toString(), ex.reason()));
            }
        }
        return new GoldReport(results);
    }

    private static Optional<Path> findCapture(Path dir, Path goldDir, String fileName) throws IOException {
        if (fileName.isEmpty()) {
            return Optional.empty();
        }
        for (Path root : List.of(dir, goldDir.getParent() == null ? dir : goldDir.getParent())) {
            try (Stream<Path> s = Files.walk(root, 3)) {
                Optional<Path> found = s.filter(p -> p.getFileName().toString().equals(fileName)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** One gold document's comparison. */
    public record GoldResult(String gold, Score body, boolean title, boolean authors, boolean publisher,
                             boolean published, List<String> boilerLeft, String error, Article article) {
        static GoldResult error(String gold, String error) {
            return new GoldResult(gold, new Score(0, 0), false, false, false, false, List.of(), error, null);
        }

        static GoldResult of(String name, JsonNode gold, Article a) {
            Score body = Score.tokens(gold.path("body").asText(""), a.body());
            boolean title = Score.sameTokens(gold.path("title").asText(null), a.title().orElse(null));
            Set<String> goldAuthors = new HashSet<>();
            gold.path("authors").forEach(n -> goldAuthors.add(normal(n.asText())));
            Set<String> gotAuthors = new HashSet<>();
            a.authors().forEach(s -> gotAuthors.add(normal(s)));
            boolean publisher = gold.path("publisher").isNull() || gold.path("publisher").isMissingNode()
                    ? a.publisher().isEmpty()
                    : Score.sameTokens(gold.path("publisher").asText(), a.publisher().orElse(null));
            boolean published = datesAgree(gold.path("published"), a.published());
            List<String> left = new ArrayList<>();
            gold.path("boiler_must_not").forEach(n -> {
                if (a.body().contains(n.asText())) {
                    left.add(n.asText());
                }
            });
            return new GoldResult(name, body, title, goldAuthors.equals(gotAuthors), publisher, published, left,
                    null, a);
        }

        private static String normal(String s) {
            return String.join(" ", Tokens.words(s.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * A predicted date agrees with the gold when both are absent, or when it starts with the gold at
     * the gold's precision.
     */
    static boolean datesAgree(JsonNode gold, Optional<String> predicted) {
        if (gold.isNull() || gold.isMissingNode()) {
            return predicted.isEmpty();
        }
        return predicted.isPresent() && predicted.get().startsWith(gold.asText());
    }

    /** Every gold document's comparison, and the averages. */
    public record GoldReport(List<GoldResult> results) {
        public GoldReport {
            results = List.copyOf(results);
        }

        public void print(PrintStream out, boolean perDocument) {
            double p = 0;
            double r = 0;
            double minF1 = 1;
            int titles = 0;
            int authors = 0;
            int publishers = 0;
            int dates = 0;
            int boiler = 0;
            for (GoldResult g : results) {
                if (perDocument) {
                    out.printf(Locale.ROOT, "%-12s body P %.3f R %.3f F1 %.3f  title %s  authors %s  publisher %s"
                                    + "  published %s  boilerplate left %s%s%n",
                            g.gold(), g.body().precision(), g.body().recall(), g.body().f1(), ok(g.title()),
                            ok(g.authors()), ok(g.publisher()), ok(g.published()), g.boilerLeft(),
                            g.error() == null ? "" : "  error: " + g.error());
                }
                p += g.body().precision();
                r += g.body().recall();
                minF1 = Math.min(minF1, g.body().f1());
                titles += g.title() ? 1 : 0;
                authors += g.authors() ? 1 : 0;
                publishers += g.publisher() ? 1 : 0;
                dates += g.published() ? 1 : 0;
                boiler += g.boilerLeft().isEmpty() ? 0 : 1;
            }
            int n = results.size();
            Score avg = new Score(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n);
            out.printf(Locale.ROOT, "documents %d  body precision %.4f  recall %.4f  F1 %.4f  (lowest F1 %.4f)%n",
                    n, avg.precision(), avg.recall(), avg.f1(), n == 0 ? 0 : minF1);
            out.printf(Locale.ROOT, "title %d/%d  authors %d/%d  publisher %d/%d  published %d/%d  "
                    + "documents with boilerplate left %d%n", titles, n, authors, n, publishers, n, dates, n, boiler);
        }

        private static String ok(boolean b) {
            return b ? "ok" : "WRONG";
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
