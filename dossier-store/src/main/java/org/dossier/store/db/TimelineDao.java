package org.dossier.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.DateSpan;
import org.dossier.nlp.timeline.BlockKey;
import org.dossier.nlp.timeline.MergedBlock;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineJson;
import org.dossier.store.query.Filter;

/**
 * The {@code timeline_entries} table, its reports ({@code timeline_reports}, linked to the entries by {@code
 * timeline_links}) and the table that selects entries by actor: the timeline merged by the rules of {@link
 * Timeline}. An entry row holds the entry without its reports ({@link TimelineJson#header}); each report is
 * one row of its block, linked to every entry that holds it (counted in one; ambiguous in each entry it fits
 * equally well), so a report joining an entry of a thousand writes a row and a link, not the thousand again,
 * and an undated report that fits fifty entries is written once. New reports are merged into their blocks,
 * kept merged in memory ({@link Timeline#add(Map, Collection)}), and only what changed is written, in the caller's
 * transaction; since the merge of a block depends only on the set of its reports, the stored timeline is
 * the one {@link Timeline#mergeReports} gives for every report at once, whatever the order the articles
 * came in.
 */
final class TimelineDao {
    /** How many entries' reports one query reads when a listing is put together. */
    private static final int READ_CHUNK = 500;

    /**
     * How many reports the cache of blocks may hold. A parsed report keeps its event and evidence sentence,
     * a few hundred bytes to a few KB (an estimate, not measured), so the cache stays within some hundreds
     * of MB for a store whose blocks are merged again and again (a month of news about one leader).
     */
    private static final int CACHED_REPORTS = 100_000;

    private final Db db;

    /**
     * The blocks merged recently, least recently used first, each as {@link Timeline#add(Map, Collection)}
     * keeps it and with the rows this connection last wrote for it: reading and parsing a block's reports
     * again for every article that joins it cost more than the merge. Written through by {@link #add};
     * emptied by {@link #forget} when a transaction rolls back, since its rows then never were. Used by the
     * writing connection only.
     */
    private final LinkedHashMap<BlockKey, Block> blocks = new LinkedHashMap<>(64, 0.75f, true);
    private int cachedReports;

    TimelineDao(Db db) {
        this.db = db;
    }

