package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.query.ArticleInfo;
import org.dossier.store.query.Filter;

/** The {@code articles} table: the article fields of each record, one row per distinct clean text. */
final class ArticleDao {
    /** Columns for an {@link ArticleInfo}, with the table aliased {@code a}. */
    static final String INFO_COLUMNS = "a.id AS a_id, a.title AS a_title, a.publisher AS a_publisher, "
            + "coalesce(a.published, a.estimate) AS a_published, a.src_url AS a_url, a.src_path AS a_path";

    private final Db db;

    ArticleDao(Db db) {
        this.db = db;
    }

    Optional<Long> idByBody(String bodySha256) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT id FROM articles WHERE body_sha256 = ?");
            ps.setString(1, bodySha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    long insert(Article a, String bodySha256, Instant now) throws SQLException {
        SourceRef ref = a.source();
        {
            PreparedStatement ps = db.prepare("INSERT INTO articles (body_sha256, sha256, src_path, "
                + "src_format, src_url, src_warc_record_id, src_warc_offset, src_fetched_at, title, authors, "
                + "publisher, wire, published, estimate, estimate_basis, language, dateline, body, captions, "
                + "foreign_captions, day_first, day_last, stored_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setString(1, bodySha256);
            ps.setString(2, ref.sha256());
            Sql.text(ps, 3, ref.path());
            ps.setString(4, ref.format().name());
            Sql.text(ps, 5, ref.url());
            Sql.text(ps, 6, ref.warcRecordId());
            Sql.number(ps, 7, ref.warcOffset());
            Sql.text(ps, 8, ref.fetchedAt().map(Instant::toString));
            Sql.text(ps, 9, a.title());
            ps.setString(10, Json.write(a.authors()));
            Sql.text(ps, 11, a.publisher());
            Sql.text(ps, 12, a.wire());
            Sql.text(ps, 13, a.published());
            Sql.text(ps, 14, a.publishedEstimate().map(DateEstimate::value));
            Sql.text(ps, 15, a.publishedEstimate().map(DateEstimate::basis));
            Sql.text(ps, 16, a.language());
            Sql.text(ps, 17, a.dateline());
            ps.setString(18, a.body());
            ps.setString(19, Json.write(a.captions()));
            ps.setString(20, Json.foreign(a.foreignCaptions()));
            Sql.span(ps, 21, span(a));
            ps.setString(23, now.toString());
            ps.executeUpdate();
            return Sql.lastId(db);
        }
    }

    /** The days an article is dated to: its publication date, else the estimate. */
    static Optional<DateSpan> span(Article a) {
        return DateSpan.parse(a.published()).or(() -> DateSpan.parse(a.publishedEstimate().map(DateEstimate::value)));
    }

    void delete(long id) throws SQLException {
        {
            PreparedStatement ps = db.prepare("DELETE FROM articles WHERE id = ?");
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    Optional<Article> load(long id) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT * FROM articles WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                SourceRef ref = new SourceRef(Sql.text(rs, "src_path"), rs.getString("sha256"),
                        SourceFormat.valueOf(rs.getString("src_format")), Sql.text(rs, "src_url"),
                        Sql.text(rs, "src_warc_record_id"), Sql.number(rs, "src_warc_offset"),
                        Sql.text(rs, "src_fetched_at").map(Instant::parse));
                Optional<String> estimate = Sql.text(rs, "estimate");
                Optional<String> basis = Sql.text(rs, "estimate_basis");
                return Optional.of(Article.builder(ref)
                        .title(Sql.text(rs, "title"))
                        .authors(Json.strings(rs.getString("authors")))
                        .publisher(Sql.text(rs, "publisher"))
                        .wire(Sql.text(rs, "wire"))
                        .published(Sql.text(rs, "published"))
                        .publishedEstimate(estimate.map(v -> new DateEstimate(v, basis.orElse(""))))
                        .language(Sql.text(rs, "language"))
                        .dateline(Sql.text(rs, "dateline"))
                        .body(rs.getString("body"))
                        .captions(Json.strings(rs.getString("captions")))
                        .foreignCaptions(Json.foreign(rs.getString("foreign_captions")))
                        .build());
            }
        }
    }

    Optional<ArticleInfo> info(long id) throws SQLException {
        {
            PreparedStatement ps = db.prepare("SELECT " + INFO_COLUMNS + " FROM articles a WHERE a.id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The articles read from the sources {@code sha256s} (the SHA-256 an article's own source has, as a
     * timeline report names it), in one statement whatever their number (they go in as one JSON array);
     * a SHA-256 no stored article has is left out.
     */
    Map<String, ArticleInfo> infoBySource(Collection<String> sha256s) throws SQLException {
        Map<String, ArticleInfo> out = new HashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        PreparedStatement ps = db.prepare("SELECT a.sha256, " + INFO_COLUMNS + " FROM articles a "
                + "WHERE a.sha256 IN (SELECT value FROM json_each(?))");
        ps.setString(1, Json.write(List.copyOf(new TreeSet<>(sha256s))));
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("sha256"), info(rs));
            }
        }
        return out;
    }

    /** Reads the {@link #INFO_COLUMNS} of the current row. */
    static ArticleInfo info(ResultSet rs) throws SQLException {
        return new ArticleInfo(rs.getLong("a_id"), Sql.text(rs, "a_title"), Sql.text(rs, "a_publisher"),
                Sql.text(rs, "a_published"), Sql.text(rs, "a_url"), Sql.text(rs, "a_path"));
    }

    /** Ids of the articles that pass {@code f} (entity, publisher, dates), oldest first. */
    List<Long> ids(Filter f) throws SQLException {
        Where w = new Where()
                .when(f.entity(), "a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
                .sameText(f.publisher(), "a.publisher")
                .dates(f, "a.");
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, "SELECT a.id FROM articles a", " ORDER BY a.id", f).executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    long count() throws SQLException {
        return Store.count(db, "SELECT count(*) FROM articles");
    }
}
