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
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
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
 * The corpus step on records with events: copies of one text on other pages, reports of one visit from
 * several outlets, an actorless report, a party one article names without the country another gives.
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
        // One meeting: f names Xi without his country, g calls him Chinese; the envoy is placed in two
        // countries by h and i, so f's report of him keeps no country.
        Entity kim = party("person/kim-jong-un", "Kim Jong Un", "country/PRK");
        records.add(record("f.html", "The Herald", "2018-04-10", "Kim met Xi and an envoy in Beijing.",
                List.of(kim, party("person/xi-jinping", "Xi", null), party("person/envoy-han", "Han", null)),
                List.of(meeting(kim, "person/xi-jinping", "Xi", null, "Kim met Xi."),
                        meeting(party("person/envoy-han", "Han", null), kim.id(), kim.name(), "country/PRK",
                                "Han met Kim."))));
        records.add(record("g.html", "The Tribune", "2018-04-11", "Chinese President Xi Jinping met Kim Jong Un.",
                List.of(kim, party("person/xi-jinping", "Xi Jinping", "country/CHN")),
                List.of(meeting(party("person/xi-jinping", "Xi Jinping", "country/CHN"), kim.id(), kim.name(),
                        "country/PRK", "Xi Jinping met Kim Jong Un."))));
        records.add(record("h.html", "The Herald", "2018-05-02", "Han, a South Korean envoy, spoke.",
                List.of(party("person/envoy-han", "Han", "country/KOR")), List.of()));
        records.add(record("i.html", "The Tribune", "2018-05-03", "Han, the US envoy, spoke.",
                List.of(party("person/envoy-han", "Han", "country/USA")), List.of()));

        out = dir.resolve("out").toString();
        write(Tables.ARTICLES, Tables.ARTICLE, records.stream().map(r -> Tables.article(r.article(), 10, Optional.empty())));
        List<Row> events = new ArrayList<>();
        for (Record r : records) {
            for (int i = 0; i < r.events().size(); i++) {
                events.add(prefixed(Tables.EVENT, Tables.event(r.events().get(i)), r, "seq", i));
            }
        }
        write(Tables.EVENTS, Tables.prefixed(Tables.EVENT, Tables.column("sha256", DataTypes.StringType),
                Tables.column("seq", DataTypes.IntegerType)), events.stream());
        List<Row> entities = new ArrayList<>();
        for (Record r : records) {
            for (int i = 0; i < r.entities().size(); i++) {
                entities.add(prefixed(Tables.ENTITY, Tables.entity(r.entities().get(i)), r, "rank", i));
            }
        }
        write(Tables.ENTITIES, Tables.prefixed(Tables.ENTITY, Tables.column("sha256", DataTypes.StringType),
                Tables.column("rank", DataTypes.IntegerType)), entities.stream());
        counts = CorpusJob.run(spark, out, CorpusRules.project(), false);
    }

    private static Record record(String path, String publisher, String published, String body, List<Event> events) {
        return record(path, publisher, published, body, List.of(), events);
    }

    private static Record record(String path, String publisher, String published, String body, List<Entity> entities,
                                 List<Event> events) {
        SourceInfo src = Records.source(path, "<html><body><p>" + path + body + "</p></body></html>");
        return new Record(Records.article(src, "A headline", publisher, published, body), entities, List.of(), events);
    }

    /** A person as an article names them, with the country it gives them ({@code null}: none). */
    private static Entity party(String id, String name, String country) {
        return new Entity(id, name, EntityType.PERSON, List.of(), 1, List.of(), Optional.ofNullable(country),
                List.of(0));
    }

    /** A meeting on 9 April 2018 of {@code actor} (with the country its entity has) and a target. */
    private static Event meeting(Entity actor, String targetId, String target, String targetCountry, String evidence) {
        return new Event("CONSULT", Optional.of("meet"), EventStatus.REPORTED, Optional.of(actor.name()),
                Optional.of(actor.id()), actor.country(), Optional.of(target), Optional.of(targetId),
                Optional.ofNullable(targetCountry), Optional.empty(), Optional.of("2018-04-09"), evidence, 0, 0.9);
    }

    /** A row of a child table: the article's sha256 and the row's position, then its columns. */
    private static Row prefixed(StructType columns, Row row, Record r, String position, int index) {
        Object[] values = new Object[row.size() + 2];
        values[0] = r.article().source().sha256();
        values[1] = index;
        for (int i = 0; i < row.size(); i++) {
            values[i + 2] = row.get(i);
        }
        return Tables.row(Tables.prefixed(columns, Tables.column("sha256", DataTypes.StringType),
                Tables.column(position, DataTypes.IntegerType)), values);
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
        assertEquals(8, counts.reports());
        // The visit of 26 March: three articles, two of them one wire text, so two independent reports.
        MergedEvent march = actual.stream().filter(e -> e.date().equals(Optional.of("2018-03-26"))
                && e.type().equals("CONSULT")).findFirst().orElseThrow();
        assertEquals(3, march.sources().size());
        assertEquals(2, march.reports());
    }

    @Test
    void aPartyNamedWithoutACountryGetsTheOneTheOtherArticlesAgreeOn() {
        List<MergedEvent> april = new ArrayList<>();
        spark.read().schema(CorpusTables.TIMELINE).parquet(out + "/timeline").collectAsList().stream()
                .map(CorpusTables::entry).filter(e -> e.date().equals(Optional.of("2018-04-09"))).forEach(april::add);
        String f = records.get(5).article().source().sha256();
        // f's "Kim met Xi" is filled with Xi's country from g and meets g's report in one entry.
        MergedEvent xi = april.stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow(() -> new AssertionError(april));
        EventReport fromF = xi.sources().stream().filter(r -> r.sha256().equals(f)).findFirst().orElseThrow();
        assertEquals(Optional.of("country/CHN"), fromF.event().targetCountry());
        assertEquals(Optional.empty(), records.get(5).events().get(0).targetCountry(), "the article gives none");
        // The envoy is South Korean in h and American in i: no country is learned, the report stays alone.
        EventReport han = april.stream().flatMap(e -> e.sources().stream())
                .filter(r -> r.event().actorId().equals(Optional.of("person/envoy-han")))
                .findFirst().orElseThrow(() -> new AssertionError(april));
        assertEquals(Optional.empty(), han.event().actorCountry());
        assertEquals(2, april.size(), april.toString());
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