    /**
     * A report as an entry holds it: counted, or ambiguous (fits this entry and another equally well). The
     * same report is one object wherever this writer holds it (read once per block, and the merge keeps
     * the objects it is given), so two are compared by identity: comparing reports by value, each with its
     * evidence sentence, cost more than writing them.
     */
    private record Held(Report report, boolean ambiguous) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Held h && h.report == report && h.ambiguous == ambiguous;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(report) + (ambiguous ? 1 : 0);
        }
    }

    /**
     * A stored entry: its row, its header as stored, and the reports it links to. Equal only to itself:
     * comparing two by their entries and reports would cost as much as the merge.
     */
    private record Row(long id, String header, TimelineEntry entry, Set<Held> held) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * A block as merged in memory, the row of each of its entries (the same objects), and the row of each
     * report its entries hold, by identity (a report is one object wherever the block holds it).
     */
    private record Block(MergedBlock merged, List<Row> rows, Map<Report, Long> reportRows) {
        int reports() {
            return reportRows.size();
        }
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
        Map<BlockKey, Block> stored = new TreeMap<>(Comparator.comparing(BlockKey::toString));
        for (Report r : reports) {
            BlockKey key = r.blockKey();
            if (!stored.containsKey(key)) {
                stored.put(key, load(key));
            }
        }
        Map<BlockKey, MergedBlock> merged = new LinkedHashMap<>();
        stored.forEach((key, block) -> merged.put(key, block.merged()));
        Timeline.add(merged, reports);
        for (Block block : stored.values()) {
            remember(block.merged().key(), write(block));
        }
    }

    /**
     * Writes {@code block}'s merged entries over its stored rows: the reports that came are inserted before
     * the entries link to them, and those no entry holds any more are deleted after.
     */
    private Block write(Block block) throws SQLException {
        String key = block.merged().key().toString();
        List<TimelineEntry> entries = block.merged().entries();
        Map<Report, Long> reportRows = new IdentityHashMap<>();
        for (TimelineEntry e : entries) {
            for (Report r : e.allReports()) {
                if (!reportRows.containsKey(r)) {
                    Long row = block.reportRows().get(r);
                    reportRows.put(r, row != null ? row : insertReport(key, r));
                }
            }
        }
        List<Row> rows = write(block.rows(), entries, reportRows);
        PreparedStatement gone = db.prepare("DELETE FROM timeline_reports WHERE id = ?");
        for (Map.Entry<Report, Long> old : block.reportRows().entrySet()) {
            if (!reportRows.containsKey(old.getKey())) {
                gone.setLong(1, old.getValue());
                gone.executeUpdate();
            }
        }
        return new Block(block.merged(), rows, reportRows);
    }

    /**
     * Writes a block's entries over its {@code rows}: an entry that did not change is the object its row
     * holds, and is not touched. A changed entry is written over the stored row it shares most reports with
     * (the entry a new report joined, re-dated or grown), so only the reports that came or went are
     * written; rows left over were absorbed into others or split up, and go. Returns the block's rows.
     */
    private List<Row> write(List<Row> rows, List<TimelineEntry> entries, Map<Report, Long> reportRows)
            throws SQLException {
        Set<TimelineEntry> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(entries);
        List<Row> now = new ArrayList<>();
        List<Row> changedRows = new ArrayList<>();
        for (Row row : rows) {
            (fresh.remove(row.entry()) ? now : changedRows).add(row);
        }
        // Which row counts a report is indexed once, so the matching costs one lookup per report rather than
        // one per report and row. Only counted reports match rows: a report counts in one entry, while an
        // ambiguous one is held by every entry it fits (tens, in a large block), and every entry has a counted one.
        Map<Held, Row> holders = new HashMap<>();
        for (Row row : changedRows) {
            row.held().forEach(h -> {
                if (!h.ambiguous()) {
                    holders.put(h, row);
                }
            });
        }
        Set<Row> free = new LinkedHashSet<>(changedRows);
        for (TimelineEntry e : entries) {
            if (!fresh.contains(e)) {
                continue;
            }
            Set<Held> reportsNow = held(e);
            Row best = closest(reportsNow, holders, free);
            if (best == null) {
                now.add(insert(e, reportsNow, reportRows));
            } else {
                free.remove(best);
                now.add(update(best, e, reportsNow, reportRows));
            }
        }
        for (Row row : free) {
            delete(row.id());
        }
        return now;
    }

    /**
     * The row among {@code free} that counts most of the reports {@code reports} counts, or null when none
     * counts any; ties go to the row stored first, so the same merge always writes the same rows.
     */
    private static Row closest(Set<Held> reports, Map<Held, Row> holders, Set<Row> free) {
        Map<Row, Integer> shared = new HashMap<>();
        for (Held h : reports) {
            Row row = h.ambiguous() ? null : holders.get(h);
            if (row != null && free.contains(row)) {
                shared.merge(row, 1, Integer::sum);
            }
        }
        Row best = null;
        int most = 0;
        for (Map.Entry<Row, Integer> candidate : shared.entrySet()) {
            Row row = candidate.getKey();
            int count = candidate.getValue();
            if (count > most || (count == most && row.id() < best.id())) {
                best = row;
                most = count;
            }
        }
        return best;
    }

    /** Empties the cache of blocks: the transaction that wrote its rows was rolled back. */
    void forget() {
        blocks.clear();
        cachedReports = 0;
    }

    private void remember(BlockKey key, Block block) {
        Block old = blocks.remove(key);
        cachedReports -= old == null ? 0 : old.reports();
        // A block larger than the whole cache would push every other block out, then itself.
        int size = block.reports();
        if (size <= CACHED_REPORTS) {
            blocks.put(key, block);
            cachedReports += size;
        }
        var eldest = blocks.entrySet().iterator();
        while (cachedReports > CACHED_REPORTS && eldest.hasNext()) {
            cachedReports -= eldest.next().getValue().reports();
            eldest.remove();
        }
    }

    private static Set<Held> held(TimelineEntry e) {
        Set<Held> out = new HashSet<>();
        e.sources().forEach(r -> out.add(new Held(r, false)));
        e.ambiguousSources().forEach(r -> out.add(new Held(r, true)));
        return out;
    }

    /** Block {@code key} from the cache, or read from its rows. */
    private Block load(BlockKey key) throws SQLException {
        Block cached = blocks.get(key);
        if (cached != null) {
            return cached;
        }
        String block = key.toString();
        PreparedStatement reports = db.prepare("SELECT id, report FROM timeline_reports WHERE block = ?");
        reports.setString(1, block);
        Map<Long, Report> byRow = new HashMap<>();
        try (ResultSet rs = reports.executeQuery()) {
            while (rs.next()) {
                byRow.put(rs.getLong(1), report(rs.getString(2)));
            }
        }
        List<Row> rows = rows(block, byRow);
        Map<Report, Long> reportRows = new IdentityHashMap<>();
        byRow.forEach((row, r) -> reportRows.put(r, row));
        return new Block(MergedBlock.of(key, rows.stream().map(Row::entry).toList()), rows, reportRows);
    }

    /** The rows of {@code block}, whose reports, each read once, are {@code reports} by row. */
    private List<Row> rows(String block, Map<Long, Report> reports) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT t.id, t.entry, l.report, l.ambiguous FROM timeline_entries t "
                + "JOIN timeline_links l ON l.entry = t.id WHERE t.block = ? ORDER BY t.id");
        ps.setString(1, block);
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            long current = -1;
            String header = null;
            Set<Held> held = new HashSet<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current && current != -1) {
                    out.add(row(current, header, held));
                    held = new HashSet<>();
                }
                current = id;
                header = rs.getString(2);
                Report r = reports.get(rs.getLong(3));
                if (r == null) {
                    throw new SQLException("damaged timeline: entry " + id + " links to report " + rs.getLong(3)
                            + ", which is not of its block " + block);
                }
                held.add(new Held(r, rs.getInt(4) == 1));
            }
            if (current != -1) {
                out.add(row(current, header, held));
            }
        }
        return out;
    }

    private static Row row(long id, String header, Set<Held> held) throws SQLException {
        List<Report> sources = new ArrayList<>();
        List<Report> ambiguous = new ArrayList<>();
        held.forEach(h -> (h.ambiguous() ? ambiguous : sources).add(h.report()));
        return new Row(id, header, entry(header, sources, ambiguous), held);
    }

    private void delete(long id) throws SQLException {
        PreparedStatement ps = db.prepare("DELETE FROM timeline_entries WHERE id = ?");
        ps.setLong(1, id);
        ps.executeUpdate();
    }

    private Row insert(TimelineEntry e, Set<Held> reports, Map<Report, Long> reportRows) throws SQLException {
        String header = RecordJson.line(TimelineJson.header(e));
        PreparedStatement ps = db.prepare("INSERT INTO timeline_entries (entry_id, block, type, mode, status, "
                + "actor_id, target_id, day_first, day_last, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        columns(ps, e, header);
        ps.executeUpdate();
        long id = Sql.lastId(db);
        insertActors(id, e.actorKeys());
        for (Held h : reports) {
            link(id, h, reportRows);
        }
        return new Row(id, header, e, reports);
    }

    /** Rewrites {@code row} as {@code e}: the header if it changed, the actor keys if they did, the reports that came or went. */
    private Row update(Row row, TimelineEntry e, Set<Held> reports, Map<Report, Long> reportRows)
            throws SQLException {
        String header = RecordJson.line(TimelineJson.header(e));
        if (!header.equals(row.header())) {
            PreparedStatement ps = db.prepare("UPDATE timeline_entries SET entry_id = ?, block = ?, type = ?, mode = ?, "
                    + "status = ?, actor_id = ?, target_id = ?, day_first = ?, day_last = ?, entry = ? WHERE id = ?");
            columns(ps, e, header);
            ps.setLong(11, row.id());
            ps.executeUpdate();
        }
        Set<String> actors = e.actorKeys();
        if (!actors.equals(row.entry().actorKeys())) {
            PreparedStatement clear = db.prepare("DELETE FROM timeline_actors WHERE entry = ?");
            clear.setLong(1, row.id());
            clear.executeUpdate();
            insertActors(row.id(), actors);
        }
        // Links that went first: a report that turned from ambiguous to counted keeps its (entry, report) key.
        PreparedStatement gone = db.prepare("DELETE FROM timeline_links WHERE entry = ? AND report = ?");
        for (Held h : row.held()) {
            Long report = reportRows.get(h.report());
            // A report no entry holds any more has no row now; its row, and this link, go with the block's.
            if (!reports.contains(h) && report != null) {
                gone.setLong(1, row.id());
                gone.setLong(2, report);
                gone.executeUpdate();
            }
        }
        for (Held h : reports) {
            if (!row.held().contains(h)) {
                link(row.id(), h, reportRows);
            }
        }
        return new Row(row.id(), header, e, reports);
    }

    private static void columns(PreparedStatement ps, TimelineEntry e, String header) throws SQLException {
        ps.setString(1, e.id());
        ps.setString(2, e.block().toString());
        ps.setString(3, e.type());
        Sql.text(ps, 4, e.mode());
        ps.setString(5, e.status().name());
        Sql.text(ps, 6, e.actorId());
        Sql.text(ps, 7, e.targetId());
        Sql.span(ps, 8, DateSpan.parse(e.date()));
        ps.setString(10, header);
    }

    private void insertActors(long entry, Set<String> keys) throws SQLException {
        PreparedStatement actor = db.prepare("INSERT INTO timeline_actors (entry, actor_id) VALUES (?, ?)");
        for (String key : keys) {
            actor.setLong(1, entry);
            actor.setString(2, key);
            actor.executeUpdate();
        }
    }

    private long insertReport(String block, Report r) throws SQLException {
        PreparedStatement ps = db.prepare("INSERT INTO timeline_reports (block, publisher, report) VALUES (?, ?, ?)");
        ps.setString(1, block);
        Sql.text(ps, 2, r.publisher().map(TimelineDao::publisherKey));
        ps.setString(3, RecordJson.line(TimelineJson.report(r)));
        ps.executeUpdate();
        return Sql.lastId(db);
    }

    private void link(long entry, Held h, Map<Report, Long> reportRows) throws SQLException {
        PreparedStatement ps = db.prepare("INSERT INTO timeline_links (entry, report, ambiguous) VALUES (?, ?, ?)");
        ps.setLong(1, entry);
        ps.setLong(2, reportRows.get(h.report()));
        ps.setInt(3, h.ambiguous() ? 1 : 0);
        ps.executeUpdate();
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
                        "t.id IN (SELECT l.entry FROM timeline_reports r JOIN timeline_links l ON l.report = r.id "
                                + "WHERE r.publisher = ? AND l.ambiguous = 0)")
                .dates(f, "t.");
        List<Long> ids = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, "SELECT t.id, t.entry FROM timeline_entries t", " ORDER BY t.day_first IS NULL, "
                + "t.day_first, t.day_last, t.type, coalesce(t.actor_id, ''), t.entry_id", f).executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                headers.add(rs.getString(2));
            }
        }
        Map<Long, List<Report>> sources = new HashMap<>();
        Map<Long, List<Report>> ambiguous = new HashMap<>();
        // Always READ_CHUNK ids, the last chunk padded with its last id, so the connection keeps one statement.
        // A report linked to several entries of a chunk is read once.
        Map<Long, Report> read = new HashMap<>();
        PreparedStatement ps = ids.isEmpty() ? null : db.prepare("SELECT l.entry, l.ambiguous, r.id, r.report FROM "
                + "timeline_links l JOIN timeline_reports r ON r.id = l.report WHERE l.entry IN ("
                + String.join(", ", Collections.nCopies(READ_CHUNK, "?")) + ")");
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
            for (int i = 0; i < READ_CHUNK; i++) {
                ps.setLong(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(3);
                    Report r = read.get(row);
                    if (r == null) {
                        r = report(rs.getString(4));
                        read.put(row, r);
                    }
                    (rs.getInt(2) == 1 ? ambiguous : sources).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(r);
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(entry(headers.get(i), sources.getOrDefault(ids.get(i), List.of()),
                    ambiguous.getOrDefault(ids.get(i), List.of())));
        }
        return out;
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM timeline_entries");
    }

    private static TimelineEntry entry(String header, List<Report> sources, List<Report> ambiguous)
            throws SQLException {
        try {
            return TimelineJson.readEntry(RecordJson.mapper().readTree(header), sources, ambiguous);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("damaged timeline entry: " + e.getMessage(), e);
        }
    }

    private static Report report(String json) throws SQLException {
        try {
            return TimelineJson.readReport(RecordJson.mapper().readTree(json));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("damaged timeline report: " + e.getMessage(), e);
        }
    }
}
