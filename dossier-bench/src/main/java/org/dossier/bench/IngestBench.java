package org.dossier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Record;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.text.Document;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.query.SourceInfo;

/**
 * The end-to-end ingest benchmark (issue 5): generates news-like pages from the project's samples
 * ({@link PageGenerator}), then runs every stage of ingestion over them on one thread and reports the
 * time and share of each stage. Not JMH: the question is where one pass over a realistic batch spends
 * its time, not the steady-state speed of one method.
 *
 * <p>Stages and how each is timed, per page:
 * <ul>
 *   <li>extraction: {@link Extractor#extract} (decoding, main text, metadata, language id);</li>
 *   <li>language: {@link Analyzer#annotate} (sentences, NER, canonical entities, dates);</li>
 *   <li>record steps (quotes, events): {@link Analyzer#analyze}, which annotates again and then runs the
 *       steps, minus the language time of the same page. The analyzer does not expose its steps, so
 *       this difference is the only way to time them without copying its code: right on average, noisy
 *       per page, and near zero (either sign) while the analyzer has no step beyond entities. The two
 *       calls alternate in order from page to page, so the one that finds the text in the caches is not
 *       always the same;</li>
 *   <li>store: what {@code dossier ingest} does with a record — the raw bytes kept content-addressed,
 *       then {@link Store#put} (sources, article, entities, quotes, events, the timeline merge and the
 *       search index document, in one transaction) — and the final {@link Store#flush} (the last commit
 *       of SQLite and Lucene), into a fresh data directory ({@code --data DIR}, or a temporary one that is
 *       deleted afterwards).</li>
 * </ul>
 * A pass over the first pages is made and discarded first, so that models are loaded and the code is
 * compiled before timing. Usage:
 *
 * <pre>
 * java -Xmx3g -cp dossier-bench/target/benchmarks.jar org.dossier.bench.IngestBench \
 *     [--pages N] [--warmup N] [--seed S] [--samples DIR] [--write DIR] [--data DIR]
 * </pre>
 *
 * {@code --write DIR} also writes the generated pages there, to time {@code dossier ingest DIR} itself.
 */
public final class IngestBench {
    /** The options of one run. */
    record Options(int pages, int warmup, long seed, Path samples, Optional<Path> write, Optional<Path> data) {
    }

    /** Nanoseconds spent per stage, and what passed through. */
    static final class Totals {
        long extraction;
        long language;
        long analysis;
        long store;
        int pages;
        int refused;
        long tokens;
        long entities;
        long quotes;
        long events;

        /** The record steps: the full analysis minus the language layer it includes. */
        long steps() {
            return analysis - language;
        }

        /** The pipeline as ingestion runs it: extraction, then the full analysis. */
        long pipeline() {
            return extraction + analysis;
        }

        /** Everything ingestion does with a page: the pipeline, then the store. */
        long total() {
            return pipeline() + store;
        }
    }

