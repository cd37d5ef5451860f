package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.parcel.ParcelRunRepository;
import org.skyroad.station.domain.parcel.RunItem;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.VillageRun;

public final class JdbcParcelRunRepository implements ParcelRunRepository {

    private final Jdbc jdbc;

    public JdbcParcelRunRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static VillageRun map(ResultSet rs) throws SQLException {
        return new VillageRun(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "village_id"), rs.getString("route"),
                rs.getObject("run_date", LocalDate.class), VillageRun.Status.valueOf(rs.getString("status")),
                Jdbc.instant(rs, "created_at"), rs.getString("created_by"), Jdbc.instant(rs, "closed_at"),
                rs.getLong("version"));
    }

    private static RunItem mapItem(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new RunItem(Jdbc.uuid(rs, "run_id"), Jdbc.uuid(rs, "parcel_id"),
                outcome == null ? null : RunOutcome.valueOf(outcome), rs.getString("received_by"),
                rs.getString("note"), Jdbc.instant(rs, "outcome_at"));
    }

    @Override
    public void insert(VillageRun r) {
        jdbc.update("INSERT INTO parcel_run (id, village_id, route, run_date, status, created_at, created_by, closed_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.villageId(), r.route(), r.runDate(), r.status(), r.createdAt(), r.createdBy(), r.closedAt(),
                r.version());
    }

    @Override
    public boolean update(VillageRun r) {
        return jdbc.update("UPDATE parcel_run SET status = ?, closed_at = ?, version = ? WHERE id = ? AND version = ?",
                r.status(), r.closedAt(), r.version(), r.id(), r.version() - 1) == 1;
    }

    @Override
    public Optional<VillageRun> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM parcel_run WHERE id = ?", JdbcParcelRunRepository::map, id);
    }

    @Override
    public List<VillageRun> findByDate(LocalDate date) {
        return jdbc.query("SELECT * FROM parcel_run WHERE run_date = ? ORDER BY created_at",
                JdbcParcelRunRepository::map, date);
    }

    @Override
    public void insertItem(RunItem i) {
        jdbc.update("INSERT INTO parcel_run_item (run_id, parcel_id, outcome, received_by, note, outcome_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", i.runId(), i.parcelId(), i.outcome(), i.receivedBy(), i.note(), i.outcomeAt());
    }

    @Override
    public void updateItem(RunItem i) {
        jdbc.update("UPDATE parcel_run_item SET outcome = ?, received_by = ?, note = ?, outcome_at = ? "
                + "WHERE run_id = ? AND parcel_id = ?", i.outcome(), i.receivedBy(), i.note(), i.outcomeAt(),
                i.runId(), i.parcelId());
    }

    @Override
    public List<RunItem> items(UUID runId) {
        return jdbc.query("SELECT i.* FROM parcel_run_item i JOIN parcel p ON p.id = i.parcel_id "
                + "WHERE i.run_id = ? ORDER BY p.slot, p.received_at", JdbcParcelRunRepository::mapItem, runId);
    }

    @Override
    public Optional<RunItem> findItem(UUID runId, UUID parcelId) {
        return jdbc.queryOne("SELECT * FROM parcel_run_item WHERE run_id = ? AND parcel_id = ?",
                JdbcParcelRunRepository::mapItem, runId, parcelId);
    }
}
