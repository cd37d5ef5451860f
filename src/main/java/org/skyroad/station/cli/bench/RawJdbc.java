package org.skyroad.station.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.skyroad.station.domain.common.TextRules;

/**
 * The raw baselines: plain JDBC on a connection of the same database settings as the app, no
 * service, no transaction helper, no mapping to domain records.
 */
final class RawJdbc {

    static final String VILLAGER_COLUMNS = "id, name, name_key, phone, phone_tail, village_id, id_tail, id_tail4, household, notes, "
            + "consent_pickup, consent_delivery, created_at, updated_at, version";
    private static final int VILLAGER_COLUMN_COUNT = 15;
    static final String VILLAGE_COLUMNS = "id, name, name_key, created_at, version";

    /** The same SELECT as the villager repository: the row and its village's name. */
    static final String SELECT = "SELECT v.*, g.name AS village_name FROM villager v "
            + "LEFT JOIN village g ON g.id = v.village_id ";

    private RawJdbc() {
    }

    /** Every row of a table as column values, in primary-key order (read untimed, to be written elsewhere). */
    static List<Object[]> readAll(Connection c, String table, String columns) throws SQLException {
        int count = columns.split(",").length;
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table)) {
            while (rs.next()) {
                Object[] row = new Object[count];
                for (int i = 0; i < count; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes rows with addBatch/executeBatch, one commit per chunk; returns the nanoseconds it took. */
    static long batchInsert(Connection c, String table, String columns, List<Object[]> rows, int chunk) throws SQLException {
        int count = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int inChunk = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < count; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
                if (++inChunk == chunk) {
                    ps.executeBatch();
                    c.commit();
                    inChunk = 0;
                }
            }
            if (inChunk > 0) {
                ps.executeBatch();
                c.commit();
            }
            return System.nanoTime() - start;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static long batchInsertVillagers(Connection c, List<Object[]> rows, int chunk) throws SQLException {
        if (!rows.isEmpty() && rows.get(0).length != VILLAGER_COLUMN_COUNT) {
            throw new IllegalArgumentException("villager rows have " + VILLAGER_COLUMN_COUNT + " columns");
        }
        return batchInsert(c, "villager", VILLAGER_COLUMNS, rows, chunk);
    }

    /**
     * The same SQL statements, in the same order and with the same limits, as the villager
     * search issues for {@code text}; each row's columns are read, nothing is mapped. Gives the
     * ids found, in order, so the bench can check both sides found the same villagers.
     */
    static List<UUID> find(Connection c, String text, int limit) throws SQLException {
        Set<UUID> found = new LinkedHashSet<>();
        String typed = TextRules.clean(text);
        if (typed == null || typed.isEmpty()) {
            return List.of();
        }
        String compact = typed.replaceAll("[\\s\\-()]", "");
        boolean digits = compact.matches("\\+?[0-9]+");
        if (digits) {
            if (compact.length() == 4) {
                query(c, found, limit, SELECT + "WHERE v.phone_tail = ? ORDER BY v.name_key LIMIT ?", compact, limit);
            }
            String phone = phoneDigits(compact);
            if (phone != null) {
                query(c, found, limit, SELECT + "WHERE v.phone = ? ORDER BY v.name_key LIMIT ?", phone, limit);
            }
        }
        String upper = compact.toUpperCase(Locale.ROOT);
        if (upper.matches("[0-9]{3,5}[0-9X]")) {
            query(c, found, limit, SELECT + "WHERE v.id_tail4 = ? AND v.id_tail LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?",
                    upper.substring(upper.length() - 4), "%" + escape(upper), limit);
        }
        if (!digits) {
            String key = TextRules.searchKey(typed);
            if (!key.isEmpty()) {
                int prefix = query(c, found, limit,
                        SELECT + "WHERE v.name_key LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?", escape(key) + "%", limit);
                if (prefix < limit) {
                    query(c, found, limit, SELECT + "WHERE v.name_key LIKE ? ESCAPE '\\' "
                                    + "AND v.name_key NOT LIKE ? ESCAPE '\\' ORDER BY v.name_key LIMIT ?",
                            "%" + escape(key) + "%", escape(key) + "%", limit - prefix);
                }
                List<UUID> villages = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM village WHERE name_key LIKE ? ESCAPE '\\'")) {
                    ps.setString(1, escape(key) + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            villages.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
                for (UUID village : villages) {
                    if (found.size() >= limit) {
                        break;
                    }
                    query(c, found, limit, SELECT + "WHERE v.village_id = ? ORDER BY v.name_key LIMIT ?", village,
                            limit - found.size());
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Runs one query, reads every column of every row, adds the ids (up to {@code limit}); gives the row count. */
    private static int query(Connection c, Set<UUID> found, int limit, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int rows = 0;
                while (rs.next()) {
                    for (int i = 2; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    UUID id = rs.getObject(1, UUID.class);
                    if (found.size() < limit) {
                        found.add(id);
                    }
                    rows++;
                }
                return rows;
            }
        }
    }

    /** A mobile or landline number as the app stores it, or null (what PhoneNumber accepts). */
    private static String phoneDigits(String compact) {
        String d = compact;
        if (d.startsWith("+86")) {
            d = d.substring(3);
        } else if (d.startsWith("0086")) {
            d = d.substring(4);
        }
        if (!d.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            return d;
        }
        return d.length() >= 10 && d.length() <= 12 && d.charAt(0) == '0' ? d : null;
    }

    static String escape(String likeText) {
        return likeText.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
