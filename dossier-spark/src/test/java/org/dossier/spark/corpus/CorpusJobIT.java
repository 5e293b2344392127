package org.dossier.spark.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.spark.job.AnalyzeJob;
import org.dossier.spark.table.Tables;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus step on records with events (the sample pages have none until the event coder lands):
 * copies of one text on other pages, reports of one visit from several outlets, an actorless report.
 * Its duplicate groups and timeline must equal the single-machine ones for the same records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobIT {
    @TempDir
    static Path dir;

    SparkSession spark;
    List<Record> records = new ArrayList<>();
    String out;
    CorpusCounts counts;

    @BeforeAll
    void writeTablesAndRun() {
        spark = SparkSession.builder().master("local[2]").appName("corpus-test").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        String wire = "Kim Jong Un arrived in Beijing on Monday for talks with Xi Jinping, officials said.\n\n"
                + "The visit was his first trip abroad since he took power.";
        Event visit = Records.visit("person/kim-jong-un", "Kim Jong Un", "country/CHN", "China", "2018-03-26",
                "Kim Jong Un arrived in Beijing on Monday.");
        records.add(record("a.html", "The Ledger", "2018-03-27", wire, List.of(visit)));
        records.add(record("b.html", "The Courier", "2018-03-28", wire, List.of(visit)));
        records.add(record("c.html", "The Observer", "2018-03-26", "Kim Jong Un met Xi Jinping in Beijing.",
                List.of(visit, new Event("ACCUSE", Optional.empty(), EventStatus.REPORTED, Optional.of("officials"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("2018-03-26"), "Officials accused nobody.", 40, 0.5))));
        records.add(record("d.html", "The Post", null, "Kim Jong Un visited Beijing again later.",
                List.of(Records.visit("person/kim-jong-un", "Kim", "country/CHN", "China", "2018-05-08", "Kim went."))));
        records.add(record("e.html", "The Gazette", "2018-06-01", "Nothing happened today in the city.", List.of()));

        out = dir.resolve("out").toString();
        write(Tables.ARTICLES, Tables.ARTICLE, records.stream().map(r -> Tables.article(r.article(), 10, Optional.empty())));
        List<Row> events = new ArrayList<>();
        for (Record r : records) {
            for (int i = 0; i < r.events().size(); i++) {
                events.add(prefixed(Tables.event(r.events().get(i)), r, i));
            }
        }
        write(Tables.EVENTS, Tables.prefixed(Tables.EVENT, Tables.column("sha256", DataTypes.StringType),
                Tables.column("seq", DataTypes.IntegerType)), events.stream());
        counts = CorpusJob.run(spark, out, CorpusRules.project(), false);
    }

    private static Record record(String path, String publisher, String published, String body, List<Event> events) {
        SourceInfo src = Records.source(path, "<html><body><p>" + path + body + "</p></body></html>");
        return new Record(Records.article(src, "A headline", publisher, published, body), List.of(), List.of(), events);
    }

    private Row prefixed(Row event, Record r, int seq) {
        Object[] values = new Object[event.size() + 2];
        values[0] = r.article().source().sha256();
        values[1] = seq;
        for (int i = 0; i < event.size(); i++) {
            values[i + 2] = event.get(i);
        }
        return Tables.row(Tables.prefixed(Tables.EVENT, Tables.column("sha256", DataTypes.StringType),
                Tables.column("seq", DataTypes.IntegerType)), values);
    }

    /** Writes rows as the first step does: with the article's month, partitioned by it. */
    private void write(String table, StructType schema, java.util.stream.Stream<Row> rows) {
        Map<String, String> months = new TreeMap<>();
        records.forEach(r -> months.put(r.article().source().sha256(), Tables.month(r.article().published())));
        List<Row> withMonth = rows.map(r -> {
            Object[] v = new Object[r.size() + 1];
            for (int i = 0; i < r.size(); i++) {
                v[i] = r.get(i);
            }
            v[r.size()] = months.get(r.<String>getAs("sha256"));
            return Tables.row(schema.add(Tables.MONTH, DataTypes.StringType), v);
        }).toList();
        Dataset<Row> df = spark.createDataFrame(withMonth, schema.add(Tables.MONTH, DataTypes.StringType));
        df.write().partitionBy(Tables.MONTH).parquet(AnalyzeJob.table(out, table));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theTimelineEqualsTheSingleMachineMerge() {
        List<MergedEvent> want = new ArrayList<>(CorpusRules.project().merge(records));
        want.sort(Comparator.comparing(MergedEvent::id)); // the single machine lists them by date
        List<MergedEvent> actual = new ArrayList<>();
        spark.read().schema(CorpusTables.TIMELINE).parquet(out + "/timeline").collectAsList()
                .forEach(r -> actual.add(CorpusTables.entry(r)));
        actual.sort(Comparator.comparing(MergedEvent::id));
        assertEquals(want, actual);
        assertEquals(want.size(), counts.entries());
        assertEquals(5, counts.reports());
        // The visit of 26 March: three articles, two of them one wire text, so two independent reports.
        MergedEvent march = actual.stream().filter(e -> e.date().equals(Optional.of("2018-03-26"))
                && e.type().equals("CONSULT")).findFirst().orElseThrow();
        assertEquals(3, march.sources().size());
        assertEquals(2, march.reports());
    }

    @Test
    void copiesFormOneGroupNamedByTheEarliest() {
        List<Row> rows = spark.read().parquet(out + "/duplicates").collectAsList();
        assertEquals(2, rows.size(), rows.toString());
        String earliest = records.get(0).article().source().sha256();
        rows.forEach(r -> assertEquals(earliest, r.getAs("duplicate_group")));
        assertEquals(1, counts.duplicateGroups());
        assertTrue(rows.stream().allMatch(r -> r.getAs("month").equals("2018-03")));
    }
}
