package org.dossier.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.dossier.spark.table.Tables;

/**
 * The first step of the Spark job: WARC files in, the Parquet tables {@code articles},
 * {@code entities}, {@code quotes}, {@code events} (partitioned by publication month) and
 * {@code errors} out, under one output directory.
 *
 * <p>One task per WARC file: a task streams its file record by record and runs each HTML page through
 * the same {@code Extractor} → {@code Analyzer} chain as {@code dossier analyze}, with one analyzer per
 * executor JVM. (A gzipped WARC cannot be split safely: a record boundary inside it can only be found by
 * decompressing from the start, and a guessed gzip header inside a payload would start a task mid-record.)
 * A bad record never fails a task: it becomes a row of {@code errors}. The analysed records are kept on
 * the executors' disks while the tables are written, so no page is analysed twice. A payload found in
 * several WARC records (the same page crawled twice) gives one article, the one with the first path
 * and offset. Stateless; {@link #run} may be called from one driver thread at a time per session.
 */
public final class AnalyzeJob {
    /** One analysed record, or one error, as the tasks produce them. */
    static final StructType RESULT = DataTypes.createStructType(List.of(
            Tables.column(Tables.MONTH, DataTypes.StringType),
            Tables.column("article", Tables.ARTICLE),
            Tables.column("entities", DataTypes.createArrayType(Tables.ENTITY, false)),
            Tables.column("quotes", DataTypes.createArrayType(Tables.QUOTE, false)),
            Tables.column("events", DataTypes.createArrayType(Tables.EVENT, false)),
            Tables.column("error", Tables.ERROR)));

    private AnalyzeJob() {
    }

    /**
     * Reads {@code inputs} (WARC files, directories of them, globs; any Hadoop file system) and writes
     * the tables under {@code output}.
     *
     * @param overwrite replace tables that exist; otherwise an existing table fails the job before any work
     */
    public static JobCounts run(SparkSession spark, List<String> inputs, String output, JobConfig config,
                                boolean overwrite) {
        Objects.requireNonNull(config, "config");
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        WarcFiles.Listing listing = WarcFiles.list(inputs, jsc.hadoopConfiguration());
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Counters counters = new Counters(spark.sparkContext());

        // The driver's Hadoop settings (credentials for s3a, HDFS name nodes) travel to the tasks once.
        Map<String, String> conf = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        Broadcast<Map<String, String>> hadoopConf = jsc.broadcast(conf);

        List<WarcFiles.WarcFile> files = listing.files();
        JavaRDD<Row> rows = jsc.parallelize(files, Math.max(1, files.size())).mapPartitions(it -> {
            WarcPartition partition = new WarcPartition(it, hadoopConf.value(), config, counters);
            // A task that ends early (failure, a limit downstream) still closes the file it was reading.
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> partition.close());
            }
            return partition;
        });
        Dataset<Row> results = spark.createDataFrame(rows, RESULT).persist(StorageLevel.DISK_ONLY());
        try {
            List<Row> missing = new ArrayList<>();
            listing.missing().forEach(m -> missing.add(Tables.error(m.input(), OptionalLong.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), m.input(), "read", m.reason())));
            Dataset<Row> errors = results.where(col("error").isNotNull()).select(col("error.*"))
                    .union(spark.createDataFrame(missing, Tables.ERROR));
            // Writing the errors runs the analysis of every file, one task per file; the tables below read the
            // kept results. (No coalesce here: it would pull the analysis itself into one task.)
            errors.write().mode(mode).parquet(table(output, Tables.ERRORS));
            long errorCount = results.where(col("error").isNotNull()).count() + missing.size();

            Dataset<Row> articles = results.where(col("article").isNotNull()).drop("error");
            Dataset<Row> kept = articles
                    .withColumn("_n", row_number().over(Window.partitionBy(col("article.sha256"))
                            .orderBy(col("article.path").asc_nulls_last(), col("article.warc_offset").asc_nulls_last())))
                    .where(col("_n").equalTo(1)).drop("_n").persist(StorageLevel.DISK_ONLY());
            try {
                write(kept.select(col("article.*"), col(Tables.MONTH)), mode, output, Tables.ARTICLES);
                write(children(kept, "entities", "rank"), mode, output, Tables.ENTITIES);
                write(children(kept, "quotes", "seq"), mode, output, Tables.QUOTES);
                write(children(kept, "events", "seq"), mode, output, Tables.EVENTS);
                long articleCount = kept.count();
                long all = articles.count();
                return new JobCounts(counters.values(), articleCount, all - articleCount, errorCount,
                        (System.nanoTime() - start) / 1e9);
            } finally {
                kept.unpersist();
            }
        } finally {
            results.unpersist();
            hadoopConf.destroy();
        }
    }

    /** The rows of one list of the record (entities, quotes, events) with the article's key and position. */
    private static Dataset<Row> children(Dataset<Row> kept, String list, String position) {
        return kept.select(col("article.sha256").as("sha256"), col(Tables.MONTH),
                        posexplode(col(list)).as(new String[] {position, "x"}))
                .select(col("sha256"), col(position), col("x.*"), col(Tables.MONTH));
    }

    private static void write(Dataset<Row> table, SaveMode mode, String output, String name) {
        table.write().mode(mode).partitionBy(Tables.MONTH).parquet(table(output, name));
    }

    /** The directory of a table under the job's output directory. */
    public static String table(String output, String name) {
        return output.endsWith("/") ? output + name : output + "/" + name;
    }
}
