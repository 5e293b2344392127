package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.nlp.Analyzer;
import org.dossier.spark.corpus.CorpusCounts;
import org.dossier.spark.corpus.CorpusJob;
import org.dossier.spark.corpus.CorpusRules;
import org.dossier.spark.corpus.CorpusTables;
import org.dossier.spark.corpus.MergedEvent;
import org.dossier.spark.imports.ImportCounts;
import org.dossier.spark.imports.ParquetImport;
import org.dossier.spark.job.AnalyzeJob;
import org.dossier.spark.job.JobConfig;
import org.dossier.spark.job.JobCounts;
import org.dossier.spark.table.Tables;
import org.dossier.store.db.Store;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark local mode (two cores) on a WARC built from the project's sample pages with hostile
 * records among them: its tables must hold exactly what {@code dossier analyze} (the same Extractor and
 * Analyzer over the same WARC) gives, its errors exactly the pages analyze refuses, and its timeline
 * exactly the single-machine merge of those records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {
    // Floors well under what the samples give today (see the output of the first test), so the equality
    // below is never between empty tables, with room for the rules to change.
    // (2026-11-23: 13 articles, 65 quotes, 38 events in 10 articles, 30 timeline entries, 3 merging reports,
    // 7 reports with a party's country learned from another article.)
    static final long MIN_EVENTS = 20;
    static final long MIN_ARTICLES_WITH_EVENTS = 6;
    static final long MIN_QUOTES = 30;
    static final long MIN_TIMELINE_ENTRIES = 15;
    static final long MIN_MERGED_ENTRIES = 1;
    static final long MIN_FILLED_REPORTS = 1;

    @TempDir
    static Path dir;

    SparkSession spark;
    String warc;
    String out;
    JobCounts counts;
    CorpusCounts corpus;
    /** What `dossier analyze` gives for the WARC: records by sha256 (first location kept), and errors. */
    Map<String, Record> expected = new TreeMap<>();
    Set<String> expectedErrors = new TreeSet<>();

    @BeforeAll
    void runTheJobAndTheSingleMachine() throws Exception {
        warc = SampleWarcs.withHostileRecords(dir.resolve("samples.warc.gz")).toString();
        out = dir.resolve("out").toString();
        spark = Sessions.create(Optional.of("local[2]"), Map.of("spark.sql.shuffle.partitions", "4"));
        counts = AnalyzeJob.run(spark, List.of(warc), out, JobConfig.defaults(), false);
        corpus = CorpusJob.run(spark, out, CorpusRules.project(), false);

        Extractor extractor = Extractor.withDefaults();
        Analyzer analyzer = Analyzer.withDefaults();
        try (InputReader reader = InputReader.open(List.of(warc), InputOptions.defaults(),
                new ByteArrayInputStream(new byte[0]))) {
            for (SourceItem item : reader) {
                if (item instanceof SourceItem.Failed f) {
                    expectedErrors.add(f.location() + " | " + f.reason());
                    continue;
                }
                Source s = ((SourceItem.Read) item).source();
                try {
                    Record r = analyzer.analyze(extractor.extract(s));
                    expected.putIfAbsent(s.ref().sha256(), r);
                } catch (ExtractionException e) {
                    expectedErrors.add(s.ref().location() + " | " + e.reason());
                }
            }
        }
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theTablesHoldWhatAnalyzeGives() {
        Map<String, String> actual = new TreeMap<>();
        Iterator<Row> it = ParquetImport.records(spark, out).toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            Record record = Tables.record(r.getAs("a"), list(r, "entities"), list(r, "quotes"), list(r, "events"));
            actual.put(record.article().source().sha256(), RecordJson.line(RecordJson.record(record)));
        }
        Map<String, String> want = new TreeMap<>();
        expected.forEach((sha, r) -> want.put(sha, RecordJson.line(RecordJson.record(r))));
        assertTrue(want.size() >= 12, "every HTML sample is an article: " + want.size());
        assertEquals(want, actual);
        assertEquals(want.size(), counts.articles());
        long entities = expected.values().stream().mapToLong(r -> r.entities().size()).sum();
        assertTrue(entities > 0);
        assertEquals(entities, spark.read().parquet(out + "/entities").count());
        // The samples report summits, visits and sanctions: equality must cover real events and quotes.
        long events = expected.values().stream().mapToLong(r -> r.events().size()).sum();
        long withEvents = expected.values().stream().filter(r -> !r.events().isEmpty()).count();
        long quotes = expected.values().stream().mapToLong(r -> r.quotes().size()).sum();
        System.out.println("SparkJobIT: " + want.size() + " articles, " + entities + " entities, " + quotes
                + " quotes, " + events + " events in " + withEvents + " articles");
        assertTrue(events >= MIN_EVENTS && withEvents >= MIN_ARTICLES_WITH_EVENTS,
                events + " events in " + withEvents + " articles");
        assertTrue(quotes >= MIN_QUOTES, quotes + " quotes");
        assertEquals(events, spark.read().parquet(out + "/events").count());
        assertEquals(quotes, spark.read().parquet(out + "/quotes").count());
    }

    @Test
    void badRecordsAreErrorsAndCountsAndTheJobSucceeds() {
        List<Row> rows = spark.read().parquet(out + "/errors").collectAsList();
        Set<String> actual = new TreeSet<>();
        rows.forEach(r -> actual.add(r.getAs("location") + " | " + r.getAs("reason")));
        assertEquals(expectedErrors, actual);
        assertTrue(actual.stream().anyMatch(e -> e.contains("binary.example") && e.contains("binary")), actual.toString());
        assertTrue(actual.stream().anyMatch(e -> e.contains("truncated")), actual.toString());
        for (Row r : rows) {
            assertEquals(warc, r.getAs("file"));
            assertTrue(r.getAs("offset") != null, r.toString());
        }
        assertEquals(rows.size(), counts.errors());
        assertEquals(1L, counts.counters().get("non-HTML payloads skipped"), "the PNG");
        assertEquals(1L, counts.duplicates(), "the first sample crawled twice");
        assertEquals(1L, counts.counters().get("WARC files"));
        assertEquals(counts.counters().get("HTML pages read"),
                counts.counters().get("records") + counts.counters().get("extraction errors")
                        + counts.counters().get("analysis errors"));
    }

    @Test
    void aPageInAnUndeclaredCharsetIsReadAsAnalyzeReadsIt() {
        List<Row> rows = spark.read().parquet(out + "/articles").where("url = 'https://undeclared.example/story'")
                .collectAsList();
        assertEquals(1, rows.size(), "windows-1251 without a declaration is still an article");
        String body = rows.get(0).getAs("body");
        assertTrue(body.contains("Городской совет"), body);
    }

    @Test
    void articlesArePartitionedByPublicationMonth() {
        List<Row> months = spark.read().parquet(out + "/articles").select("month", "published").collectAsList();
        for (Row r : months) {
            assertEquals(Tables.month(Optional.ofNullable(r.getAs("published"))), r.getAs("month"));
        }
    }

    @Test
    void theTimelineIsTheSingleMachineMerge() {
        List<MergedEvent> want = new ArrayList<>(CorpusRules.project().merge(expected.values()));
        want.sort(java.util.Comparator.comparing(MergedEvent::id)); // the single machine lists them by date
        List<MergedEvent> actual = new ArrayList<>();
        spark.read().schema(CorpusTables.TIMELINE).parquet(out + "/timeline").collectAsList()
                .forEach(r -> actual.add(CorpusTables.entry(r)));
        actual.sort(java.util.Comparator.comparing(MergedEvent::id));
        long multi = want.stream().filter(e -> e.sources().size() > 1).count();
        System.out.println("SparkJobIT: " + want.size() + " timeline entries, " + multi + " with several reports");
        assertTrue(want.size() >= MIN_TIMELINE_ENTRIES, want.size() + " timeline entries");
        assertTrue(multi >= MIN_MERGED_ENTRIES, multi + " entries merge several reports");
        // Reports whose party's country comes from another article, not their own (a person named
        // without "Chinese" in one article, called Chinese in another): the job must fill them as the
        // single machine does, or the equality below fails.
        long filled = want.stream().flatMap(e -> java.util.stream.Stream.concat(e.sources().stream(),
                e.ambiguousSources().stream())).filter(r -> !expected.get(r.sha256()).events().get(r.seq())
                .equals(r.event())).count();
        System.out.println("SparkJobIT: " + filled + " reports with a party's country learned from other articles");
        assertTrue(filled >= MIN_FILLED_REPORTS, filled + " reports filled");
        assertEquals(want, actual);
        assertEquals(expected.size(), corpus.articles());
    }

    @Test
    void importIntoTheStoreGivesTheRecordsAndASecondImportAddsNothing() throws Exception {
        Path data = dir.resolve("data");
        ImportCounts first = ParquetImport.toStore(spark, out, data, "test");
        assertEquals(expected.size(), first.stored());
        ImportCounts second = ParquetImport.toStore(spark, out, data, "test");
        assertEquals(0, second.stored());
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertEquals(expected.size(), store.counts().articles());
            // The store keeps one row per canonical entity, and each article's mentions of it.
            assertEquals(expected.values().stream().flatMap(r -> r.entities().stream()).map(e -> e.id()).distinct()
                    .count(), store.counts().entities());
        }
    }

    /**
     * PostgreSQL: runs when {@code DOSSIER_TEST_JDBC} names a database ({@code .ci/run} starts one on
     * loopback); skipped otherwise.
     */
    @Test
    void importIntoPostgresCopiesEveryTableOnce() throws Exception {
        String url = System.getenv("DOSSIER_TEST_JDBC");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "DOSSIER_TEST_JDBC is not set");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS articles, entities, quotes, events, errors, duplicates, timeline");
        }
        ImportCounts first = ParquetImport.toPostgres(spark, out, url);
        ImportCounts second = ParquetImport.toPostgres(spark, out, url);
        assertEquals(first.rows(), second.rows());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(expected.size(), count(s, "SELECT count(*) FROM articles"));
            assertEquals(expectedErrors.size(), count(s, "SELECT count(*) FROM errors"));
            assertEquals(expected.values().stream().mapToLong(r -> r.entities().size()).sum(),
                    count(s, "SELECT count(*) FROM entities"));
            try (ResultSet rs = s.executeQuery("SELECT authors, foreign_captions::text, month FROM articles "
                    + "WHERE url = 'https://undeclared.example/story'")) {
                assertTrue(rs.next());
                assertTrue(rs.getArray(1).getArray() instanceof String[]);
                assertEquals("[]", rs.getString(2));
            }
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Row> list(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? List.of() : r.getList(i);
    }
}
