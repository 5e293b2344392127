package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code index_pending} table: articles written to SQLite whose full-text documents may not be
 * committed to the index yet. A row is added in the article's own transaction and removed only
 * after the index commit that holds it, so a crash in between leaves it to be re-indexed on open.
 */
final class PendingDao {
    private final Db db;

    PendingDao(Db db) {
        this.db = db;
    }

    void add(long articleId) throws SQLException {
        {
            PreparedStatement ps = db.prepare(
                "INSERT INTO index_pending (article_id) VALUES (?) ON CONFLICT DO NOTHING");
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    void remove(Collection<Long> articleIds) throws SQLException {
        {
            PreparedStatement ps = db.prepare("DELETE FROM index_pending WHERE article_id = ?");
            for (long id : articleIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<Long> all() throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = db.prepare("SELECT article_id FROM index_pending ORDER BY article_id").executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
