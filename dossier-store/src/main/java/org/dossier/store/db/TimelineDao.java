package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.store.query.DateSpan;
import org.dossier.store.query.Filter;
import org.dossier.store.query.TimelineEntry;
import org.dossier.store.query.TimelineSource;

/**
 * The {@code timeline_entries} and {@code timeline_sources} tables: merged events and the article
 * events that report them. Merging is incremental: a new event joins an entry (chosen by a
 * {@link TimelineMerger}) or starts one, and an entry's fields are recomputed from its members
 * whenever they change.
 */
final class TimelineDao {
    private static final String ENTRY_SELECT = "SELECT t.* FROM timeline_entries t";

    private final Db db;

    TimelineDao(Db db) {
        this.db = db;
    }

    /** Puts the stored event {@code eventId} on the timeline. */
    void merge(long eventId, Event event, TimelineMerger merger) throws SQLException {
        Optional<DateSpan> span = DateSpan.parse(event.date());
        Where w = new Where().is("t.type = ?", event.type());
        if (span.isPresent()) {
            w.is("t.day_last >= ?", span.get().first()).is("t.day_first <= ?", span.get().last());
        } else {
            w.and("t.day_first IS NULL");
        }
        Long target = null;
        try (ResultSet rs = w.prepare(db, ENTRY_SELECT, " ORDER BY t.id", Filter.all()).executeQuery()) {
            List<TimelineEntry> candidates = new ArrayList<>();
            while (rs.next()) {
                candidates.add(entry(rs, List.of()));
            }
            for (TimelineEntry candidate : candidates) {
                TimelineEntry withSources = withSources(candidate);
                if (merger.sameEvent(withSources, event)) {
                    target = candidate.id();
                    break;
                }
            }
        }
        if (target == null) {
            {
            PreparedStatement ps = db.prepare("INSERT INTO timeline_entries (type, status, reports) "
                    + "VALUES (?, ?, 0)");
                ps.setString(1, event.type());
                ps.setString(2, event.status().name());
                ps.executeUpdate();
                target = Sql.lastId(db);
            }
        }
        {
            PreparedStatement ps = db.prepare(
                "INSERT INTO timeline_sources (entry_id, event_id) VALUES (?, ?)");
            ps.setLong(1, target);
            ps.setLong(2, eventId);
            ps.executeUpdate();
        }
        recompute(target);
    }

    /** The entries an article's events belong to (to recompute after the article is removed). */
    Set<Long> entriesOfArticle(long articleId) throws SQLException {
        Set<Long> out = new HashSet<>();
        {
            PreparedStatement ps = db.prepare("SELECT DISTINCT ts.entry_id FROM timeline_sources ts "
                + "JOIN events ev ON ev.id = ts.event_id WHERE ev.article_id = ?");
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Sets an entry's fields from its members, or deletes it when it has none left. */
    void recompute(long entryId) throws SQLException {
        List<TimelineSource> members = members(entryId);
        if (members.isEmpty()) {
            {
            PreparedStatement ps = db.prepare("DELETE FROM timeline_entries WHERE id = ?");
                ps.setLong(1, entryId);
                ps.executeUpdate();
            }
            return;
        }
        List<Event> events = members.stream().map(TimelineSource::event).toList();
        Event first = events.get(0);
        // The most precise date any report gives stands for the entry; the others stay on their sources.
        Optional<String> date = events.stream().map(Event::date).flatMap(Optional::stream)
                .filter(d -> DateSpan.parse(d).isPresent())
                .min(Comparator.comparingLong(d -> DateSpan.parse(d).get().days()));
        Event withActor = events.stream().filter(e -> e.actorId().isPresent() || e.actor().isPresent()).findFirst()
                .orElse(first);
        Event withTarget = events.stream().filter(e -> e.targetId().isPresent() || e.target().isPresent())
                .findFirst().orElse(first);
        EventStatus status = events.stream().anyMatch(e -> e.status() == EventStatus.REPORTED)
                ? EventStatus.REPORTED : first.status();
        long reports = members.stream().map(m -> m.article().id()).distinct().count();
        {
            PreparedStatement ps = db.prepare("UPDATE timeline_entries SET type = ?, mode = ?, status = ?, "
                + "actor = ?, actor_id = ?, target = ?, target_id = ?, location = ?, date = ?, day_first = ?, "
                + "day_last = ?, reports = ? WHERE id = ?");
            ps.setString(1, first.type());
            Sql.text(ps, 2, events.stream().map(Event::mode).flatMap(Optional::stream).findFirst());
            ps.setString(3, status.name());
            Sql.text(ps, 4, withActor.actor());
            Sql.text(ps, 5, withActor.actorId());
            Sql.text(ps, 6, withTarget.target());
            Sql.text(ps, 7, withTarget.targetId());
            Sql.text(ps, 8, events.stream().map(Event::location).flatMap(Optional::stream).findFirst());
            Sql.text(ps, 9, date);
            Sql.span(ps, 10, DateSpan.parse(date));
            ps.setLong(12, reports);
            ps.setLong(13, entryId);
            ps.executeUpdate();
        }
    }

    private List<TimelineSource> members(long entryId) throws SQLException {
        List<TimelineSource> out = new ArrayList<>();
        {
            PreparedStatement ps = db.prepare(EventDao.SELECT
                + " JOIN timeline_sources ts ON ts.event_id = ev.id WHERE ts.entry_id = ? ORDER BY a.id, ev.seq");
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimelineSource(rs.getLong("id"), ArticleDao.info(rs), EventDao.event(rs)));
                }
            }
        }
        return out;
    }

    private TimelineEntry withSources(TimelineEntry e) throws SQLException {
        return new TimelineEntry(e.id(), e.type(), e.mode(), e.status(), e.actor(), e.actorId(), e.target(),
                e.targetId(), e.location(), e.date(), e.reports(), members(e.id()));
    }

    /** Entries passing {@code f} (type, status, actor, entity, publisher of a source, dates), oldest first. */
    List<TimelineEntry> list(Filter f) throws SQLException {
        Where w = new Where()
                .when(f.type().map(t -> t.toUpperCase(Locale.ROOT)), "t.type = ?")
                .when(f.status().map(s -> s.toUpperCase(Locale.ROOT)), "t.status = ?")
                .when(f.actor(), "t.actor_id = ?")
                .when(f.entity(), "(t.actor_id = ? OR t.target_id = ?)", 2)
                .when(f.publisher().map(p -> p.toLowerCase(Locale.ROOT)), "t.id IN (SELECT ts.entry_id FROM "
                        + "timeline_sources ts JOIN events ev ON ev.id = ts.event_id JOIN articles a "
                        + "ON a.id = ev.article_id WHERE lower(a.publisher) = ?)")
                .dates(f, "t.");
        List<TimelineEntry> entries = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, ENTRY_SELECT,
                " ORDER BY t.day_first IS NULL, t.day_first, t.day_last, t.id", f).executeQuery()) {
            while (rs.next()) {
                entries.add(entry(rs, List.of()));
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry e : entries) {
            out.add(withSources(e));
        }
        return out;
    }

    private static TimelineEntry entry(ResultSet rs, List<TimelineSource> sources) throws SQLException {
        return new TimelineEntry(rs.getLong("id"), rs.getString("type"), Sql.text(rs, "mode"),
                EventStatus.valueOf(rs.getString("status")), Sql.text(rs, "actor"), Sql.text(rs, "actor_id"),
                Sql.text(rs, "target"), Sql.text(rs, "target_id"), Sql.text(rs, "location"), Sql.text(rs, "date"),
                rs.getInt("reports"), sources);
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM timeline_entries");
    }
}
