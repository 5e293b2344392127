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
}
