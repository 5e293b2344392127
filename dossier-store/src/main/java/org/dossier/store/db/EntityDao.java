package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.store.query.CoMention;
import org.dossier.store.query.EntityProfile;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.Filter;

/**
 * The {@code entities} (canonical, across articles) and {@code article_entities} (as each article
 * names them) tables.
 */
final class EntityDao {
    private final Db db;

    EntityDao(Db db) {
        this.db = db;
    }

    /** Stores the article's entity, adding the canonical one the first time its id is seen. */
    void insert(long articleId, int rank, Entity e, Instant now) throws SQLException {
        {
            PreparedStatement ps = db.prepare("INSERT INTO entities (id, name, type, country, first_seen) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET country = coalesce(country, excluded.country)");
            ps.setString(1, e.id());
            ps.setString(2, e.name());
            ps.setString(3, e.type().name());
            Sql.text(ps, 4, e.country());
            ps.setString(5, now.toString());
            ps.executeUpdate();
        }
        {
            PreparedStatement ps = db.prepare("INSERT INTO article_entities (article_id, entity_id, rank, "
                + "name, type, aliases, mentions, titles, country, offsets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING");
            ps.setLong(1, articleId);
            ps.setString(2, e.id());
            ps.setInt(3, rank);
            ps.setString(4, e.name());
            ps.setString(5, e.type().name());
            ps.setString(6, Json.write(e.aliases()));
            ps.setInt(7, e.mentions());
            ps.setString(8, Json.write(e.titles()));
            Sql.text(ps, 9, e.country());
            ps.setString(10, Json.write(e.offsets()));
            ps.executeUpdate();
        }
    }

    List<Entity> ofArticle(long articleId) throws SQLException {
        List<Entity> out = new ArrayList<>();
        {
            PreparedStatement ps = db.prepare(
                "SELECT * FROM article_entities WHERE article_id = ? ORDER BY rank");
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entity(rs.getString("entity_id"), rs.getString("name"),
                            EntityType.valueOf(rs.getString("type")), Json.strings(rs.getString("aliases")),
                            rs.getInt("mentions"), Json.strings(rs.getString("titles")), Sql.text(rs, "country"),
                            Json.ints(rs.getString("offsets"))));
                }
            }
        }
        return out;
    }

    /** Canonical entities passing {@code f} (type, publisher, dates of the articles), most articles first. */
    List<EntitySummary> list(Filter f) throws SQLException {
        Where w = new Where()
                .when(f.type(), "e.type = upper(?)")
                .when(f.entity(), "e.id = ?")
                .sameText(f.publisher(), "a.publisher")
                .dates(f, "a.");
        List<EntitySummary> out = new ArrayList<>();
        try (ResultSet rs = w.prepare(db, "SELECT e.id, e.name, e.type, e.country, "
                        + "count(DISTINCT ae.article_id) AS n_articles, sum(ae.mentions) AS n_mentions "
                        + "FROM entities e JOIN article_entities ae ON ae.entity_id = e.id "
                        + "JOIN articles a ON a.id = ae.article_id",
                " GROUP BY e.id ORDER BY n_articles DESC, n_mentions DESC, e.id", f).executeQuery()) {
            while (rs.next()) {
                out.add(new EntitySummary(rs.getString("id"), rs.getString("name"),
                        EntityType.valueOf(rs.getString("type")), Sql.text(rs, "country"), rs.getInt("n_articles"),
                        rs.getInt("n_mentions")));
            }
        }
        return out;
    }

    /** The entity with every name and title its articles give it, most used first; empty when unknown. */
    Optional<EntityProfile> profile(String id) throws SQLException {
        List<EntitySummary> summary = list(Filter.all().withEntity(Optional.of(id)));
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        String canonical = summary.get(0).name();
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> titles = new LinkedHashMap<>();
        PreparedStatement ps = db.prepare("SELECT name, aliases, titles FROM article_entities WHERE entity_id = ? "
                + "ORDER BY article_id");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.merge(rs.getString("name"), 1, Integer::sum);
                Json.strings(rs.getString("aliases")).forEach(a -> names.merge(a, 1, Integer::sum));
                Json.strings(rs.getString("titles")).forEach(t -> titles.merge(t, 1, Integer::sum));
            }
        }
        names.remove(canonical);
        return Optional.of(new EntityProfile(summary.get(0), byUse(names), byUse(titles)));
    }

    /** Keys by how often they were seen, then in the order first seen. */
    private static List<String> byUse(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    /** The entities named in the most articles together with {@code id}, at most {@code limit}. */
    List<CoMention> coMentioned(String id, int limit) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT e.id, e.name, e.type, count(*) AS n FROM article_entities me "
                + "JOIN article_entities other ON other.article_id = me.article_id AND other.entity_id <> me.entity_id "
                + "JOIN entities e ON e.id = other.entity_id WHERE me.entity_id = ? "
                + "GROUP BY e.id ORDER BY n DESC, e.id LIMIT ?");
        ps.setString(1, id);
        ps.setInt(2, limit);
        List<CoMention> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CoMention(rs.getString("id"), rs.getString("name"),
                        EntityType.valueOf(rs.getString("type")), rs.getInt("n")));
            }
        }
        return out;
    }
}
