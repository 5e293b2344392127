package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Source;
import org.dossier.core.model.Record;
import org.dossier.nlp.event.EventCoder;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.TextAnnotator;

/**
 * A quick throughput measurement (not a test): tokens per second of {@code extract + analyze} (with every
 * step, the event coder included) against CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} on the
 * bodies of the same inputs, in one run, and of {@code extract + analyze} without the event step, to
 * show what the coder costs. All are credited with the same token count (the stock tokenizer's count of
 * each body), so the ratios are speed-ups. It also reports the share of body tokens the coder parses.
 * Run it on one core to get per-core numbers:
 *
 * <pre>
 * mvn -q -B -pl dossier-nlp -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * taskset -c 0 java -Xmx3g -XX:ActiveProcessorCount=1 \
 *   -cp dossier-nlp/target/test-classes:dossier-nlp/target/classes:$(cat dossier-nlp/target/cp.txt) \
 *   org.dossier.nlp.Throughput ../shared/corpus/seeds samples
 * </pre>
 *
 * Shaped for JMH: {@link #load} is the {@code @Setup}, {@link #stock}, {@link #analyze} and
 * {@link #analyzeWithoutEvents} are the {@code @Benchmark} methods (each returns what it computed so
 * nothing is optimised away).
 */
public final class Throughput {
    private final List<Source> sources;
    private final List<String> bodies;
    private final long tokens;
    private final Extractor extractor = Extractor.withDefaults();
    private final Analyzer analyzer = Analyzer.withDefaults();
    private final Analyzer withoutEvents = new Analyzer(AnalyzerConfig.defaults(), List.of());
    private final StanfordCoreNLP stock;

    private Throughput(List<Source> sources, List<String> bodies, StanfordCoreNLP stock, long tokens) {
        this.sources = sources;
        this.bodies = bodies;
        this.stock = stock;
        this.tokens = tokens;
    }

    /** Reads the inputs, extracts their bodies once and counts their tokens with the stock pipeline. */
    public static Throughput load(List<Path> roots) throws IOException, ExtractionException {
        List<Source> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".html") || n.endsWith(".htm") || (n.endsWith(".txt") && !n.equals("index.txt"))) {
                        byte[] bytes = Files.readAllBytes(p);
                        sources.add(Source.of(bytes, Optional.of(p.toString()), Extractor.sniffFormat(bytes),
                                Optional.empty()));
                    }
                }
            }
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP stock = new StanfordCoreNLP(props);
        Extractor extractor = Extractor.withDefaults();
        List<String> bodies = new ArrayList<>();
        long tokens = 0;
        for (Source src : sources) {
            String body = extractor.extract(src).body();
            bodies.add(body);
            Annotation a = new Annotation(body);
            stock.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return new Throughput(sources, bodies, stock, tokens);
    }

    /** One pass of the stock pipeline over the bodies; returns the tokens it tagged. */
    public long stock() {
        long n = 0;
        for (String body : bodies) {
            Annotation a = new Annotation(body);
            stock.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    /** One pass of extraction and analysis (every step) over the raw inputs; returns entities and events found. */
    public long analyze() throws ExtractionException {
        long n = 0;
        for (Source src : sources) {
            Article a = extractor.extract(src);
            Record r = analyzer.analyze(a);
            n += r.entities().size() + r.events().size();
        }
        return n;
    }

    /** One pass of extraction and analysis without the event step; returns the entities found. */
    public long analyzeWithoutEvents() throws ExtractionException {
        long n = 0;
        for (Source src : sources) {
            n += withoutEvents.analyze(extractor.extract(src)).entities().size();
        }
        return n;
    }

    /** Body tokens (the analyzer's count) and how many of them the event coder parses. */
    private long[] parsedShare() throws ExtractionException {
        EventCoder coder = new EventCoder();
        long all = 0;
        long parsed = 0;
        for (Source src : sources) {
            Document d = analyzer.annotate(extractor.extract(src));
            all += d.sentences(Section.BODY).stream().mapToLong(s -> s.tokens().size()).sum();
            parsed += coder.parsedTokens(d);
        }
        return new long[] {all, parsed};
    }

    private interface Op {
        long run() throws Exception;
    }

    /** Time spent and passes made by one operation, over interleaved rounds. */
    private static final class Tally {
        long nanos;
        int passes;
    }

    private long sink;

    /** Runs {@code op} for about {@code seconds} and adds what it did to {@code tally}. */
    private void round(Op op, double seconds, Tally tally) throws Exception {
        long start = System.nanoTime();
        do {
            sink += op.run();
            tally.passes++;
        } while (System.nanoTime() - start < seconds * 1e9);
        tally.nanos += System.nanoTime() - start;
    }

    private double tokensPerSecond(Tally t) {
        return tokens * t.passes / (t.nanos / 1e9);
    }

    public static void main(String[] args) throws Exception {
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            roots.add(Path.of(a));
        }
        if (roots.isEmpty()) {
            System.err.println("usage: Throughput DIR_OR_FILE...");
            System.exit(2);
        }
        double seconds = Double.parseDouble(System.getProperty("seconds", "20"));
        Throughput t = load(roots);
        System.out.printf(Locale.ROOT, "%d inputs, %d body tokens; %d processors; max heap %d MB; model %s%n",
                t.sources.size(), t.tokens, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, TextAnnotator.NER_MODEL);
        // Warm both up, then interleave rounds so that a change in machine load hits both alike.
        t.round(t::stock, seconds / 4, new Tally());
        t.round(t::analyze, seconds / 4, new Tally());
        t.round(t::analyzeWithoutEvents, seconds / 4, new Tally());
        long[] share = t.parsedShare();
        System.out.printf(Locale.ROOT, "event coder parses %,d of %,d body tokens (%.1f%%)%n", share[1], share[0],
                100.0 * share[1] / Math.max(1, share[0]));
        Tally stock = new Tally();
        Tally ours = new Tally();
        Tally noEvents = new Tally();
        for (int r = 0; r < 4; r++) {
            t.round(t::stock, seconds / 4, stock);
            t.round(t::analyze, seconds / 4, ours);
            t.round(t::analyzeWithoutEvents, seconds / 4, noEvents);
        }
        double s = t.tokensPerSecond(stock);
        double o = t.tokensPerSecond(ours);
        double n = t.tokensPerSecond(noEvents);
        System.out.printf(Locale.ROOT, "stock tokenize,ssplit,pos,lemma,ner: %,.0f tokens/s (%d passes)%n", s,
                stock.passes);
        System.out.printf(Locale.ROOT, "dossier extract+analyze:              %,.0f tokens/s (%d passes)  %.1fx stock%n",
                o, ours.passes, o / s);
        System.out.printf(Locale.ROOT, "  the same without the event step:    %,.0f tokens/s (%d passes)  %.1fx stock%n",
                n, noEvents.passes, n / s);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (checksum %d)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, t.sink);
    }
}
