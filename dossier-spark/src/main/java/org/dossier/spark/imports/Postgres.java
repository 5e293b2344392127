package org.dossier.spark.imports;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.core.model.Source;
import org.dossier.spark.table.Tables;

/**
 * The tables in PostgreSQL: one SQL table per Parquet table, with the same column names. Text, numbers
 * and booleans map to their SQL types, lists of text or integers to arrays ({@code text[]},
 * {@code integer[]}), nested records (foreign captions, a timeline entry's sources) to {@code jsonb}.
 * Keys: {@code articles (sha256)}; {@code entities (sha256, rank)}; {@code quotes} and {@code events
 * (sha256, seq)}; {@code duplicates (sha256)}; {@code timeline (id)}; {@code errors (error_key)}, a hash
 * of location, stage and reason. Rows are inserted with {@code ON CONFLICT DO NOTHING}, so an import
 * run twice, or of two overlapping job outputs, adds each row once. The tables are created when missing
 * ({@link #ddl}). Each Spark partition writes through its own connection, so the copy runs on the
 * executors of a cluster as well as in one process. Thread-safe (holds only the URL).
 */
final class Postgres implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int BATCH = 500;

    /** A table to copy: name, columns (without month), key columns, whether partitioned by month. */
    record Table(String name, StructType columns, List<String> key, boolean partitioned, boolean required)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final List<Table> TABLES = List.of(
            new Table(Tables.ARTICLES, Tables.ARTICLE, List.of("sha256"), true, true),
            new Table(Tables.ENTITIES, child(Tables.ENTITY, "rank"), List.of("sha256", "rank"), true, true),
            new Table(Tables.QUOTES, child(Tables.QUOTE, "seq"), List.of("sha256", "seq"), true, true),
            new Table(Tables.EVENTS, child(Tables.EVENT, "seq"), List.of("sha256", "seq"), true, true),
            new Table(Tables.ERRORS, Tables.ERROR, List.of("error_key"), false, true),
            new Table(Tables.DUPLICATES, DataTypes.createStructType(List.of(
                    Tables.column("sha256", DataTypes.StringType),
                    Tables.column("duplicate_group", DataTypes.StringType))), List.of("sha256"), true, false),
            new Table(Tables.TIMELINE, ParquetImport.timelineColumns(), List.of("id"), true, false));

    private final String url;

    Postgres(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host/db…): " + url);
        }
        this.url = url;
    }

    private static StructType child(StructType columns, String position) {
        return Tables.prefixed(columns, Tables.column("sha256", DataTypes.StringType),
                Tables.column(position, DataTypes.IntegerType));
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for a table. */
    static String ddl(Table t) {
        StringJoiner cols = new StringJoiner(",\n  ", "CREATE TABLE IF NOT EXISTS " + t.name() + " (\n  ", "");
        if (t.key().equals(List.of("error_key"))) {
            cols.add("error_key text NOT NULL");
        }
        for (StructField f : t.columns().fields()) {
            cols.add(quote(f.name()) + " " + sqlType(f.dataType()) + (t.key().contains(f.name()) ? " NOT NULL" : ""));
        }
        if (t.partitioned()) {
            cols.add("month text NOT NULL");
        }
        cols.add("PRIMARY KEY (" + String.join(", ", t.key()) + ")");
        return cols + "\n)";
    }

    static String sqlType(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return "text";
        }
        if (type.equals(DataTypes.LongType)) {
            return "bigint";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "integer";
        }
        if (type.equals(DataTypes.BooleanType)) {
            return "boolean";
        }
        if (type.equals(DataTypes.DoubleType)) {
            return "double precision";
        }
        if (type instanceof ArrayType a && !(a.elementType() instanceof StructType)) {
            return sqlType(a.elementType()) + "[]";
        }
        return "jsonb";
    }

    /** Column names that are SQL words ({@code offset}) are quoted. */
    private static String quote(String name) {
        return name.equals("offset") ? "\"offset\"" : name;
    }

    void create(Table t) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(ddl(t));
        }
    }

    /** Inserts every row of {@code table} not yet there; returns the number of rows read. */
    long copy(Table t, Dataset<Row> table) {
        List<String> names = new ArrayList<>();
        if (t.key().equals(List.of("error_key"))) {
            names.add("error_key");
        }
        for (StructField f : t.columns().fields()) {
            names.add(quote(f.name()));
        }
        if (t.partitioned()) {
            names.add("month");
        }
        StringJoiner values = new StringJoiner(", ");
        if (t.key().equals(List.of("error_key"))) {
            values.add("?");
        }
        for (StructField f : t.columns().fields()) {
            values.add(sqlType(f.dataType()).equals("jsonb") ? "?::jsonb" : "?");
        }
        if (t.partitioned()) {
            values.add("?");
        }
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES (" + values
                + ") ON CONFLICT DO NOTHING";
        Postgres self = this;
        Dataset<Long> counts = table.mapPartitions((MapPartitionsFunction<Row, Long>) rows ->
                List.of(self.insert(t, sql, rows)).iterator(), Encoders.LONG());
        return counts.collectAsList().stream().mapToLong(Long::longValue).sum();
    }

    private long insert(Table t, String sql, Iterator<Row> rows) throws SQLException {
        long n = 0;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                while (rows.hasNext()) {
                    bind(c, ps, t, rows.next());
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return n;
    }

    private static void bind(Connection c, PreparedStatement ps, Table t, Row r) throws SQLException {
        int i = 1;
        if (t.key().equals(List.of("error_key"))) {
            String key = r.getAs("location") + "\n" + r.getAs("stage") + "\n" + r.getAs("reason");
            ps.setString(i++, Source.sha256(key.getBytes(StandardCharsets.UTF_8)));
        }
        for (StructField f : t.columns().fields()) {
            int at = r.fieldIndex(f.name());
            Object v = r.isNullAt(at) ? null : r.get(at);
            String type = sqlType(f.dataType());
            if (v == null) {
                ps.setNull(i++, type.endsWith("[]") ? Types.ARRAY : type.equals("jsonb") ? Types.OTHER : Types.NULL);
            } else if (type.equals("jsonb")) {
                ps.setString(i++, json(v));
            } else if (type.endsWith("[]")) {
                List<Object> list = r.getList(at);
                ps.setArray(i++, c.createArrayOf(type.substring(0, type.length() - 2), list.toArray()));
            } else {
                ps.setObject(i++, v);
            }
        }
        if (t.partitioned()) {
            ps.setString(i, r.getAs(Tables.MONTH));
        }
    }

    /** A struct or a list of structs as JSON text. */
    private static String json(Object v) {
        if (v instanceof Row row) {
            return row.json();
        }
        StringJoiner a = new StringJoiner(",", "[", "]");
        scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) v)
                .forEach(x -> a.add(json(x)));
        return a.toString();
    }

    private Connection connect() throws SQLException {
        // The driver directly: DriverManager does not see drivers in a job jar Spark loaded in a child class loader.
        Connection c = new org.postgresql.Driver().connect(url, new Properties());
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept the URL " + url);
        }
        return c;
    }
}
