package org.dossier.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.DateSpan;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineJson;
import org.dossier.store.query.Filter;

/**
 * The {@code timeline_entries} table and the tables that select its rows: the timeline merged by the
 * rules of {@link Timeline}, each entry kept whole ({@link TimelineJson}) under its block. New reports
 * are merged with every stored entry of their blocks ({@link Timeline#add}) and the entries that
 * changed are replaced, in the caller's transaction; since the merge of a block depends only on the set
 * of its reports, the stored timeline is the one {@link Timeline#mergeReports} gives for every report
 * at once, whatever the order the articles came in.
 */
final class TimelineDao {
    private final Db db;

    TimelineDao(Db db) {
        this.db = db;
    }

    /** A stored entry and its row. */
    private record Row(long id, TimelineEntry entry) {
    }

    /**
     * Merges {@code reports} (of any blocks) into the stored timeline. A report already stored (same
     * article and event) is replaced, so adding an article again changes nothing and a report whose
     * duplicate group changed moves to its new group.
     */
    void add(Collection<Report> reports) throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        Set<String> blocks = new TreeSet<>();
        reports.forEach(r -> blocks.add(r.blockKey().toString()));
        List<Row> stored = new ArrayList<>();
        for (String block : blocks) {
            stored.addAll(load(block));
        }
        List<TimelineEntry> merged = Timeline.add(stored.stream().map(Row::entry).toList(), reports);
        // Most entries of a block come out as they went in: only the ones that changed are rewritten.
        Map<TimelineEntry, Integer> wanted = new HashMap<>();
        merged.forEach(e -> wanted.merge(e, 1, Integer::sum));
        for (Row row : stored) {
            Integer n = wanted.get(row.entry());
            if (n == null || n == 0) {
                delete(row.id());
            } else {
                wanted.put(row.entry(), n - 1);
            }
        }
        for (TimelineEntry e : merged) {
            int n = wanted.getOrDefault(e, 0);
            if (n > 0) {
                insert(e);
                wanted.put(e, n - 1);
            }
        }
    }

    private List<Row> load(String block) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT id, entry FROM timeline_entries WHERE block = ?");
        ps.setString(1, block);
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getLong("id"), entry(rs.getString("entry"))));
            }
        }
        return out;
    }

    private void delete(long id) throws SQLException {
        PreparedStatement ps = db.prepare("DELETE FROM timeline_entries WHERE id = ?");
        ps.setLong(1, id);
        ps.executeUpdate();
    }

    private void insert(TimelineEntry e) throws SQLException {
        Optional<DateSpan> span = DateSpan.parse(e.date());
        PreparedStatement ps = db.prepare("INSERT INTO timeline_entries (entry_id, block, type, mode, status, "
                + "actor_id, target_id, day_first, day_last, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, e.id());
        ps.setString(2, e.block().toString());
        ps.setString(3, e.type());
        Sql.text(ps, 4, e.mode());
        ps.setString(5, e.status().name());
        Sql.text(ps, 6, e.actorId());
        Sql.text(ps, 7, e.targetId());
        Sql.span(ps, 8, span);
        ps.setString(10, RecordJson.line(TimelineJson.entry(e)));
        ps.executeUpdate();
        long id = Sql.lastId(db);
        PreparedStatement actor = db.prepare("INSERT INTO timeline_actors (entry, actor_id) VALUES (?, ?)");
        for (String key : e.actorKeys()) {
            actor.setLong(1, id);
            actor.setString(2, key);
            actor.executeUpdate();
        }
        Set<String> publishers = new TreeSet<>();
        e.sources().forEach(r -> r.publisher().map(TimelineDao::publisherKey).ifPresent(publishers::add));
        PreparedStatement publisher = db.prepare("INSERT INTO timeline_publishers (entry, publisher) VALUES (?, ?)");
        for (String p : publishers) {
            publisher.setLong(1, id);
            publisher.setString(2, p);
            publisher.executeUpdate();
        }
    }

    private static String publisherKey(String publisher) {
        return publisher.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Entries passing {@code f}, in {@link Timeline#CHRONOLOGICAL} order (undated last). The conditions
     * are those of {@link org.dossier.nlp.timeline.TimelineFilter}: the type is {@code TYPE} or
     * {@code TYPE/mode}; the actor is one of {@link TimelineEntry#actorKeys()}; dates overlap the window
     * and undated entries pass no date condition. Besides: status, an entity that is the actor or the
     * target, and the publisher of any source.
     */
    List<TimelineEntry> list(Filter f) throws SQLException {
        Optional<String> type = f.type().map(String::strip);
        Where w = new Where()
                .when(type.map(t -> (t.contains("/") ? t.substring(0, t.indexOf('/')) : t).strip()
                        .toUpperCase(Locale.ROOT)), "t.type = ?")
                .when(type.filter(t -> t.contains("/")).map(t -> t.substring(t.indexOf('/') + 1).strip()
                        .toLowerCase(Locale.ROOT)), "t.mode = ?")
                .when(f.status().map(s -> s.strip().toUpperCase(Locale.ROOT)), "t.status = ?")
                .when(f.actor(), "t.id IN (SELECT entry FROM timeline_actors WHERE actor_id = ?)")
                .when(f.entity(), "(t.actor_id = ? OR t.target_id = ?)", 2)
                .when(f.publisher().map(TimelineDao::publisherKey),
                        "t.id IN (SELECT entry FROM timeline_publishers WHERE publisher = ?)")
                .dates(f, "t.");
        List<TimelineEntry> out = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, "SELECT t.entry FROM timeline_entries t", " ORDER BY t.day_first IS NULL, "
                + "t.day_first, t.day_last, t.type, coalesce(t.actor_id, ''), t.entry_id", f).executeQuery()) {
            while (rs.next()) {
                out.add(entry(rs.getString(1)));
            }
        }
        return out;
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM timeline_entries");
    }

    private static TimelineEntry entry(String json) throws SQLException {
        try {
            return TimelineJson.readEntry(RecordJson.mapper().readTree(json));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("damaged timeline entry: " + e.getMessage(), e);
        }
    }
}
