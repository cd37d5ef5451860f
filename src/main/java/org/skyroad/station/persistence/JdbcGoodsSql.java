package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers the local-goods repositories share: IN lists, LIKE escaping, dates. */
final class JdbcGoodsSql {

    /** IN lists are sent in chunks of this many ids. */
    static final int CHUNK = 500;

    private JdbcGoodsSql() {
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Runs {@code sqlWithIn} (whose single {@code %s} is replaced by the placeholders) for the
     * ids in chunks and concatenates the rows.
     */
    static <T> List<T> inChunks(Jdbc jdbc, String sqlWithIn, Collection<UUID> ids, Jdbc.RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        List<UUID> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<UUID> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            rows.addAll(jdbc.query(String.format(sqlWithIn, placeholders(part.size())), mapper, part.toArray()));
        }
        return rows;
    }

    static <T> List<T> inChunks(Jdbc jdbc, Function<String, String> sql, Collection<UUID> ids, Jdbc.RowMapper<T> mapper) {
        return inChunks(jdbc, sql.apply("%s"), ids, mapper);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
