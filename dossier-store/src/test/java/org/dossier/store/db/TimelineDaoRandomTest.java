package org.dossier.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.query.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random transactions against the stored timeline: new reports, stored ones given again in another duplicate
 * group or with other countries, and one transaction in six rolled back. After each, a reader without the writer's
 * cache must find what {@link Timeline#mergeReports} gives for every committed report, each report in one row, and
 * each entry's actor keys; a cache that kept a rolled-back or stale row would make a later write wrong.
 */
class TimelineDaoRandomTest {
    private static final String[] PARTIES = {"person/ana-vik", "person/bo-ren", "country/NOR", null};
    private static final String[] COUNTRIES = {null, "country/NOR", "country/ISL"};

    @TempDir
    Path tmp;

    @Test
    void randomTransactionsLeaveTheTimelineOfEveryCommittedReport() throws Exception {
        for (int seed = 0; seed < 20; seed++) {
            run(seed);
        }
    }

    private void run(int seed) throws Exception {
        Random rnd = new Random(seed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(seed + ".db"))) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            Schema.migrate(c, seed + ".db");
            Db db = new Db(c);
            TimelineDao dao = new TimelineDao(db);
            Map<String, Report> committed = new LinkedHashMap<>();
            int nextArticle = 1;
            for (int step = 0; step < 60; step++) {
                c.setAutoCommit(false);
                Map<String, Report> pending = new LinkedHashMap<>(committed);
                List<Report> batch = new ArrayList<>();
                for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                    if (!committed.isEmpty() && rnd.nextInt(3) == 0) {
                        // A stored report again: its article joined another group, or a party got a country.
                        List<String> keys = new ArrayList<>(committed.keySet());
                        String key = keys.get(rnd.nextInt(keys.size()));
                        Report old = committed.get(key);
                        Report again = rnd.nextBoolean() ? old.withDuplicateGroup("g" + rnd.nextInt(3))
                                : withCountries(old, rnd);
                        batch.add(old);
                        batch.add(again);
                        pending.put(key, again);
                    } else {
                        Report r = report(rnd, nextArticle++);
                        batch.add(r);
                        pending.put(r.sha256() + "/" + r.event().offset(), r);
                    }
                }
                dao.add(batch);
                if (rnd.nextInt(6) == 0) {
                    dao.forget();
                    c.rollback();
                } else {
                    c.commit();
                    committed = pending;
                }
                c.setAutoCommit(true);
                check(c, committed, "seed " + seed + " step " + step);
            }
            db.closeStatements();
        }
    }

    private static void check(Connection c, Map<String, Report> committed, String where) throws Exception {
        Db reader = new Db(c);
        List<TimelineEntry> want = Timeline.mergeReports(committed.values());
        List<TimelineEntry> got = new TimelineDao(reader).list(Filter.all());
        assertEquals(want.size(), got.size(), where);
        assertEquals(new HashSet<>(want), new HashSet<>(got), where);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM "
                + "timeline_reports GROUP BY block, report HAVING count(*) > 1)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a report stored twice in one block, " + where);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM timeline_reports r "
                + "WHERE NOT EXISTS (SELECT 1 FROM timeline_links l WHERE l.report = r.id)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a report row no entry links to, " + where);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM timeline_links l "
                + "JOIN timeline_entries t ON t.id = l.entry JOIN timeline_reports r ON r.id = l.report "
                + "WHERE r.block <> t.block")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "an entry linked to a report of another block, " + where);
        }
        Map<String, Set<String>> actors = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.entry_id, a.actor_id FROM "
                + "timeline_entries t JOIN timeline_actors a ON a.entry = t.id")) {
            while (rs.next()) {
                actors.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        for (TimelineEntry e : want) {
            assertEquals(e.actorKeys(), actors.getOrDefault(e.id(), Set.of()), "actor keys of " + e.id() + ", " + where);
        }
        reader.closeStatements();
    }

    private static Report report(Random rnd, int article) {
        String type = rnd.nextInt(3) == 0 ? "PROTEST" : "CONSULT";
        Optional<String> mode = type.equals("CONSULT") ? Optional.of(rnd.nextBoolean() ? "meet" : "phone")
                : Optional.empty();
        Optional<String> actor = Optional.ofNullable(PARTIES[rnd.nextInt(PARTIES.length)]);
        Optional<String> target = Optional.ofNullable(PARTIES[rnd.nextInt(PARTIES.length)]);
        Optional<String> date = rnd.nextInt(5) == 0 ? Optional.empty()
                : Optional.of(String.format("2024-03-%02d", 1 + rnd.nextInt(6)));
        Optional<String> published = rnd.nextInt(6) == 0 ? Optional.empty()
                : Optional.of(String.format("2024-03-%02d", 1 + rnd.nextInt(9)));
        Event e = new Event(type, mode, EventStatus.values()[rnd.nextInt(4)], actor.map(a -> "name of " + a), actor,
                Optional.empty(), target.map(t -> "name of " + t), target, Optional.empty(),
                rnd.nextBoolean() ? Optional.of("Oslo") : Optional.empty(), date, "evidence " + rnd.nextInt(3),
                rnd.nextInt(3), 0.5);
        return new Report(String.format("%064x", article), Optional.of("page-" + article + ".html"), Optional.empty(),
                Optional.of((rnd.nextBoolean() ? "Coast Daily " : "coast daily ") + article % 3), published,
                Optional.empty(), "g" + rnd.nextInt(3), e);
    }

    private static Report withCountries(Report r, Random rnd) {
        Event e = r.event();
        Optional<String> actorCountry = e.actorId().flatMap(a -> Optional.ofNullable(COUNTRIES[rnd.nextInt(3)]));
        Optional<String> targetCountry = e.targetId().flatMap(t -> Optional.ofNullable(COUNTRIES[rnd.nextInt(3)]));
        Event moved = new Event(e.type(), e.mode(), e.status(), e.actor(), e.actorId(), actorCountry, e.target(),
                e.targetId(), targetCountry, e.location(), e.date(), e.evidence(), e.offset(), e.confidence());
        return new Report(r.sha256(), r.path(), r.url(), r.publisher(), r.published(), r.publishedEstimate(),
                r.duplicateGroup(), moved);
    }
}
