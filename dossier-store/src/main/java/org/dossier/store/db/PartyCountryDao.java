package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.nlp.timeline.PartyCountries;

/**
 * The {@code party_countries} table: for each person or organisation some stored article gives a
 * country, the country they all agree on, or NULL once two disagree. It is what {@link PartyCountries}
 * would make of every stored article's entities, kept up to date one article at a time so that filling
 * a report costs one key lookup per party, whatever the number of articles that name it.
 */
final class PartyCountryDao {
    private final Db db;

    PartyCountryDao(Db db) {
        this.db = db;
    }

    /**
     * Records the countries an article's entities give. Returns the ids whose agreed country this
     * changed (a first country, or a second that makes it none), each with the country agreed before.
     */
    Map<String, Optional<String>> learn(List<Entity> entities) throws SQLException {
        Map<String, Optional<String>> changed = new TreeMap<>();
        for (Entity e : entities) {
            if (e.country().isEmpty() || e.id().startsWith("country/")) {
                continue;
            }
            PreparedStatement read = db.prepare("SELECT country FROM party_countries WHERE entity_id = ?");
            read.setString(1, e.id());
            boolean known;
            Optional<String> agreed;
            try (ResultSet rs = read.executeQuery()) {
                known = rs.next();
                agreed = known ? Sql.text(rs, "country") : Optional.empty();
            }
            if (!known) {
                PreparedStatement ps = db.prepare("INSERT INTO party_countries (entity_id, country) VALUES (?, ?)");
                ps.setString(1, e.id());
                ps.setString(2, e.country().get());
                ps.executeUpdate();
                changed.put(e.id(), Optional.empty());
            } else if (agreed.isPresent() && !agreed.equals(e.country())) {
                PreparedStatement ps = db.prepare("UPDATE party_countries SET country = NULL WHERE entity_id = ?");
                ps.setString(1, e.id());
                ps.executeUpdate();
                changed.put(e.id(), agreed);
            }
        }
        return changed;
    }

    /**
     * The table for the parties of {@code events} that leave their country empty, as stored, except
     * that the ids of {@code instead} get the country given there (what was agreed before a change).
     */
    PartyCountries table(Collection<Event> events, Map<String, Optional<String>> instead) throws SQLException {
        Set<String> ids = new TreeSet<>();
        for (Event e : events) {
            e.actorId().filter(id -> e.actorCountry().isEmpty()).ifPresent(ids::add);
            e.targetId().filter(id -> e.targetCountry().isEmpty()).ifPresent(ids::add);
        }
        Map<String, List<String>> given = new HashMap<>();
        for (String id : ids) {
            Optional<String> country = instead.containsKey(id) ? instead.get(id) : agreed(id);
            country.ifPresent(c -> given.put(id, List.of(c)));
        }
        return PartyCountries.fromGiven(given);
    }

    /**
     * The placed articles (with their duplicate groups) that have an event naming one of {@code ids} as a
     * party without its country. Articles not placed yet are left out: they are filled when placed.
     */
    Map<Long, String> articlesNaming(Collection<String> ids) throws SQLException {
        Map<Long, String> out = new TreeMap<>();
        for (String id : ids) {
            PreparedStatement ps = db.prepare("SELECT f.article_id, f.dup_group FROM article_fingerprints f "
                    + "WHERE f.article_id IN (SELECT article_id FROM events WHERE actor_id = ? "
                    + "AND actor_country IS NULL UNION SELECT article_id FROM events WHERE target_id = ? AND target_country IS NULL)");
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private Optional<String> agreed(String id) throws SQLException {
        if (id.startsWith("country/")) {
            return Optional.empty();
        }
        PreparedStatement ps = db.prepare("SELECT country FROM party_countries WHERE entity_id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Sql.text(rs, "country") : Optional.empty();
        }
    }
}
