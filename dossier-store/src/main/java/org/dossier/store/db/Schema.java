package org.dossier.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The store's tables, created and upgraded by numbered migrations applied in order, each in its own
 * transaction and recorded in {@code schema_version}. A migration is never edited once released: a
 * change of schema is a new migration at the end of the list.
 */
final class Schema {
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "sources, articles, entities, quotes, events, timeline, errors", List.of(
                    // One row per distinct payload; every path or URL it was reached by is a location.
                    """
                    CREATE TABLE sources (
                      sha256        TEXT PRIMARY KEY,
                      format        TEXT NOT NULL,
                      size          INTEGER NOT NULL,
                      content_type  TEXT,
                      fetched_at    TEXT,
                      first_seen    TEXT NOT NULL,
                      status        TEXT NOT NULL CHECK (status IN ('stored', 'failed')),
                      article_id    INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                      processed_by  TEXT,
                      processed_at  TEXT
                    )""",
                    "CREATE INDEX sources_article ON sources(article_id)",
                    """
                    CREATE TABLE source_locations (
                      id             INTEGER PRIMARY KEY,
                      sha256         TEXT NOT NULL REFERENCES sources(sha256) ON DELETE CASCADE,
                      location       TEXT NOT NULL,
                      location_key   TEXT NOT NULL,
                      path           TEXT,
                      url            TEXT,
                      warc_record_id TEXT,
                      warc_offset    INTEGER,
                      fetched_at     TEXT,
                      first_seen     TEXT NOT NULL,
                      UNIQUE (sha256, location_key)
                    )""",
                    "CREATE INDEX source_locations_url ON source_locations(url)",
                    // An article is its clean text: the same body reached through two payloads is one article.
                    """
                    CREATE TABLE articles (
                      id                 INTEGER PRIMARY KEY,
                      body_sha256        TEXT NOT NULL UNIQUE,
                      sha256             TEXT NOT NULL,
                      src_path           TEXT,
                      src_format         TEXT NOT NULL,
                      src_url            TEXT,
                      src_warc_record_id TEXT,
                      src_warc_offset    INTEGER,
                      src_fetched_at     TEXT,
                      title              TEXT,
                      authors            TEXT NOT NULL,
                      publisher          TEXT,
                      wire               TEXT,
                      published          TEXT,
                      estimate           TEXT,
                      estimate_basis     TEXT,
                      language           TEXT,
                      dateline           TEXT,
                      body               TEXT NOT NULL,
                      captions           TEXT NOT NULL,
                      foreign_captions   TEXT NOT NULL,
                      day_first          INTEGER,
                      day_last           INTEGER,
                      stored_at          TEXT NOT NULL
                    )""",
                    "CREATE INDEX articles_publisher ON articles(publisher)",
                    "CREATE INDEX articles_day ON articles(day_first)",
                    """
                    CREATE TABLE entities (
                      id         TEXT PRIMARY KEY,
                      name       TEXT NOT NULL,
                      type       TEXT NOT NULL,
                      country    TEXT,
                      first_seen TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE article_entities (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      entity_id  TEXT NOT NULL REFERENCES entities(id),
                      rank       INTEGER NOT NULL,
                      name       TEXT NOT NULL,
                      type       TEXT NOT NULL,
                      aliases    TEXT NOT NULL,
                      mentions   INTEGER NOT NULL,
                      titles     TEXT NOT NULL,
                      country    TEXT,
                      offsets    TEXT NOT NULL,
                      PRIMARY KEY (article_id, entity_id)
                    )""",
                    "CREATE INDEX article_entities_entity ON article_entities(entity_id)",
                    """
                    CREATE TABLE quotes (
                      id            INTEGER PRIMARY KEY,
                      article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      seq           INTEGER NOT NULL,
                      text          TEXT NOT NULL,
                      speaker       TEXT,
                      speaker_id    TEXT,
                      speaker_title TEXT,
                      direct        INTEGER NOT NULL,
                      offset        INTEGER NOT NULL
                    )""",
                    "CREATE INDEX quotes_article ON quotes(article_id)",
                    "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
                    """
                    CREATE TABLE events (
                      id             INTEGER PRIMARY KEY,
                      article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      seq            INTEGER NOT NULL,
                      type           TEXT NOT NULL,
                      mode           TEXT,
                      status         TEXT NOT NULL,
                      actor          TEXT,
                      actor_id       TEXT,
                      actor_country  TEXT,
                      target         TEXT,
                      target_id      TEXT,
                      target_country TEXT,
                      location       TEXT,
                      date           TEXT,
                      day_first      INTEGER,
                      day_last       INTEGER,
                      evidence       TEXT NOT NULL,
                      offset         INTEGER NOT NULL,
                      confidence     REAL NOT NULL
                    )""",
                    "CREATE INDEX events_article ON events(article_id)",
                    "CREATE INDEX events_type ON events(type)",
                    "CREATE INDEX events_actor ON events(actor_id)",
                    "CREATE INDEX events_target ON events(target_id)",
                    // One row per real-world event; its members are the events of articles that report it.
                    """
                    CREATE TABLE timeline_entries (
                      id        INTEGER PRIMARY KEY,
                      type      TEXT NOT NULL,
                      mode      TEXT,
                      status    TEXT NOT NULL,
                      actor     TEXT,
                      actor_id  TEXT,
                      target    TEXT,
                      target_id TEXT,
                      location  TEXT,
                      date      TEXT,
                      day_first INTEGER,
                      day_last  INTEGER,
                      reports   INTEGER NOT NULL
                    )""",
                    "CREATE INDEX timeline_entries_type ON timeline_entries(type, day_first)",
                    """
                    CREATE TABLE timeline_sources (
                      entry_id INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                      PRIMARY KEY (entry_id, event_id)
                    )""",
                    "CREATE INDEX timeline_sources_event ON timeline_sources(event_id)",
                    """
                    CREATE TABLE errors (
                      id         INTEGER PRIMARY KEY,
                      location   TEXT NOT NULL,
                      sha256     TEXT,
                      stage      TEXT NOT NULL,
                      reason     TEXT NOT NULL,
                      first_seen TEXT NOT NULL,
                      last_seen  TEXT NOT NULL,
                      count      INTEGER NOT NULL,
                      UNIQUE (location, reason)
                    )""",
                    // Articles whose full-text documents may not be committed to the index yet.
                    "CREATE TABLE index_pending (article_id INTEGER PRIMARY KEY)")),
            new Migration(2, "near-duplicate fingerprints; timeline entries merged by the timeline's rules", List.of(
                    // Version 1 linked entries to events by a merge of the store's own; its entries are
                    // rebuilt from the events by the timeline's rules (Store.open fills in every article
                    // that has no fingerprint yet).
                    "DROP TABLE timeline_sources",
                    "DROP TABLE timeline_entries",
                    // One row per article: its MinHash signature (big-endian longs) and duplicate group.
                    """
                    CREATE TABLE article_fingerprints (
                      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      min_hashes BLOB NOT NULL,
                      shingles   INTEGER NOT NULL,
                      dup_group  TEXT NOT NULL
                    )""",
                    "CREATE INDEX article_fingerprints_group ON article_fingerprints(dup_group)",
                    // The LSH band keys: articles sharing one are candidate near-duplicates.
                    """
                    CREATE TABLE band_keys (
                      band_key   INTEGER NOT NULL,
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      PRIMARY KEY (band_key, article_id)
                    ) WITHOUT ROWID""",
                    // One row per entry, kept whole as TimelineJson; the columns select and order entries.
                    """
                    CREATE TABLE timeline_entries (
                      id        INTEGER PRIMARY KEY,
                      entry_id  TEXT NOT NULL,
                      block     TEXT NOT NULL,
                      type      TEXT NOT NULL,
                      mode      TEXT,
                      status    TEXT NOT NULL,
                      actor_id  TEXT,
                      target_id TEXT,
                      day_first INTEGER,
                      day_last  INTEGER,
                      entry     TEXT NOT NULL
                    )""",
                    "CREATE INDEX timeline_entries_block ON timeline_entries(block)",
                    "CREATE INDEX timeline_entries_day ON timeline_entries(day_first, day_last)",
                    // The ids an actor filter selects an entry by (TimelineEntry.actorKeys).
                    """
                    CREATE TABLE timeline_actors (
                      entry    INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                      actor_id TEXT NOT NULL,
                      PRIMARY KEY (actor_id, entry)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX timeline_actors_entry ON timeline_actors(entry)",
                    // The outlets of an entry's sources, lower-cased.
                    """
                    CREATE TABLE timeline_publishers (
                      entry     INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                      publisher TEXT NOT NULL,
                      PRIMARY KEY (publisher, entry)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX timeline_publishers_entry ON timeline_publishers(entry)",
                    // A timeline source names its article by the article's source SHA-256 (Report.sha256).
                    "CREATE INDEX articles_sha256 ON articles(sha256)")),
            new Migration(3, "each timeline report in a row of its own; the parties' countries the articles agree "
                    + "on", List.of(
                    // Version 2 kept every report inside its entry's JSON, so a report joining an entry of
                    // n reports rewrote all n; now the entry row holds the entry without its reports
                    // (TimelineJson.header) and each report is a row.
                    "DROP TABLE timeline_publishers",
                    """
                    CREATE TABLE timeline_sources (
                      id        INTEGER PRIMARY KEY,
                      entry     INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                      ambiguous INTEGER NOT NULL CHECK (ambiguous IN (0, 1)),
                      publisher TEXT,
                      report    TEXT NOT NULL
                    )""",
                    "CREATE INDEX timeline_sources_entry ON timeline_sources(entry)",
                    // The publisher filter: the outlet of a counted source, lower-cased (only counted sources select).
                    "CREATE INDEX timeline_sources_publisher ON timeline_sources(publisher, entry) WHERE ambiguous = 0",
                    // One row per person or organisation some article gives a country: that country while
                    // every such article agrees, NULL once two disagree (PartyCountryDao).
                    """
                    CREATE TABLE party_countries (
                      entity_id TEXT PRIMARY KEY,
                      country   TEXT
                    ) WITHOUT ROWID""",
                    """
                    INSERT INTO party_countries (entity_id, country)
                    SELECT entity_id, CASE WHEN count(DISTINCT country) = 1 THEN min(country) END
                    FROM article_entities WHERE country IS NOT NULL AND substr(entity_id, 1, 8) <> 'country/'
                    GROUP BY entity_id""",
                    // The timeline is rebuilt from the events, in rows and with the countries: without
                    // fingerprints, Store.open places every article again, oldest first.
                    "DELETE FROM timeline_actors",
                    "DELETE FROM timeline_entries",
                    "DELETE FROM band_keys",
                    "DELETE FROM article_fingerprints")),
            new Migration(4, "each timeline report stored once per block, linked to the entries that hold it", List.of(
                    // Version 3 wrote a report once per entry holding it, and an undated report fits every
                    // entry of its block it could be (an article recalling "Kim's visit to China"): in a
                    // store of 3,000 generated pages, 106,537 of 112,913 report rows were such copies, 94% of
                    // the reports' bytes. Now a report is one row of its block and each entry links to it.
                    """
                    CREATE TABLE timeline_reports (
                      id        INTEGER PRIMARY KEY,
                      block     TEXT NOT NULL,
                      publisher TEXT,
                      report    TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE timeline_links (
                      entry     INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                      report    INTEGER NOT NULL REFERENCES timeline_reports(id) ON DELETE CASCADE,
                      ambiguous INTEGER NOT NULL CHECK (ambiguous IN (0, 1)),
                      PRIMARY KEY (entry, report)
                    ) WITHOUT ROWID""",
                    // Equal reports are written as equal text (TimelineJson.report), so one row per text and block.
                    """
                    INSERT INTO timeline_reports (block, publisher, report)
                    SELECT t.block, min(s.publisher), s.report FROM timeline_sources s
                    JOIN timeline_entries t ON t.id = s.entry GROUP BY t.block, s.report""",
                    "CREATE INDEX timeline_reports_move ON timeline_reports(block, report)",
                    """
                    INSERT OR IGNORE INTO timeline_links (entry, report, ambiguous)
                    SELECT s.entry, r.id, s.ambiguous FROM timeline_sources s JOIN timeline_entries t ON t.id = s.entry
                    JOIN timeline_reports r ON r.block = t.block AND r.report = s.report""",
                    "DROP INDEX timeline_reports_move",
                    "DROP TABLE timeline_sources",
                    "CREATE INDEX timeline_reports_block ON timeline_reports(block)",
                    "CREATE INDEX timeline_links_report ON timeline_links(report)",
                    // The publisher filter: the outlet of a report, lower-cased (only counted links select).
                    "CREATE INDEX timeline_reports_publisher ON timeline_reports(publisher)")));

    private Schema() {
    }

    /** The version this build writes and reads. */
    static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** The version of the store behind {@code c}: 0 for an empty database. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Applies every migration newer than the store's version.
     *
     * @throws StoreException when the store was written by a newer Dossier
     */
    static void migrate(Connection c, String where) throws SQLException, StoreException {
        int have = version(c);
        if (have > currentVersion()) {
            throw new StoreException(where, "the store has schema version " + have
                    + ", newer than this Dossier understands (" + currentVersion() + "); use a newer Dossier");
        }
        if (have == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
        }
        for (Migration m : MIGRATIONS) {
            if (m.version() <= have) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                try (var ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
