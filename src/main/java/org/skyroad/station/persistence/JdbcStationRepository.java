package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.station.StationRepository;

public final class JdbcStationRepository implements StationRepository {

    private final Jdbc jdbc;

    public JdbcStationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Station> find() {
        return jdbc.queryOne("SELECT * FROM station", JdbcStationRepository::map);
    }

    private static Station map(ResultSet rs) throws SQLException {
        String hub = rs.getString("hub_code");
        return new Station(new StationCode(rs.getString("code")), rs.getString("name"),
                StationLevel.valueOf(rs.getString("level")), hub == null ? null : new StationCode(hub),
                ZoneId.of(rs.getString("zone_id")), rs.getString("language"),
                Jdbc.instant(rs, "created_at"), rs.getLong("version"));
    }

    @Override
    public void insert(Station s) {
        jdbc.update("INSERT INTO station (code, name, level, hub_code, zone_id, language, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                s.code().value(), s.name(), s.level(), s.hubCode() == null ? null : s.hubCode().value(),
                s.zone().getId(), s.language(), s.createdAt(), s.version());
    }

    @Override
    public boolean update(Station s) {
        return jdbc.update("UPDATE station SET name = ?, hub_code = ?, zone_id = ?, language = ?, version = ? "
                        + "WHERE code = ? AND version = ?",
                s.name(), s.hubCode() == null ? null : s.hubCode().value(), s.zone().getId(), s.language(),
                s.version(), s.code().value(), s.version() - 1) == 1;
    }

    @Override
    public Optional<String> setting(String key) {
        return jdbc.queryOne("SELECT setting_value FROM setting WHERE setting_key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void putSetting(String key, String value) {
        jdbc.update("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", key, value);
    }
}
