package org.dossier.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Turns a store written by this Dossier back into what an older one wrote, to test its migration. */
final class OldSchemas {
    private OldSchemas() {
    }

    /**
     * The store in {@code dir} as schema version 2 had it: no report rows nor parties' countries, the
     * publisher table back, version 3 not applied. The rows of the timeline entries are left as they are.
     */
    static void toVersion2(Path dir) throws SQLException {
        toVersion3(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE timeline_sources");
            s.execute("DROP TABLE party_countries");
            for (String sql : Schema.MIGRATIONS.get(1).statements()) {
                if (sql.contains("timeline_publishers")) {
                    s.execute(sql);
                }
            }
            s.execute("DELETE FROM schema_version WHERE version > 2");
        }
    }

    /**
     * The store in {@code dir} as schema version 3 had it: a report row for each entry that holds the report,
     * no report table nor links, version 4 not applied.
     */
    static void toVersion3(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement()) {
            for (String sql : Schema.MIGRATIONS.get(2).statements()) {
                if (sql.contains("timeline_sources")) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO timeline_sources (entry, ambiguous, publisher, report) SELECT l.entry, l.ambiguous, "
                    + "r.publisher, r.report FROM timeline_links l JOIN timeline_reports r ON r.id = l.report "
                    + "ORDER BY l.entry, r.id");
            s.execute("DROP TABLE timeline_links");
            s.execute("DROP TABLE timeline_reports");
            s.execute("DELETE FROM schema_version WHERE version > 3");
        }
    }
}
