package org.dossier.spark.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.spark.job.AnalyzeJob;
import org.dossier.spark.table.Tables;

/**
 * The second step of the Spark job: near-duplicate detection across the whole corpus and the timeline
 * merge, reading the tables the first step wrote and writing {@code duplicates} and {@code timeline}.
 *
 * <p>Near-duplicates (MinHash LSH, the rules' signature and band keys): each article's band keys are
 * exploded and grouped, so only articles sharing a band key are ever compared; inside a band bucket a
 * union-find keeps the {@link CorpusRules#linked} pairs as a spanning forest (at most one edge per
 * article per bucket); connected components of those edges (min-label propagation, as many rounds as
 * the longest chain of copies) are the duplicate groups, named by {@link CorpusRules#groupId}. Linking
 * within a component is transitive, so this gives the groups the single machine gives.
 *
 * <p>Timeline: every event becomes a report with its article's provenance and group. A party its article
 * names without a country learns one from the whole corpus ({@link CorpusRules#fill}): every entity's
 * countries are gathered from the {@code entities} table (one row per person or organisation that some
 * article places in a country) and joined to the reports by actor and by target id, so no task ever needs
 * more than its own reports' parties. Reports are then grouped by {@link CorpusRules#blockKey} and each
 * block is merged by {@link CorpusRules#mergeBlock} in one task, as the single machine merges it.
 * The {@code timeline} table's sources hold the filled events; the {@code events} table keeps what each
 * article says.
 */
public final class CorpusJob {
    private static final StructType FINGERPRINT = DataTypes.createStructType(List.of(
            Tables.column("sha256", DataTypes.StringType),
            Tables.column("published", DataTypes.StringType),
            Tables.column("hashes", DataTypes.createArrayType(DataTypes.LongType, false)),
            Tables.column("shingles", DataTypes.IntegerType)));
    private static final StructType BAND = DataTypes.createStructType(List.of(
            Tables.column("band", DataTypes.LongType),
            Tables.column("aid", DataTypes.LongType)));
    private static final StructType EDGE = DataTypes.createStructType(List.of(
            Tables.column("a", DataTypes.LongType),
            Tables.column("b", DataTypes.LongType)));
    /** The columns of {@code entities} that give a party's country. */
    private static final StructType ENTITY_COUNTRY = DataTypes.createStructType(List.of(
            Tables.column("id", DataTypes.StringType),
            Tables.column("country", DataTypes.StringType)));
    private static final StructType GROUP = DataTypes.createStructType(List.of(
            Tables.column("sha256", DataTypes.StringType),
            Tables.column("duplicate_group", DataTypes.StringType)));

    private CorpusJob() {
    }

