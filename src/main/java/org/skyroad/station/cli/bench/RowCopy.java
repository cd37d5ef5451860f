package org.skyroad.station.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The raw side of a "save" figure: the rows a service call just wrote, read back (not timed)
 * and inserted again as plain JDBC with a few columns changed (a new id, a free number), so
 * the baseline writes exactly the same bytes the service did, minus every check around them.
 */
final class RowCopy {

    private final String table;
    private final List<String> columns;

    private RowCopy(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** The insertable columns of {@code table} (generated columns left out). */
    static RowCopy of(Connection c, String table) throws SQLException {
        Set<String> generated = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_NAME = ? AND (IS_GENERATED = 'ALWAYS' OR IS_IDENTITY = 'YES')")) {
            ps.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    generated.add(rs.getString(1));
                }
            }
        }
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (!generated.contains(md.getColumnName(i))) {
                    cols.add(md.getColumnName(i));
                }
            }
        }
        return new RowCopy(table, cols);
    }

    /** Reads the rows where {@code keyColumn = key}: what the service wrote. */
    List<Map<String, Object>> read(Connection c, String keyColumn, Object key) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE " + keyColumn + " = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), rs.getObject(i + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The insert statement, prepared once per measured save. */
    PreparedStatement prepare(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")");
    }

    /** Binds {@code row} with {@code changed} columns replaced (upper-case names) and runs the insert. */
    void insert(PreparedStatement ps, Map<String, Object> row, Map<String, Object> changed) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            String col = columns.get(i);
            ps.setObject(i + 1, changed.containsKey(col) ? changed.get(col) : row.get(col));
        }
        ps.executeUpdate();
    }
}
