package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Quote;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoredQuote;

/** The {@code quotes} table. */
final class QuoteDao {
    private final Db db;

    QuoteDao(Db db) {
        this.db = db;
    }

    long insert(long articleId, int seq, Quote q) throws SQLException {
        {
            PreparedStatement ps = db.prepare("INSERT INTO quotes (article_id, seq, text, speaker, "
                + "speaker_id, speaker_title, direct, offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, articleId);
            ps.setInt(2, seq);
            ps.setString(3, q.text());
            Sql.text(ps, 4, q.speaker());
            Sql.text(ps, 5, q.speakerId());
            Sql.text(ps, 6, q.speakerTitle());
            ps.setInt(7, q.direct() ? 1 : 0);
            ps.setInt(8, q.offset());
            ps.executeUpdate();
            return Sql.lastId(db);
        }
    }

    /** The article's quotes with their ids, in body order. */
    List<StoredQuote> ofArticle(long articleId) throws SQLException {
        return read(new Where().is("q.article_id = ?", articleId), Filter.all());
    }

    /** Quotes passing {@code f} (speaker, entity as speaker, publisher, dates of the article). */
    List<StoredQuote> list(Filter f) throws SQLException {
        return read(new Where()
                .when(f.speaker(), "q.speaker_id = ?")
                .when(f.entity(), "q.speaker_id = ?")
                .sameText(f.publisher(), "a.publisher")
                .dates(f, "a."), f);
    }

    private List<StoredQuote> read(Where w, Filter f) throws SQLException {
        List<StoredQuote> out = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, "SELECT q.*, " + ArticleDao.INFO_COLUMNS
                + " FROM quotes q JOIN articles a ON a.id = q.article_id", " ORDER BY q.article_id, q.seq", f).executeQuery()) {
            while (rs.next()) {
                Quote q = new Quote(rs.getString("text"), Sql.text(rs, "speaker"), Sql.text(rs, "speaker_id"),
                        Sql.text(rs, "speaker_title"), rs.getInt("direct") != 0, rs.getInt("offset"));
                out.add(new StoredQuote(rs.getLong("id"), q, ArticleDao.info(rs)));
            }
        }
        return out;
    }
}