    private final Extractor extractor = Extractor.withDefaults();
    private final Analyzer analyzer = Analyzer.withDefaults();

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: IngestBench [--pages N] [--warmup N] [--seed S] [--samples DIR] [--write DIR]"
                    + " [--data DIR]");
            System.exit(2);
            return;
        }
        new IngestBench().run(options, System.out);
    }

    static Options parse(String[] args) {
        int pages = 1000;
        int warmup = 100;
        long seed = 2018;
        Path samples = Inputs.samples();
        Optional<Path> write = Optional.empty();
        Optional<Path> data = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--samples" -> samples = Path.of(value);
                case "--write" -> write = Optional.of(Path.of(value));
                case "--data" -> data = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (pages <= 0 || warmup < 0) {
            throw new IllegalArgumentException("--pages must be positive and --warmup not negative");
        }
        return new Options(pages, warmup, seed, samples, write, data);
    }

    /** Generates the pages, warms up, times every stage over all pages, and prints the report. */
    Totals run(Options options, PrintStream out)
            throws ExtractionException, AnalysisException, IOException, StoreException {
        List<PageGenerator.Page> pages = PageGenerator.fromSamples(options.samples(), options.seed())
                .generate(options.pages());
        if (options.write().isPresent()) {
            Path dir = Files.createDirectories(options.write().get());
            for (PageGenerator.Page p : pages) {
                Files.write(dir.resolve(p.name()), p.bytes());
            }
        }
        String loadBefore = Machine.loadAverages();
        Path warmData = Files.createTempDirectory("dossier-bench-warmup");
        try (Store warm = Store.open(warmData, Store.Mode.WRITE)) {
            process(pages.subList(0, Math.min(options.warmup(), pages.size())), warm, new Totals());
        } finally {
            deleteTree(warmData);
        }
        Path data = options.data().isPresent() ? options.data().get() : Files.createTempDirectory("dossier-bench-data");
        Totals t = new Totals();
        long cpu = Machine.processCpuNanos();
        long wall = System.nanoTime();
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            process(pages, store, t);
            long f0 = System.nanoTime();
            store.flush();
            t.store += System.nanoTime() - f0;
        } finally {
            if (options.data().isEmpty()) {
                deleteTree(data);
            }
        }
        wall = System.nanoTime() - wall;
        cpu = Machine.processCpuNanos() - cpu;
        report(options, pages, t, wall, (double) cpu / wall, loadBefore, out);
        return t;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void process(List<PageGenerator.Page> pages, Store store, Totals t)
            throws AnalysisException, IOException, StoreException {
        for (PageGenerator.Page page : pages) {
            long t0 = System.nanoTime();
            Article article;
            try {
                article = extractor.extract(page.source());
            } catch (ExtractionException e) {
                // Ingestion records a refused page as an error row and goes on; so does the benchmark.
                t.extraction += System.nanoTime() - t0;
                t.refused++;
                continue;
            }
            long t1 = System.nanoTime();
            // Whichever of the two runs second finds the text in the caches: alternate the order so that
            // neither is favoured.
            Document doc;
            Record record;
            long language;
            long analysis;
            if ((t.pages + t.refused) % 2 == 0) {
                doc = analyzer.annotate(article);
                long t2 = System.nanoTime();
                record = analyzer.analyze(article);
                long t3 = System.nanoTime();
                language = t2 - t1;
                analysis = t3 - t2;
            } else {
                record = analyzer.analyze(article);
                long t2 = System.nanoTime();
                doc = analyzer.annotate(article);
                long t3 = System.nanoTime();
                analysis = t2 - t1;
                language = t3 - t2;
            }
            long s0 = System.nanoTime();
            store.raw().put(page.source().ref().sha256(), page.source().bytes());
            store.put(SourceInfo.of(page.source()), record, "dossier-bench");
            t.store += System.nanoTime() - s0;
            t.extraction += t1 - t0;
            t.language += language;
            t.analysis += analysis;
            t.pages++;
            t.tokens += doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            t.entities += record.entities().size();
            t.quotes += record.quotes().size();
            t.events += record.events().size();
        }
    }

    private record Row(String stage, long nanos) {
    }

    private static void report(Options o, List<PageGenerator.Page> pages, Totals t, long wall, double cpuShare,
            String loadBefore, PrintStream out) {
        long html = pages.stream().filter(p -> p.format().isMarkup()).count();
        out.printf(Locale.ROOT, "machine: %s%n", Machine.describe());
        out.printf(Locale.ROOT, "load average (1/5/15 min): before %s, after %s; CPU share of this JVM while"
                + " timing %.2f cores; max heap %d MB%n", loadBefore, Machine.loadAverages(), cpuShare,
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "pages: %d generated (seed %d: %d HTML, %d text), %d analysed, %d refused by"
                + " extraction; %d warm-up pages first%n", pages.size(), o.seed(), html, pages.size() - html,
                t.pages, t.refused, Math.min(o.warmup(), pages.size()));
        out.printf(Locale.ROOT, "ingest time %.1f s (wall %.1f s with the separate language timing): %.1f pages/s,"
                + " %,.0f of Dossier's tokens/s (title, body, captions)%n", t.total() / 1e9, wall / 1e9,
                pages.size() / (t.total() / 1e9), t.tokens / (t.total() / 1e9));
        out.printf(Locale.ROOT, "store overhead: %.1f%% of the pipeline's time (extraction and analysis; target at most"
                + " 25%%)%n", 100.0 * t.store / t.pipeline());
        out.printf(Locale.ROOT, "found: %d entities, %d quotes, %d events%n%n", t.entities, t.quotes, t.events);
        out.println("| stage | seconds | share | ms per page |");
        out.println("| --- | ---: | ---: | ---: |");
        List<Row> rows = List.of(
                new Row("extraction (decode, main text, metadata, language id)", t.extraction),
                new Row("language (sentences, NER, entities, dates)", t.language),
                new Row("record steps (quotes, events): analyze - language", t.steps()),
                new Row("store (raw bytes, SQLite rows, timeline merge, Lucene index, final commit)", t.store));
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %.2f | %.1f%% | %.2f |%n", r.stage(), r.nanos() / 1e9,
                    100.0 * r.nanos() / t.total(), r.nanos() / 1e6 / pages.size());
        }
    }
}
