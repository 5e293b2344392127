package org.dossier.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.nlp.AnalyzerConfig;
import org.dossier.spark.corpus.CorpusCounts;
import org.dossier.spark.corpus.CorpusJob;
import org.dossier.spark.corpus.CorpusRules;
import org.dossier.spark.job.AnalyzeJob;
import org.dossier.spark.job.JobConfig;
import org.dossier.spark.job.JobCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier spark}: the job, both steps, in-process or under spark-submit. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over WARC files on Apache Spark and writes Parquet tables under DIR: "
                + "articles, entities, quotes, events (partitioned by publication month) and errors; then "
                + "duplicates and timeline (near-duplicates and the merged timeline across the corpus).",
                "PATH is a WARC file, a directory of them (*.warc, *.warc.gz) or a glob, on any file system "
                        + "Hadoop serves (local, hdfs://, s3a://). Counts are printed at the end."})
final class SparkCommand implements Callable<Integer> {
    enum Step { ALL, ANALYZE, CORPUS }

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit set, else local[*]), e.g. local[2]")
    String master;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "WARC files, directories or globs")
    List<String> inputs = List.of();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where the tables are written")
    String output;

    @Option(names = "--step", defaultValue = "all", paramLabel = "STEP",
            description = "all (default), analyze (WARC to tables) or corpus (duplicates and timeline from the tables)")
    String step;

    @Option(names = "--overwrite", description = "replace tables that exist (otherwise the job refuses to start)")
    boolean overwrite;

    @Option(names = "--max-bytes", defaultValue = "" + ExtractorConfig.DEFAULT_MAX_INPUT_BYTES,
            description = "refuse pages larger than this many bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--max-chars", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "refuse articles longer than this many characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting, as spark-submit's --conf")
    Map<String, String> conf = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Step s;
        try {
            s = Step.valueOf(step.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("dossier spark: --step must be all, analyze or corpus, not " + step);
            return 2;
        }
        if (s != Step.CORPUS && inputs.isEmpty()) {
            System.err.println("dossier spark: --input is needed (WARC files, directories or globs)");
            return 2;
        }
        JobConfig config = new JobConfig(maxBytes, ExtractorConfig.DEFAULT_MAX_HTML_DEPTH, maxChars);
        SparkSession spark = Sessions.create(Optional.ofNullable(master), conf);
        try {
            if (s != Step.CORPUS) {
                JobCounts counts = AnalyzeJob.run(spark, inputs, output, config, overwrite);
                System.out.print(counts.describe());
            }
            if (s != Step.ANALYZE) {
                CorpusCounts counts = CorpusJob.run(spark, output, CorpusRules.project(), overwrite);
                System.out.print(counts.describe());
            }
            System.out.flush();
            return 0;
        } finally {
            spark.stop();
        }
    }
}
