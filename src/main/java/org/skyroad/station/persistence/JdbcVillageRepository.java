package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillageRepository;

public final class JdbcVillageRepository implements VillageRepository {

    private final Jdbc jdbc;

    public JdbcVillageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static Village map(ResultSet rs) throws SQLException {
        return new Village(Jdbc.uuid(rs, "id"), rs.getString("name"), Jdbc.instant(rs, "created_at"), rs.getLong("version"));
    }

    @Override
    public List<Village> all() {
        return jdbc.query("SELECT * FROM village ORDER BY name_key", JdbcVillageRepository::map);
    }

    @Override
    public Optional<Village> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM village WHERE id = ?", JdbcVillageRepository::map, id);
    }

    @Override
    public Optional<Village> findByName(String searchKey) {
        return jdbc.queryOne("SELECT * FROM village WHERE name_key = ?", JdbcVillageRepository::map, searchKey);
    }

    @Override
    public void insert(Village v) {
        jdbc.update("INSERT INTO village (id, name, name_key, created_at, version) VALUES (?, ?, ?, ?, ?)",
                v.id(), v.name(), v.searchKey(), v.createdAt(), v.version());
    }

    @Override
    public boolean update(Village v) {
        return jdbc.update("UPDATE village SET name = ?, name_key = ?, version = ? WHERE id = ? AND version = ?",
                v.name(), v.searchKey(), v.version(), v.id(), v.version() - 1) == 1;
    }
}
