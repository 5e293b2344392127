package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.query.SourceInfo;

/** The {@code sources} and {@code source_locations} tables: payloads and every way they were reached. */
final class SourceDao {
    /** What the store knows of a payload. */
    record State(String status, OptionalLong articleId) {
        boolean stored() {
            return status.equals("stored");
        }
    }

    /** A payload to rebuild: its position, description (with its first location) and article. */
    record Row(long rowid, SourceInfo info, OptionalLong articleId, Optional<String> processedBy) {
    }

    private final Db db;

    SourceDao(Db db) {
        this.db = db;
    }

    /** Adds the payload (as failed until marked stored) and its location, each unless already there. */
    void ensure(SourceInfo info, Instant now) throws SQLException {
        SourceRef ref = info.ref();
        {
            PreparedStatement ps = db.prepare("INSERT INTO sources (sha256, format, size, content_type, "
                + "fetched_at, first_seen, status) VALUES (?, ?, ?, ?, ?, ?, 'failed') ON CONFLICT DO NOTHING");
            ps.setString(1, ref.sha256());
            ps.setString(2, ref.format().name());
            ps.setLong(3, info.size());
            Sql.text(ps, 4, info.contentType());
            Sql.text(ps, 5, ref.fetchedAt().map(Instant::toString));
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
        addLocation(ref, now);
    }

    void addLocation(SourceRef ref, Instant now) throws SQLException {
        {
            PreparedStatement ps = db.prepare("INSERT INTO source_locations (sha256, location, location_key, "
                + "path, url, warc_record_id, warc_offset, fetched_at, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING");
            ps.setString(1, ref.sha256());
            ps.setString(2, ref.location());
            // Path, URL and WARC record together say how it was reached; the display form drops some of them.
            ps.setString(3, String.join("\t", ref.path().orElse(""), ref.url().orElse(""),
                    ref.warcRecordId().orElse(""), ref.warcOffset().isPresent() ? "" + ref.warcOffset().getAsLong() : ""));
            Sql.text(ps, 4, ref.path());
            Sql.text(ps, 5, ref.url());
            Sql.text(ps, 6, ref.warcRecordId());
            Sql.number(ps, 7, ref.warcOffset());
            Sql.text(ps, 8, ref.fetchedAt().map(Instant::toString));
            ps.setString(9, now.toString());
            ps.executeUpdate();
        }
    }

    Optional<State> state(String sha256) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT status, article_id FROM sources WHERE sha256 = ?");
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new State(rs.getString(1), Sql.number(rs, "article_id")));
            }
        }
    }

    void markStored(String sha256, long articleId, String processedBy, Instant now) throws SQLException {
        mark(sha256, "stored", OptionalLong.of(articleId), processedBy, now);
    }

    void markFailed(String sha256, String processedBy, Instant now) throws SQLException {
        mark(sha256, "failed", OptionalLong.empty(), processedBy, now);
    }

    private void mark(String sha256, String status, OptionalLong articleId, String processedBy, Instant now)
            throws SQLException {
        {
            PreparedStatement ps = db.prepare("UPDATE sources SET status = ?, article_id = ?, "
                + "processed_by = ?, processed_at = ? WHERE sha256 = ?");
            ps.setString(1, status);
            Sql.number(ps, 2, articleId);
            ps.setString(3, processedBy);
            ps.setString(4, now.toString());
            ps.setString(5, sha256);
            ps.executeUpdate();
        }
    }

    /** Whether some payload was already reached by {@code url}. */
    boolean hasUrl(String url) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT 1 FROM source_locations WHERE url = ? LIMIT 1");
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every location of the payloads that gave {@code articleId}, oldest first. */
    List<SourceRef> locationsOfArticle(long articleId) throws SQLException {
        return locations("SELECT l.*, s.format FROM source_locations l JOIN sources s ON s.sha256 = l.sha256 "
                + "WHERE s.article_id = ? ORDER BY l.id", articleId);
    }

    /** Every location of one payload, oldest first. */
    List<SourceRef> locations(String sha256) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT l.*, s.format FROM source_locations l "
                + "JOIN sources s ON s.sha256 = l.sha256 WHERE l.sha256 = ? ORDER BY l.id");
            ps.setString(1, sha256);
            return readLocations(ps);
        }
    }

    private List<SourceRef> locations(String sql, long id) throws SQLException {
        {
            PreparedStatement ps = db.prepare(sql);
            ps.setLong(1, id);
            return readLocations(ps);
        }
    }

    private static List<SourceRef> readLocations(PreparedStatement ps) throws SQLException {
        List<SourceRef> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(ref(rs));
            }
        }
        return out;
    }

    private static SourceRef ref(ResultSet rs) throws SQLException {
        return new SourceRef(Sql.text(rs, "path"), rs.getString("sha256"), SourceFormat.valueOf(rs.getString("format")),
                Sql.text(rs, "url"), Sql.text(rs, "warc_record_id"), Sql.number(rs, "warc_offset"),
                Sql.text(rs, "fetched_at").map(Instant::parse));
    }

    /** Up to {@code batch} payloads after {@code afterRowid}, in the order they came, with their first location. */
    List<Row> page(long afterRowid, int batch) throws SQLException {
        List<Row> out = new ArrayList<>();
        {
            PreparedStatement ps = db.prepare("SELECT s.rowid AS rid, s.size, s.content_type, "
                + "s.article_id, s.processed_by, l.*, s.format FROM sources s JOIN source_locations l ON l.id = "
                + "(SELECT min(id) FROM source_locations WHERE sha256 = s.sha256) "
                + "WHERE s.rowid > ? ORDER BY s.rowid LIMIT ?");
            ps.setLong(1, afterRowid);
            ps.setInt(2, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong("rid"), new SourceInfo(ref(rs), rs.getLong("size"),
                            Sql.text(rs, "content_type")), Sql.number(rs, "article_id"), Sql.text(rs, "processed_by")));
                }
            }
        }
        return out;
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM sources");
    }

    long countLocations() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM source_locations");
    }
}
