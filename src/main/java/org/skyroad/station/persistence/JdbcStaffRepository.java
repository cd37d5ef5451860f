package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.domain.staff.StaffRepository;
import org.skyroad.station.domain.staff.Username;

public final class JdbcStaffRepository implements StaffRepository {

    private final Jdbc jdbc;

    public JdbcStaffRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static StaffMember map(ResultSet rs) throws SQLException {
        return new StaffMember(Jdbc.uuid(rs, "id"), new Username(rs.getString("username")),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                rs.getBoolean("active"), rs.getInt("failed_attempts"), Jdbc.instant(rs, "locked_until"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    @Override
    public Optional<StaffMember> findByUsername(Username username) {
        return jdbc.queryOne("SELECT * FROM staff WHERE username = ?", JdbcStaffRepository::map, username.value());
    }

    @Override
    public Optional<StaffMember> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM staff WHERE id = ?", JdbcStaffRepository::map, id);
    }

    @Override
    public List<StaffMember> all() {
        return jdbc.query("SELECT * FROM staff ORDER BY active DESC, username", JdbcStaffRepository::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM staff");
    }

    @Override
    public void insert(StaffMember m) {
        jdbc.update("INSERT INTO staff (id, username, display_name, role, password_hash, active, failed_attempts, "
                        + "locked_until, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.username().value(), m.displayName(), m.role(), m.passwordHash(), m.active(),
                m.failedAttempts(), m.lockedUntil(), m.createdAt(), m.updatedAt(), m.version());
    }

    @Override
    public boolean update(StaffMember m) {
        return jdbc.update("UPDATE staff SET display_name = ?, role = ?, password_hash = ?, active = ?, "
                        + "failed_attempts = ?, locked_until = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
                m.displayName(), m.role(), m.passwordHash(), m.active(), m.failedAttempts(), m.lockedUntil(),
                m.updatedAt(), m.version(), m.id(), m.version() - 1) == 1;
    }
}