    /** Reads the tables under {@code output} and writes {@code duplicates} and {@code timeline} beside them. */
    public static CorpusCounts run(SparkSession spark, String output, CorpusRules rules, boolean overwrite) {
        Objects.requireNonNull(rules, "rules");
        long start = System.nanoTime();
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<Row> articles = read(spark, output, Tables.ARTICLES, Tables.ARTICLE);

        Dataset<Row> fingerprints = articles.select("sha256", "published", "body")
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new MappedIterator<>(rows, r -> {
                    Signature s = rules.signature(r.getAs("body"));
                    return Tables.row(FINGERPRINT, r.getAs("sha256"), r.getAs("published"),
                            Tables.seq(boxed(s.minHashes())), s.shingles());
                }), Encoders.row(FINGERPRINT))
                .withColumn("aid", monotonically_increasing_id())
                .persist(StorageLevel.DISK_ONLY());
        try {
            Dataset<Row> groups = duplicateGroups(fingerprints, rules).persist(StorageLevel.DISK_ONLY());
            try {
                Dataset<Row> months = articles.select(col("sha256"), col(Tables.MONTH));
                groups.join(months, "sha256").select("sha256", "duplicate_group", Tables.MONTH)
                        .write().mode(mode).partitionBy(Tables.MONTH).parquet(AnalyzeJob.table(output, Tables.DUPLICATES));

                Dataset<Row> events = read(spark, output, Tables.EVENTS,
                        Tables.prefixed(Tables.EVENT, Tables.column("sha256", DataTypes.StringType),
                                Tables.column("seq", DataTypes.IntegerType))).drop(Tables.MONTH);
                Dataset<Row> countries = read(spark, output, Tables.ENTITIES, ENTITY_COUNTRY)
                        .where(col("country").isNotNull())
                        .groupBy("id").agg(collect_set("country").as("countries"));
                Dataset<Row> reports = events
                        .join(articles.select("sha256", "path", "url", "publisher", "published", "published_estimate"),
                                "sha256")
                        .join(groups, "sha256", "left")
                        .join(countries.select(col("id").as("actor_id"), col("countries").as("actor_given")),
                                "actor_id", "left")
                        .join(countries.select(col("id").as("target_id"), col("countries").as("target_given")),
                                "target_id", "left")
                        .map((MapFunction<Row, Row>) r -> CorpusTables.source(rules.fill(report(r), given(r))),
                                Encoders.row(CorpusTables.SOURCE))
                        .persist(StorageLevel.DISK_ONLY());
                try {
                    Dataset<Row> timeline = reports
                            .groupByKey((MapFunction<Row, String>) r -> rules.blockKey(CorpusTables.report(r)),
                                    Encoders.STRING())
                            .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> {
                                List<EventReport> list = new ArrayList<>();
                                rows.forEachRemaining(r -> list.add(CorpusTables.report(r)));
                                return rules.mergeBlock(list).stream().map(CorpusTables::timeline).iterator();
                            }, Encoders.row(CorpusTables.TIMELINE));
                    timeline.write().mode(mode).partitionBy(Tables.MONTH).parquet(AnalyzeJob.table(output, Tables.TIMELINE));
                    Dataset<Row> written = read(spark, output, Tables.TIMELINE, CorpusTables.TIMELINE);
                    return new CorpusCounts(fingerprints.count(),
                            groups.select("duplicate_group").distinct().count(), groups.count(), reports.count(),
                            written.count(), (System.nanoTime() - start) / 1e9);
                } finally {
                    reports.unpersist();
                }
            } finally {
                groups.unpersist();
            }
        } finally {
            fingerprints.unpersist();
        }
    }

    private static EventReport report(Row r) {
        return CorpusTables.report(r, r, r.getAs("duplicate_group"));
    }

    /** The countries the corpus gives the actor and the target of a report row (joined as {@code *_given}). */
    private static Map<String, List<String>> given(Row r) {
        Map<String, List<String>> out = new HashMap<>();
        for (String party : List.of("actor", "target")) {
            int i = r.fieldIndex(party + "_given");
            if (!r.isNullAt(i)) {
                out.put(r.getAs(party + "_id"), r.getList(i));
            }
        }
        return out;
    }

    /** {@code sha256, duplicate_group} of every article that has at least one near-duplicate. */
    static Dataset<Row> duplicateGroups(Dataset<Row> fingerprints, CorpusRules rules) {
        // Candidates: band keys shared by two or more articles (only the article ids travel here).
        Dataset<Row> bands = fingerprints.flatMap((FlatMapFunction<Row, Row>) r -> {
            List<Row> out = new ArrayList<>();
            for (long key : rules.bandKeys(signature(r))) {
                out.add(Tables.row(BAND, key, r.<Long>getAs("aid")));
            }
            return out.iterator();
        }, Encoders.row(BAND));
        Dataset<Row> shared = bands.groupBy("band").agg(collect_list("aid").as("ids"))
                .where(size(col("ids")).gt(1))
                .select(col("band"), explode(col("ids")).as("aid"));
        Dataset<Row> buckets = shared.join(fingerprints, "aid")
                .groupBy("band").agg(collect_list(struct("aid", "hashes", "shingles")).as("members"));
        Dataset<Row> edges = buckets.flatMap((FlatMapFunction<Row, Row>) b -> bucketEdges(b.getList(1), rules).iterator(),
                Encoders.row(EDGE)).distinct();
        Dataset<Row> labels = Components.of(edges);
        Dataset<Row> members = labels.join(fingerprints, "aid").select(col("label"), col("sha256"), col("published"));
        return members.groupBy("label").agg(collect_list(struct("sha256", "published")).as("m"))
                .flatMap((FlatMapFunction<Row, Row>) g -> {
                    List<Row> rows = g.getList(1);
                    List<CorpusRules.Member> list = new ArrayList<>();
                    rows.forEach(m -> list.add(new CorpusRules.Member(m.getAs("sha256"), Tables.opt(m, "published"))));
                    String id = rules.groupId(list);
                    return list.stream().map(m -> Tables.row(GROUP, m.sha256(), id)).iterator();
                }, Encoders.row(GROUP));
    }

    /**
     * The linked pairs of one band bucket as a spanning forest: each member joined to its component's
     * root. Pairs already joined are not compared again (as the single machine does).
     */
    static List<Row> bucketEdges(List<Row> members, CorpusRules rules) {
        List<Row> sorted = new ArrayList<>(members);
        sorted.sort(java.util.Comparator.comparingLong(r -> r.<Long>getAs("aid")));
        int n = sorted.size();
        Signature[] sigs = new Signature[n];
        for (int i = 0; i < n; i++) {
            sigs[i] = signature(sorted.get(i));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                if (find(parent, x) != find(parent, y) && rules.linked(sigs[x], sigs[y])) {
                    parent[find(parent, y)] = find(parent, x);
                }
            }
        }
        List<Row> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (root != i) {
                edges.add(Tables.row(EDGE, sorted.get(i).<Long>getAs("aid"), sorted.get(root).<Long>getAs("aid")));
            }
        }
        return edges;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Signature signature(Row r) {
        List<Long> hashes = r.getList(r.fieldIndex("hashes"));
        long[] a = new long[hashes.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = hashes.get(i);
        }
        return new Signature(a, r.<Integer>getAs("shingles"));
    }

    private static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    /** A table the first step wrote, with its schema given (so the month is read as text, never inferred). */
    static Dataset<Row> read(SparkSession spark, String output, String table, StructType columns) {
        StructType schema = List.of(columns.fieldNames()).contains(Tables.MONTH) ? columns
                : columns.add(Tables.MONTH, DataTypes.StringType);
        return spark.read().schema(schema).parquet(AnalyzeJob.table(output, table));
    }
}
