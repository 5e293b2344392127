package org.dossier.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Record;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineFilter;
import org.dossier.store.query.ArticleInfo;
import org.dossier.store.query.Filter;
import org.dossier.store.query.PutResult;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The store's timeline is the timeline's: articles merged one at a time, in any order, give exactly
 * the entries {@link Timeline#merge} gives for all of them at once, near-duplicates included.
 */
class StoreTimelineTest {
    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** Every story, stored once for the tests that only read. */
    private static Store filled;

    @BeforeAll
    static void fill() throws Exception {
        filled = Store.open(shared.resolve("filled"), Store.Mode.WRITE);
        STORIES.forEach((src, r) -> put(filled, src, r));
    }

    @AfterAll
    static void close() {
        filled.close();
    }

    private static final Map<SourceInfo, Record> STORIES = Stories.all();

    /** What the timeline's rules give for every story at once. */
    private static final List<TimelineEntry> EXPECTED = Timeline.merge(STORIES.values());

    private List<TimelineEntry> ingest(String dir, List<SourceInfo> order) throws Exception {
        try (Store store = Store.open(tmp.resolve(dir), Store.Mode.WRITE)) {
            for (SourceInfo src : order) {
                assertEquals(PutResult.Outcome.NEW, store.put(src, STORIES.get(src), "test").outcome());
            }
            return store.timeline(Filter.all());
        }
    }

    @Test
    void articlesAddedOneAtATimeInAnyOrderGiveTheTimelineOfAllAtOnce() throws Exception {
        List<SourceInfo> all = new ArrayList<>(STORIES.keySet());
        List<SourceInfo> a = all.subList(0, all.size() / 2);
        List<SourceInfo> b = all.subList(all.size() / 2, all.size());
        List<SourceInfo> aThenB = new ArrayList<>(a);
        aThenB.addAll(b);
        List<SourceInfo> bThenA = new ArrayList<>(b);
        bThenA.addAll(a);
        assertEquals(EXPECTED, ingest("ab", aThenB));
        assertEquals(EXPECTED, ingest("ba", bThenA));
        Random random = new Random(5);
        for (int i = 0; i < 3; i++) {
            List<SourceInfo> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            assertEquals(EXPECTED, ingest("shuffled-" + i, shuffled), "order " + shuffled);
        }
    }

    @Test
    void theStoriesMakeTheEntriesTheRulesPromise() {
        // Guards the fixture: if the rules changed, the comparisons above could pass on a trivial timeline.
        TimelineEntry march = entry(e -> e.mode().equals(Optional.of("visit")) && e.date().equals(
                Optional.of("2018-03-25/2018-03-28")));
        assertEquals(4, march.sources().size(), march.toString());
        assertEquals(3, march.reports(), "the wire story and its copy are one report");
        TimelineEntry meeting = entry(e -> e.mode().equals(Optional.of("meet")));
        assertEquals(3, meeting.sources().size(), "both sides and the countries' report are one meeting");
        TimelineEntry may = entry(e -> e.date().equals(Optional.of("2018-05-07/2018-05-08")));
        assertEquals(1, may.ambiguousSources().size(), "the undated mention fits March and May");
        assertEquals(6, EXPECTED.size(), EXPECTED.toString());
        entry(e -> e.status().name().equals("PLANNED"));
    }

    private static TimelineEntry entry(Predicate<TimelineEntry> which) {
        List<TimelineEntry> found = EXPECTED.stream().filter(which).toList();
        assertEquals(1, found.size(), EXPECTED.toString());
        return found.get(0);
    }

    @Test
    void aWireCopyCountsOnceWhicheverCopyArrivesFirst() throws Exception {
        SourceInfo wire = Stories.source("wire");
        SourceInfo copy = Stories.source("wire-copy");
        for (List<SourceInfo> order : List.of(List.of(wire, copy), List.of(copy, wire))) {
            List<TimelineEntry> entries = ingest("wire-" + order.get(0).ref().path().orElseThrow(), order);
            assertEquals(1, entries.size(), entries.toString());
            TimelineEntry e = entries.get(0);
            assertEquals(2, e.sources().size());
            assertEquals(1, e.reports());
            // The group is named after the earlier copy, even when the later one came first.
            assertTrue(e.sources().stream().map(Report::duplicateGroup)
                    .allMatch(g -> g.equals(wire.ref().sha256())), e.toString());
            assertEquals(Timeline.merge(List.of(STORIES.get(wire), STORIES.get(copy))), entries);
        }
    }

    @Test
    void theSameRecordTwiceOrItsTextFromAnotherPayloadAddsNoSource() throws Exception {
        try (Store store = Store.open(tmp.resolve("again"), Store.Mode.WRITE)) {
            STORIES.forEach((src, r) -> put(store, src, r));
            STORIES.forEach((src, r) -> assertEquals(PutResult.Outcome.ALREADY_STORED, put(store, src, r)));
            SourceInfo other = Stories.source("ledger-mirror");
            Record ledger = STORIES.get(Stories.source("ledger"));
            Record mirrored = new Record(ledger.article().toBuilder().source(other.ref()).build(), List.of(), List.of(),
                    ledger.events());
            assertEquals(PutResult.Outcome.SAME_ARTICLE, put(store, other, mirrored));
            assertEquals(EXPECTED, store.timeline(Filter.all()));
        }
    }

    private static PutResult.Outcome put(Store store, SourceInfo src, Record r) {
        try {
            return store.put(src, r, "test").outcome();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aVersion1StoreGetsTheTimelineOfItsArticlesWhenOpened() throws Exception {
        Path dir = tmp.resolve("old");
        ingest("old", new ArrayList<>(STORIES.keySet()));
        // Turn it into what Dossier wrote at schema version 1: the same articles and events, the old
        // timeline tables (with an entry of the old merge), no fingerprints.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement()) {
            for (String table : List.of("timeline_actors", "timeline_links", "timeline_reports", "timeline_entries",
                    "band_keys", "article_fingerprints", "party_countries")) {
                s.execute("DROP TABLE " + table);
            }
            for (String sql : Schema.MIGRATIONS.get(0).statements()) {
                if (sql.contains("timeline_")) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO timeline_entries (type, status, reports) VALUES ('CONSULT', 'REPORTED', 7)");
            s.execute("DROP INDEX articles_sha256");
            s.execute("DELETE FROM schema_version WHERE version > 1");
        }
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            assertEquals(EXPECTED, store.timeline(Filter.all()));
            assertEquals(EXPECTED.size(), store.counts().timelineEntries());
        }
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            assertEquals(EXPECTED, store.timeline(Filter.all()), "opening again changes nothing");
        }
    }

    @Test
    void aVersion2StoreWithReportsInsideItsEntriesIsRebuiltWithAReportPerRow() throws Exception {
        Path dir = tmp.resolve("v2");
        ingest("v2", new ArrayList<>(STORIES.keySet()));
        OldSchemas.toVersion2(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE timeline_entries SET entry = '{\"sources\": \"of version 2\"}'");
        }
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            assertEquals(EXPECTED, store.timeline(Filter.all()));
        }
    }

    @Test
    void aVersion3StoreKeepsItsTimelineWithEachReportStoredOnce() throws Exception {
        Path dir = tmp.resolve("v3");
        ingest("v3", new ArrayList<>(STORIES.keySet()));
        Set<Long> entries = ids(dir, "SELECT id FROM timeline_entries");
        int reports = ids(dir, "SELECT id FROM timeline_reports").size();
        int links = ids(dir, "SELECT entry * 1000000 + report FROM timeline_links").size();
        assertTrue(reports < links, "the stories hold a report that fits two entries: " + reports + " reports, "
                + links + " links");
        OldSchemas.toVersion3(dir);
        assertEquals(links, ids(dir, "SELECT id FROM timeline_sources").size(), "version 3 has a row per link");
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            assertEquals(EXPECTED, store.timeline(Filter.all()));
        }
        assertEquals(entries, ids(dir, "SELECT id FROM timeline_entries"), "the entries are moved, not rebuilt");
        assertEquals(reports, ids(dir, "SELECT id FROM timeline_reports").size());
        assertEquals(links, ids(dir, "SELECT entry * 1000000 + report FROM timeline_links").size());
    }

    @Test
    void aReportJoiningAnEntryWritesItsOwnRowAndLeavesTheOthers() throws Exception {
        Path dir = tmp.resolve("incremental");
        SourceInfo copy = Stories.source("wire-copy");
        List<SourceInfo> others = new ArrayList<>(STORIES.keySet());
        others.remove(copy);
        ingest("incremental", others);
        Set<Long> before = ids(dir, "SELECT id FROM timeline_reports");
        Set<Long> entriesBefore = ids(dir, "SELECT id FROM timeline_entries");
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            put(store, copy, STORIES.get(copy));
            assertEquals(EXPECTED, store.timeline(Filter.all()));
        }
        Set<Long> after = ids(dir, "SELECT id FROM timeline_reports");
        assertTrue(after.containsAll(before), "no stored report is written again");
        assertEquals(before.size() + STORIES.get(copy).events().size(), after.size());
        assertEquals(entriesBefore, ids(dir, "SELECT id FROM timeline_entries"), "the entry it joined keeps its row");
    }

    @Test
    void reportsOfARolledBackTransactionAreForgottenByTheNextMerge() throws Exception {
        List<Record> records = new ArrayList<>(STORIES.values());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("rollback.db"))) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            Schema.migrate(c, "rollback.db");
            Db db = new Db(c);
            TimelineDao dao = new TimelineDao(db);
            Record first = records.get(0);
            c.setAutoCommit(false);
            for (Record r : records.subList(1, records.size())) {
                dao.add(Report.fromRecord(r, r.article().source().sha256()));
            }
            c.rollback();
            dao.forget();
            dao.add(Report.fromRecord(first, first.article().source().sha256()));
            c.commit();
            List<Report> only = Report.fromRecord(first, first.article().source().sha256());
            assertEquals(Timeline.mergeReports(only), dao.list(Filter.all()),
                    "only the committed article's reports are on the timeline");
            db.closeStatements();
        }
    }

    private static Set<Long> ids(Path dir, String sql) throws Exception {
        Set<Long> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "actor {0}, type {1}, since {2}, until {3}")
    @CsvSource(nullValues = "-", value = {
            "-,                -,             -,          -",
            "person/an-tal,    -,             -,          -",
            "country/NOR,      -,             -,          -",
            "person/bora-vell, -,             -,          -",
            "country/CHN,      -,             -,          -",
            "-,                consult/MEET,  -,          -",
            "-,                CONSULT,       -,          -",
            "-,                SANCTION,      -,          -",
            "-,                CONSULT/phone, -,          -",
            "-,                -,             2018-03-27, -",
            "-,                -,             -,          2018-03",
            "-,                -,             2018-05,    2018-05",
            "-,                -,             2018,       -",
            "country/NOR,      CONSULT/visit, 2018-03-28, 2018-12-31"})
    void theStoreSelectsEntriesAsTheTimelineFilterDoes(String actor, String type, String since, String until)
            throws Exception {
        TimelineFilter want = new TimelineFilter(Optional.ofNullable(actor), Optional.ofNullable(type),
                Optional.ofNullable(since), Optional.ofNullable(until));
        Filter f = Filter.all().withActor(want.actor()).withType(want.type())
                .withSince(DateSpan.parse(want.since())).withUntil(DateSpan.parse(want.until()));
        assertEquals(EXPECTED.stream().filter(want).toList(), filled.timeline(f));
    }

    @Test
    void statusPublisherEntityAndPagingSelectAsDocumented() throws Exception {
        for (String status : List.of("reported", "PLANNED", "historical")) {
            assertEquals(EXPECTED.stream().filter(e -> e.status().jsonName().equalsIgnoreCase(status)).toList(),
                    filled.timeline(Filter.all().withStatus(Optional.of(status))));
        }
        assertEquals(EXPECTED.stream().filter(e -> e.sources().stream().anyMatch(r -> r.publisher()
                        .equals(Optional.of("Pacific Daily")))).toList(),
                filled.timeline(Filter.all().withPublisher(Optional.of(" PACIFIC daily"))));
        assertEquals(1, filled.timeline(Filter.all().withPublisher(Optional.of("Pacific Daily"))).size());
        assertEquals(EXPECTED.stream().filter(e -> e.targetId().equals(Optional.of("person/bora-vell"))
                        || e.actorId().equals(Optional.of("person/bora-vell"))).toList(),
                filled.timeline(Filter.all().withEntity(Optional.of("person/bora-vell"))));
        assertEquals(EXPECTED.subList(1, 3), filled.timeline(Filter.all().withPage(2, 1)));
    }

    @Test
    void everyReportCitesItsStoredArticleAndUnknownSourcesAreLeftOut() throws Exception {
        Set<String> cited = new TreeSet<>();
        filled.timeline(Filter.all()).forEach(e -> e.allReports().forEach(r -> cited.add(r.sha256())));
        Set<String> unknown = Set.of("0".repeat(64));
        Set<String> asked = new TreeSet<>(cited);
        asked.addAll(unknown);
        Map<String, ArticleInfo> articles = filled.articlesBySource(asked);
        assertEquals(cited, articles.keySet());
        for (Map.Entry<String, ArticleInfo> a : articles.entrySet()) {
            assertEquals(a.getKey(), filled.article(a.getValue().id()).orElseThrow().record().article().source()
                    .sha256(), "the article read from that source");
        }
        assertEquals(Map.of(), filled.articlesBySource(List.of()));
    }
}
