package org.dossier.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.OptionalLong;
import org.dossier.store.query.DateSpan;

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

    /** Binds a span as two day columns (first, last), or two NULLs. */
    static void span(PreparedStatement ps, int i, Optional<DateSpan> span) throws SQLException {
        number(ps, i, span.map(s -> OptionalLong.of(s.first())).orElse(OptionalLong.empty()));
        number(ps, i + 1, span.map(s -> OptionalLong.of(s.last())).orElse(OptionalLong.empty()));
    }

    static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static OptionalLong number(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static Optional<DateSpan> span(ResultSet rs, String firstColumn, String lastColumn) throws SQLException {
        OptionalLong first = number(rs, firstColumn);
        OptionalLong last = number(rs, lastColumn);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(first.getAsLong(), last.getAsLong()));
    }

    /** The rowid of the last INSERT on this connection. */
    static long lastId(Db db) throws SQLException {
        try (ResultSet rs = db.prepare("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
