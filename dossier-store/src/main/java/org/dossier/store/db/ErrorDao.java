package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.store.query.ErrorRow;
import org.dossier.store.query.Filter;

/** The {@code errors} table: inputs that failed, one row per location and reason. */
final class ErrorDao {
    private final Db db;

    ErrorDao(Db db) {
        this.db = db;
    }

    void record(String location, Optional<String> sha256, String stage, String reason, Instant now)
            throws SQLException {
        {
            PreparedStatement ps = db.prepare("INSERT INTO errors (location, sha256, stage, reason, "
                + "first_seen, last_seen, count) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (location, reason) "
                + "DO UPDATE SET last_seen = excluded.last_seen, count = count + 1, "
                + "sha256 = coalesce(excluded.sha256, sha256), stage = excluded.stage");
            ps.setString(1, location);
            Sql.text(ps, 2, sha256);
            ps.setString(3, stage);
            ps.setString(4, reason);
            ps.setString(5, now.toString());
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }

    /** Forgets the failures at {@code location}: it has now been read. */
    void clear(String location) throws SQLException {
        {
            PreparedStatement ps = db.prepare("DELETE FROM errors WHERE location = ?");
            ps.setString(1, location);
            ps.executeUpdate();
        }
    }

    List<ErrorRow> list(Filter f) throws SQLException {
        List<ErrorRow> out = new ArrayList<>();
        try (ResultSet rs = new Where().prepare(db, "SELECT * FROM errors", " ORDER BY last_seen, id", f).executeQuery()) {
            while (rs.next()) {
                out.add(new ErrorRow(rs.getLong("id"), rs.getString("location"), Sql.text(rs, "sha256"),
                        rs.getString("stage"), rs.getString("reason"), Instant.parse(rs.getString("first_seen")),
                        Instant.parse(rs.getString("last_seen")), rs.getInt("count")));
            }
        }
        return out;
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM errors");
    }
}
