package org.dossier.spark.job;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.nlp.Analyzer;

/**
 * The extraction and language stages of one executor JVM: built on first use by the first task that
 * needs them and shared by every task (thread) of the JVM, so one analyzer, with every step of
 * {@code dossier analyze} (entities, quotes, events), serves the executor. Its models load once per JVM:
 * CoreNLP's NER pipeline on the first article, the event coder's tagger and dependency parser on the
 * first sentence it parses ({@code TextAnnotator}'s holders); each task deserialises its own copy of the
 * configuration, which, being a record, finds the same entry here. The same {@code Extractor} →
 * {@code Analyzer} chain as {@code dossier analyze}. Thread-safe.
 */
final class Stages {
    /** One per configuration; a job uses one, so this holds one entry per JVM (never mutated after). */
    private static final ConcurrentMap<JobConfig, Stages> BY_CONFIG = new ConcurrentHashMap<>();

    private final Extractor extractor;
    private final Analyzer analyzer;

    private Stages(JobConfig config) {
        this.extractor = new Extractor(config.extractorConfig());
        this.analyzer = Analyzer.of(config.analyzerConfig());
    }

    static Stages of(JobConfig config) {
        return BY_CONFIG.computeIfAbsent(config, Stages::new);
    }

    Article extract(Source source) throws ExtractionException {
        return extractor.extract(source);
    }

    Record analyze(Article article) throws ExtractionException {
        return analyzer.analyze(article);
    }
}
