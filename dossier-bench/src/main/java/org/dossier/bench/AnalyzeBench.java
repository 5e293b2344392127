package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.text.Document;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Tokens per second of Dossier's language stage against CoreNLP's stock
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline on the same texts: the seed captures
 * ({@code seeds/} in the corpus) and the project's sample pages ({@code samples/}).
 *
 * <ul>
 *   <li>{@link #analyze}: {@code extract + analyze} from the raw page, every step the
 *       {@link Analyzer} has (entities now; quotes and events as their steps are added to it).</li>
 *   <li>{@link #language}: {@code extract + annotate}, the language layer without the record steps, so
 *       that the difference to {@code analyze} is what quotes and events cost.</li>
 *   <li>{@link #stock}: the stock pipeline on the body Dossier extracted, which is less text than the
 *       page Dossier starts from.</li>
 * </ul>
 *
 * <p>One input per invocation, cycling through the set. Every benchmark credits an input with the same
 * number of tokens, the stock tokenizer's count of its extracted body (as {@code Throughput} in
 * dossier-nlp's tests does), so the {@code :tokens} rows (ops/s) are tokens per second and their ratio
 * is the speed-up. Run with {@code -prof org.dossier.bench.HeapProfiler} for the heap each needs; the
 * fork runs with {@code -Xmx3g}, the limit.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// One operation is one text, which takes the stock pipeline up to a few seconds: long iterations, so
// that each covers many texts.
@Warmup(iterations = 3, time = 20)
@Measurement(iterations = 5, time = 30)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class AnalyzeBench {

    /** The inputs: raw pages, their extracted bodies, and the tokens each is credited with. */
    @State(Scope.Thread)
    public static class Texts {
        Rotation<Source> sources;
        List<String> bodies;
        long[] tokens;

        @Setup(Level.Trial)
        public void setup() throws ExtractionException {
            load(List.of(Inputs.require(Inputs.corpus().resolve("seeds"), Inputs.CORPUS),
                    Inputs.require(Inputs.samples(), Inputs.SAMPLES)));
        }

        void load(List<Path> roots) throws ExtractionException {
            List<Source> read = Inputs.read(roots);
            Extractor extractor = Extractor.withDefaults();
            // Only the tokenizer: the count is the same as the full stock pipeline's, and this fork then
            // holds no stock models that would count in Dossier's heap.
            StanfordCoreNLP tokenizer = stockPipeline("tokenize");
            bodies = new ArrayList<>();
            tokens = new long[read.size()];
            long total = 0;
            for (int i = 0; i < read.size(); i++) {
                String body = extractor.extract(read.get(i)).body();
                bodies.add(body);
                tokens[i] = tokenCount(tokenizer, body);
                total += tokens[i];
            }
            bodies = List.copyOf(bodies);
            sources = new Rotation<>(read);
            System.out.printf("# %d inputs, %d body tokens, from %s%n", read.size(), total, roots);
        }
    }

    /** Tokens processed in the current iteration; JMH reports their rate as {@code :tokens}. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Tokens {
        public long tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    /** Dossier's extractor and analyzer, with the models loaded before timing. */
    @State(Scope.Thread)
    public static class Dossier {
        final Extractor extractor = Extractor.withDefaults();
        final Analyzer analyzer = Analyzer.withDefaults();

        @Setup(Level.Trial)
        public void setup() {
            analyzer.warmUp();
        }
    }

    /** CoreNLP's stock pipeline, loaded before timing. */
    @State(Scope.Thread)
    public static class Stock {
        StanfordCoreNLP pipeline;

        @Setup(Level.Trial)
        public void setup() {
            pipeline = stockPipeline("tokenize,ssplit,pos,lemma,ner");
        }
    }

    /** Extraction and the full analysis of one raw page. */
    @Benchmark
    public Record analyze(Texts t, Dossier d, Tokens c) throws ExtractionException, AnalysisException {
        int i = t.sources.nextIndex();
        c.tokens += t.tokens[i];
        return d.analyzer.analyze(d.extractor.extract(t.sources.get(i)));
    }

    /** Extraction and the language layer (sentences, NER, entities, dates) of one raw page. */
    @Benchmark
    public Document language(Texts t, Dossier d, Tokens c) throws ExtractionException, AnalysisException {
        int i = t.sources.nextIndex();
        c.tokens += t.tokens[i];
        return d.analyzer.annotate(d.extractor.extract(t.sources.get(i)));
    }

    /** The stock pipeline on one extracted body. */
    @Benchmark
    public Annotation stock(Texts t, Stock s, Tokens c) {
        int i = t.sources.nextIndex();
        c.tokens += t.tokens[i];
        Annotation a = new Annotation(t.bodies.get(i));
        s.pipeline.annotate(a);
        return a;
    }

    /** A CoreNLP pipeline with its default options and the given annotators, loading quietly. */
    static StanfordCoreNLP stockPipeline(String annotators) {
        // CoreNLP reports every model it loads on standard error; only its errors matter here.
        RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        return new StanfordCoreNLP(props);
    }

    /** The tokens the pipeline finds in {@code text}. */
    static long tokenCount(StanfordCoreNLP pipeline, String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
