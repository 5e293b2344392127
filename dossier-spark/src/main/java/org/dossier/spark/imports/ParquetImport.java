package org.dossier.spark.imports;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.core.model.Record;
import org.dossier.spark.corpus.CorpusTables;
import org.dossier.spark.job.AnalyzeJob;
import org.dossier.spark.table.Tables;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.query.PutResult;

/**
 * {@code dossier import-parquet}: loads the tables a Spark job wrote into the embedded store (so the
 * web page and the read commands can browse them) or into a PostgreSQL database a team shares.
 *
 * <p>Into the store, each article is rebuilt as the {@link Record} it was ({@link Tables#record}) and
 * put with {@link Store#put}, so the store keys, deduplicates, indexes and merges it as if it had been
 * ingested; error rows become the store's errors. The raw bytes are not in the tables, so {@code dossier
 * reprocess} keeps these records as they are. Into PostgreSQL, every table is copied as it is
 * ({@link Postgres}). Importing twice adds nothing the second time. Not thread-safe.
 */
public final class ParquetImport {
    private ParquetImport() {
    }

    /** Loads the tables under {@code input} into the store in {@code dataDir}. */
    public static ImportCounts toStore(SparkSession spark, String input, Path dataDir, String processedBy)
            throws StoreException {
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        long stored = 0;
        long articles = 0;
        try (Store store = Store.open(dataDir, Store.Mode.WRITE)) {
            Iterator<Row> it = records(spark, input).toLocalIterator();
            while (it.hasNext()) {
                Row r = it.next();
                Row article = r.getAs("a");
                Record record = Tables.record(article, list(r, "entities"), list(r, "quotes"), list(r, "events"));
                PutResult result = store.put(Tables.sourceInfo(article), record, processedBy);
                articles++;
                if (result.outcome() == PutResult.Outcome.NEW) {
                    stored++;
                }
            }
            rows.put(Tables.ARTICLES, articles);
            long errors = 0;
            Iterator<Row> errs = read(spark, input, Tables.ERRORS, Tables.ERROR, false).toLocalIterator();
            while (errs.hasNext()) {
                Row e = errs.next();
                store.recordError(e.getAs("location"), "spark " + e.getAs("stage"), e.getAs("reason"));
                errors++;
            }
            rows.put(Tables.ERRORS, errors);
            store.flush();
        }
        return new ImportCounts(rows, stored, (System.nanoTime() - start) / 1e9);
    }

    /** Copies every table under {@code input} into the PostgreSQL database at {@code jdbcUrl}. */
    public static ImportCounts toPostgres(SparkSession spark, String input, String jdbcUrl) throws java.sql.SQLException {
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        Postgres pg = new Postgres(jdbcUrl);
        for (Postgres.Table t : Postgres.TABLES) {
            if (!t.required() && !exists(spark, input, t.name())) {
                continue; // the corpus step's tables are there only when it ran
            }
            Dataset<Row> table = read(spark, input, t.name(), t.columns(), t.partitioned());
            pg.create(t);
            rows.put(t.name(), pg.copy(t, table));
        }
        return new ImportCounts(rows, -1, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The tables under {@code input} joined into one row per article: {@code sha256}, {@code a} (the
     * article's columns) and {@code entities}, {@code quotes}, {@code events} (lists of their rows in
     * order, null when the article has none), ready for {@link Tables#record}.
     */
    public static Dataset<Row> records(SparkSession spark, String input) {
        Dataset<Row> articles = read(spark, input, Tables.ARTICLES, Tables.ARTICLE, true);
        Dataset<Row> out = articles.select(col("sha256"), struct(col("*")).as("a"));
        out = out.join(children(spark, input, Tables.ENTITIES, Tables.ENTITY, "rank"), "sha256", "left");
        out = out.join(children(spark, input, Tables.QUOTES, Tables.QUOTE, "seq"), "sha256", "left");
        return out.join(children(spark, input, Tables.EVENTS, Tables.EVENT, "seq"), "sha256", "left");
    }

    /** {@code sha256} and the list of its rows in a column named after the table, by position. */
    private static Dataset<Row> children(SparkSession spark, String input, String table, StructType columns,
                                         String position) {
        StructType schema = Tables.prefixed(columns, Tables.column(position, DataTypes.IntegerType));
        Dataset<Row> rows = read(spark, input, table,
                Tables.prefixed(schema, Tables.column("sha256", DataTypes.StringType)), true);
        Column[] fields = java.util.Arrays.stream(schema.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
        // Sorting structs sorts by their first field, the position.
        return rows.groupBy("sha256").agg(sort_array(collect_list(struct(fields))).as(table));
    }

    private static List<Row> list(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? List.of() : r.getList(i); // an article without any has no row to join
    }

    /** A table with its schema given; partitioned tables get their month column as text. */
    static Dataset<Row> read(SparkSession spark, String input, String table, StructType columns, boolean partitioned) {
        StructType schema = partitioned ? columns.add(Tables.MONTH, DataTypes.StringType) : columns;
        return spark.read().schema(schema).parquet(AnalyzeJob.table(input, table));
    }

    static boolean exists(SparkSession spark, String input, String table) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(AnalyzeJob.table(input, table));
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The corpus step's tables, for {@link Postgres}. */
    static StructType timelineColumns() {
        StructType t = CorpusTables.TIMELINE;
        return DataTypes.createStructType(java.util.Arrays.stream(t.fields())
                .filter(f -> !f.name().equals(Tables.MONTH)).toList());
    }
}
