package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.OptionalLong;
import org.dossier.core.model.DateSpan;

/** Binding absent values as SQL NULL and reading them back, shared by the DAOs. */
final class Sql {
    private Sql() {
    }

    static void text(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ps.setString(i, v.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static void number(PreparedStatement ps, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            ps.setLong(i, v.getAsLong());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    /** Binds a span as two day columns (first and last day, as days since 1970-01-01), or two NULLs. */
    static void span(PreparedStatement ps, int i, Optional<DateSpan> span) throws SQLException {
        number(ps, i, span.map(s -> OptionalLong.of(s.first().toEpochDay())).orElse(OptionalLong.empty()));
        number(ps, i + 1, span.map(s -> OptionalLong.of(s.last().toEpochDay())).orElse(OptionalLong.empty()));
    }

    static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static OptionalLong number(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The rowid of the last INSERT on this connection. */
    static long lastId(Db db) throws SQLException {
        try (ResultSet rs = db.prepare("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
