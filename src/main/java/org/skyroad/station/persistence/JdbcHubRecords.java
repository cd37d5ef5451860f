package org.skyroad.station.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.SettlementConfirmation;
import org.skyroad.station.domain.goods.SettlementConfirmationRepository;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.ExpectedParcel;
import org.skyroad.station.domain.parcel.ExpectedParcelRepository;
import org.skyroad.station.domain.sync.HubVersions;

/** The records a station keeps of what its county hub owns (V6): versions, expected parcels, settlement confirmations. */
public final class JdbcHubRecords implements HubVersions, ExpectedParcelRepository, SettlementConfirmationRepository {

    private final Jdbc jdbc;

    public JdbcHubRecords(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long version(String entity, UUID entityId) {
        return jdbc.queryLong("SELECT version FROM sync_hub_version WHERE entity = ? AND entity_id = ?", entity, entityId);
    }

    @Override
    public void put(String entity, UUID entityId, long version, String hubCode, Instant at) {
        jdbc.update("MERGE INTO sync_hub_version (entity, entity_id, version, hub_code, updated_at) KEY (entity, entity_id) "
                + "VALUES (?, ?, ?, ?, ?)", entity, entityId, version, hubCode, at);
    }

    private static ExpectedParcel expected(ResultSet rs) throws SQLException {
        String carrier = rs.getString("carrier");
        Date date = rs.getDate("expected_date");
        return new ExpectedParcel(Jdbc.uuid(rs, "id"), rs.getString("tracking_number"),
                carrier == null ? null : Carrier.valueOf(carrier), rs.getString("recipient_name"),
                rs.getString("recipient_phone"), rs.getString("order_no"), date == null ? null : date.toLocalDate(),
                rs.getString("note"), rs.getBoolean("cancelled"), Jdbc.uuid(rs, "parcel_id"), Jdbc.instant(rs, "arrived_at"),
                rs.getString("hub_code"), Jdbc.instant(rs, "received_at"), Jdbc.instant(rs, "updated_at"));
    }

    @Override
    public Optional<ExpectedParcel> findExpected(UUID id) {
        return jdbc.queryOne("SELECT * FROM expected_parcel WHERE id = ?", JdbcHubRecords::expected, id);
    }

    @Override
    public void saveExpected(ExpectedParcel p) {
        jdbc.update("MERGE INTO expected_parcel (id, tracking_number, carrier, recipient_name, recipient_phone, order_no, "
                        + "expected_date, note, cancelled, parcel_id, arrived_at, hub_code, received_at, updated_at) KEY (id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.trackingNumber(), p.carrier(), p.recipientName(), p.recipientPhone(), p.orderNo(),
                p.expectedDate(), p.note(), p.cancelled(), p.parcelId(), p.arrivedAt(), p.hubCode(), p.receivedAt(),
                p.updatedAt());
    }

    @Override
    public Optional<ExpectedParcel> findWaitingByTracking(String trackingNumber) {
        return jdbc.queryOne("SELECT * FROM expected_parcel WHERE tracking_number = ? AND parcel_id IS NULL "
                + "AND NOT cancelled ORDER BY received_at DESC LIMIT 1", JdbcHubRecords::expected, trackingNumber);
    }

    @Override
    public List<ExpectedParcel> waitingExpected(int limit) {
        return jdbc.query("SELECT * FROM expected_parcel WHERE parcel_id IS NULL AND NOT cancelled "
                + "ORDER BY expected_date NULLS LAST, received_at LIMIT ?", JdbcHubRecords::expected, limit);
    }

    @Override
    public Optional<SettlementConfirmation> findConfirmation(UUID settlementId) {
        return jdbc.queryOne("SELECT * FROM settlement_confirmation WHERE settlement_id = ?", rs ->
                new SettlementConfirmation(Jdbc.uuid(rs, "settlement_id"), Jdbc.instant(rs, "confirmed_at"),
                        Money.ofFen(rs.getLong("confirmed_due_fen")), rs.getString("reference"), rs.getString("note"),
                        rs.getString("hub_code"), Jdbc.instant(rs, "received_at")), settlementId);
    }

    @Override
    public void saveConfirmation(SettlementConfirmation c) {
        jdbc.update("MERGE INTO settlement_confirmation (settlement_id, confirmed_at, confirmed_due_fen, reference, note, "
                        + "hub_code, received_at) KEY (settlement_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                c.settlementId(), c.confirmedAt(), c.confirmedDue().fen(), c.reference(), c.note(), c.hubCode(),
                c.receivedAt());
    }
}
