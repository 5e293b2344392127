package org.dossier.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's connection with its prepared statements kept for reuse: SQLite compiles a statement
 * each time it is prepared, which cost more than running it when every article prepared a dozen.
 * Callers must not close the statements they get, only their result sets. Not thread-safe: the
 * store serialises access.
 */
final class Db {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Db(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, prepared once. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes the statements (before the connection closes). */
    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing the connection next releases it anyway
            }
        }
        statements.clear();
    }
}
