package org.dossier.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dossier.core.charset.TextDecoder;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.html.HtmlArticleExtractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;

/**
 * {@code dossier eval metadata DIR}: scores title, authors and publication date against hand-made
 * labels of article-extraction-benchmark pages.
 *
 * <p>The labels are a JSON object keyed by page id, each with {@code title} (the headline a reader
 * sees), {@code authors} (the people the visible byline credits; {@code []} when it credits none, an
 * outlet or a news agency), {@code published} (ISO 8601 date, {@code null} when the page states none)
 * and {@code split} ({@code dev} for the pages rules were developed on, {@code holdout} for the third
 * kept aside to check that they generalise). Titles are compared as lower-cased word sequences,
 * authors as sets of lower-cased names, dates by prefix at the label's precision. Each page is read
 * with the URL the benchmark gives for it, as a fetched page would be.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class MetadataEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;
    private final boolean withUrl;

    /**
     * @param extractor the extractor to score
     * @param withUrl   whether to hand the extractor each page's URL (as a fetch or WARC record would)
     */
    public MetadataEval(Extractor extractor, boolean withUrl) {
        this.extractor = extractor;
        this.withUrl = withUrl;
    }

    /**
     * Scores the pages of the benchmark in {@code aebDir} that {@code labels} names.
     *
     * @throws IOException when the labels, the ground truth or a page cannot be read
     */
    public Report run(Path aebDir, InputStream labels) throws IOException {
        JsonNode truth = JSON.readTree(aebDir.resolve("ground-truth.json").toFile());
        JsonNode gold = JSON.readTree(labels);
        List<PageResult> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(score(aebDir, e.getKey(), e.getValue(), truth.path(e.getKey()).path("url").asText("")));
        }
        return new Report(pages);
    }

    private PageResult score(Path aebDir, String id, JsonNode label, String url) throws IOException {
        Path file = aebDir.resolve("html").resolve(id + ".html.gz");
        Label want = Label.of(label);
        if (!Files.exists(file)) {
            return new PageResult(id, want, Optional.empty(), "missing " + file);
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        }
        SourceRef ref = SourceRef.ofFile(Optional.of(file.toString()), Source.sha256(bytes), SourceFormat.HTML);
        if (withUrl && !url.isEmpty()) {
            ref = ref.withUrl(Optional.of(url));
        }
        try {
            Article a = extractor.extract(Source.of(bytes, ref, Optional.empty()));
            return new PageResult(id, want, Optional.of(a), null);
        } catch (ExtractionException ex) {
            // The body stage gave up; the metadata is still what the page's HTML stage reads.
            String html = TextDecoder.decode(bytes, Optional.empty(), true).text();
            Article a = HtmlArticleExtractor.extract(html, ref, extractor.config());
            return new PageResult(id, want, Optional.of(a), "body: " + ex.reason());
        }
    }

    /** One page's labels. */
    public record Label(String split, String language, String title, Set<String> authors,
                        Optional<String> published) {
        public Label {
            authors = Set.copyOf(authors);
        }

        static Label of(JsonNode n) {
            Set<String> authors = new LinkedHashSet<>();
            n.path("authors").forEach(a -> authors.add(a.asText()));
            JsonNode p = n.path("published");
            return new Label(n.path("split").asText("dev"), n.path("language").asText(""),
                    n.path("title").asText(""), authors,
                    p.isNull() || p.isMissingNode() ? Optional.empty() : Optional.of(p.asText()));
        }
    }

    /**
     * One page: its labels, what was extracted (empty when the page is missing), and a note when the
     * page could not be read or its body was not found (its metadata is still scored then).
     */
    public record PageResult(String id, Label label, Optional<Article> article, String error) {
        public boolean title() {
            return article.isPresent() && Score.sameTokens(label.title(), article.get().title().orElse(null));
        }

        public boolean authors() {
            return article.isPresent() && names(label.authors()).equals(names(article.get().authors()));
        }

        public boolean published() {
            if (article.isEmpty()) {
                return false;
            }
            Optional<String> got = article.get().published();
            return label.published().isEmpty() ? got.isEmpty()
                    : got.isPresent() && got.get().startsWith(label.published().get());
        }

        private static Set<String> names(Iterable<String> names) {
            Set<String> out = new LinkedHashSet<>();
            names.forEach(n -> out.add(String.join(" ", Tokens.words(n.toLowerCase(Locale.ROOT)))));
            return out;
        }
    }

    /** How many of {@code pages} pages got each field right. */
    public record Accuracy(int pages, int titlesRight, int authorsRight, int datesRight) {
        /** Share of pages with the right title. */
        public double title() {
            return share(titlesRight);
        }

        /** Share of pages with the right set of authors. */
        public double authors() {
            return share(authorsRight);
        }

        /** Share of pages with the right publication date. */
        public double published() {
            return share(datesRight);
        }

        private double share(int n) {
            return pages == 0 ? 0 : (double) n / pages;
        }
    }

    /** Every labelled page's comparison. */
    public record Report(List<PageResult> pages) {
        public Report {
            pages = List.copyOf(pages);
        }

        /** Accuracy over the pages of one split ({@code dev}, {@code holdout}), or all with {@code all}. */
        public Accuracy accuracy(String split) {
            int n = 0;
            int t = 0;
            int a = 0;
            int p = 0;
            for (PageResult r : pages) {
                if (split.equals("all") || r.label().split().equals(split)) {
                    n++;
                    t += r.title() ? 1 : 0;
                    a += r.authors() ? 1 : 0;
                    p += r.published() ? 1 : 0;
                }
            }
            return new Accuracy(n, t, a, p);
        }

        /**
         * Prints the accuracy per split, and with {@code details} the wrong fields of every page of
         * {@code detailSplit} ({@code all} for every page).
         */
        public void print(PrintStream out, boolean details, String detailSplit) {
            if (details) {
                for (PageResult r : pages) {
                    if (!detailSplit.equals("all") && !r.label().split().equals(detailSplit)) {
                        continue;
                    }
                    if (r.error() != null) {
                        out.printf(Locale.ROOT, "%.12s %s note: %s%n", r.id(), r.label().language(), r.error());
                    }
                    if (r.article().isEmpty()) {
                        continue;
                    }
                    Article a = r.article().get();
                    if (!r.title()) {
                        out.printf(Locale.ROOT, "%.12s %s title     want %s%n%21s got  %s%n", r.id(),
                                r.label().language(), r.label().title(), "", a.title().orElse("-"));
                    }
                    if (!r.authors()) {
                        out.printf(Locale.ROOT, "%.12s %s authors   want %s%n%21s got  %s%n", r.id(),
                                r.label().language(), r.label().authors(), "", a.authors());
                    }
                    if (!r.published()) {
                        out.printf(Locale.ROOT, "%.12s %s published want %s%n%21s got  %s%n", r.id(),
                                r.label().language(), r.label().published().orElse("-"), "",
                                a.published().orElse("-"));
                    }
                }
            }
            for (String split : List.of("dev", "holdout", "all")) {
                Accuracy acc = accuracy(split);
                out.printf(Locale.ROOT, "%-8s pages %3d  title %.3f (%d)  authors %.3f (%d)  published %.3f (%d)%n",
                        split, acc.pages(), acc.title(), acc.titlesRight(), acc.authors(), acc.authorsRight(),
                        acc.published(), acc.datesRight());
            }
        }
    }
}
