package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelEvent;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelRepository;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.domain.parcel.TrackingNumber;

public final class JdbcParcelRepository implements ParcelRepository {

    private static final String OPEN = "status IN ('WAITING', 'OUT_ON_RUN')";
    private static final String COLUMNS = "id, tracking_number, carrier, status, recipient_id, label_name, label_phone, "
            + "phone_tail, village_id, slot, pickup_code, fragile, perishable, large, signature_required, cod_fen, "
            + "damaged, damage_note, received_at, received_date, received_by, notified_at, reminded_at, closed_at, "
            + "handover_id, run_id, return_id, collected_by, cod_collected_fen, storage_fee_fen, updated_at, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM parcel ";
    private static final int IN_CHUNK = 500;

    private final Jdbc jdbc;

    public JdbcParcelRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static Parcel map(ResultSet rs) throws SQLException {
        ParcelTags tags = new ParcelTags(rs.getBoolean("fragile"), rs.getBoolean("perishable"), rs.getBoolean("large"),
                rs.getBoolean("signature_required"), money(rs, "cod_fen"), rs.getBoolean("damaged"),
                rs.getString("damage_note"));
        return new Parcel(Jdbc.uuid(rs, "id"), new TrackingNumber(rs.getString("tracking_number")),
                Carrier.valueOf(rs.getString("carrier")), ParcelStatus.valueOf(rs.getString("status")),
                Jdbc.uuid(rs, "recipient_id"), rs.getString("label_name"), rs.getString("label_phone"),
                rs.getString("phone_tail"), Jdbc.uuid(rs, "village_id"), rs.getString("slot"),
                new PickupCode(rs.getString("pickup_code")), tags, Jdbc.instant(rs, "received_at"),
                rs.getObject("received_date", LocalDate.class), rs.getString("received_by"),
                Jdbc.instant(rs, "notified_at"), Jdbc.instant(rs, "reminded_at"), Jdbc.instant(rs, "closed_at"),
                Jdbc.uuid(rs, "handover_id"), Jdbc.uuid(rs, "run_id"), Jdbc.uuid(rs, "return_id"),
                rs.getString("collected_by"), money(rs, "cod_collected_fen"), money(rs, "storage_fee_fen"),
                Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        long fen = rs.getLong(column);
        return rs.wasNull() ? null : Money.ofFen(fen);
    }

    private static Long fen(Money m) {
        return m == null ? null : m.fen();
    }

    @Override
    public void insert(Parcel p) {
        jdbc.update("INSERT INTO parcel (" + COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.tracking().value(), p.carrier(), p.status(), p.recipientId(), p.labelName(), p.labelPhone(),
                p.phoneTail(), p.villageId(), p.slot(), p.pickupCode().value(), p.tags().fragile(),
                p.tags().perishable(), p.tags().large(), p.tags().signatureRequired(), fen(p.tags().cashOnDelivery()),
                p.tags().damaged(), p.tags().damageNote(), p.receivedAt(), p.receivedDate(), p.receivedBy(),
                p.notifiedAt(), p.remindedAt(), p.closedAt(), p.handoverId(), p.runId(), p.returnId(),
                p.collectedBy(), fen(p.codCollected()), fen(p.storageFee()), p.updatedAt(), p.version());
    }

    /** What changes after check-in: status, recipient, times, and where the parcel went. */
    @Override
    public boolean update(Parcel p) {
        return jdbc.update("UPDATE parcel SET status = ?, recipient_id = ?, phone_tail = ?, village_id = ?, "
                        + "notified_at = ?, reminded_at = ?, closed_at = ?, handover_id = ?, run_id = ?, return_id = ?, "
                        + "collected_by = ?, cod_collected_fen = ?, storage_fee_fen = ?, updated_at = ?, version = ? "
                        + "WHERE id = ? AND version = ?",
                p.status(), p.recipientId(), p.phoneTail(), p.villageId(), p.notifiedAt(), p.remindedAt(),
                p.closedAt(), p.handoverId(), p.runId(), p.returnId(), p.collectedBy(), fen(p.codCollected()),
                fen(p.storageFee()), p.updatedAt(), p.version(), p.id(), p.version() - 1) == 1;
    }

    @Override
    public Optional<Parcel> findById(UUID id) {
        return jdbc.queryOne(SELECT + "WHERE id = ?", JdbcParcelRepository::map, id);
    }

    @Override
    public Optional<Parcel> findOpenByTracking(TrackingNumber tracking) {
        return jdbc.queryOne(SELECT + "WHERE open_tracking = ?", JdbcParcelRepository::map, tracking.value());
    }

    @Override
    public List<Parcel> findByTracking(TrackingNumber tracking) {
        return jdbc.query(SELECT + "WHERE tracking_number = ? ORDER BY received_at DESC", JdbcParcelRepository::map,
                tracking.value());
    }

    @Override
    public Optional<Parcel> findOpenByCode(PickupCode code) {
        return jdbc.queryOne(SELECT + "WHERE open_code = ?", JdbcParcelRepository::map, code.value());
    }

    @Override
    public boolean isCodeTaken(PickupCode code) {
        return jdbc.queryLong("SELECT COUNT(*) FROM parcel WHERE open_code = ?", code.value()) > 0;
    }

    @Override
    public Set<String> openCodes() {
        return new HashSet<>(jdbc.query("SELECT open_code FROM parcel WHERE open_code IS NOT NULL", rs -> rs.getString(1)));
    }

    @Override
    public Set<String> openTrackingAmong(Collection<TrackingNumber> numbers) {
        Set<String> found = new HashSet<>();
        List<String> all = numbers.stream().map(TrackingNumber::value).distinct().toList();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            found.addAll(jdbc.query("SELECT open_tracking FROM parcel WHERE open_tracking IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> rs.getString(1),
                    chunk.toArray()));
        }
        return found;
    }

    @Override
    public List<Parcel> findOpenByPhoneTail(String tail) {
        return jdbc.query(SELECT + "WHERE phone_tail = ? AND " + OPEN + " ORDER BY received_at",
                JdbcParcelRepository::map, tail);
    }

    @Override
    public List<Parcel> findOpenByRecipient(UUID villagerId) {
        return jdbc.query(SELECT + "WHERE recipient_id = ? AND " + OPEN + " ORDER BY received_at",
                JdbcParcelRepository::map, villagerId);
    }

    @Override
    public List<Parcel> findWaitingByVillage(UUID villageId) {
        return jdbc.query(SELECT + "WHERE village_id = ? AND status = 'WAITING' ORDER BY slot, received_at",
                JdbcParcelRepository::map, villageId);
    }

    @Override
    public List<Parcel> findWaitingUnmatched() {
        return jdbc.query(SELECT + "WHERE recipient_id IS NULL AND status = 'WAITING' ORDER BY received_at",
                JdbcParcelRepository::map);
    }

    @Override
    public List<Parcel> findWaitingReceivedOnOrBefore(LocalDate day) {
        return jdbc.query(SELECT + "WHERE status = 'WAITING' AND received_date <= ? ORDER BY received_at",
                JdbcParcelRepository::map, day);
    }

    @Override
    public List<Parcel> findReceivedOn(LocalDate day, Carrier carrier) {
        return jdbc.query(SELECT + "WHERE received_date = ? AND carrier = ? ORDER BY received_at",
                JdbcParcelRepository::map, day, carrier);
    }

    @Override
    public List<Parcel> findByReturn(UUID returnId) {
        return jdbc.query(SELECT + "WHERE return_id = ? ORDER BY tracking_number", JdbcParcelRepository::map, returnId);
    }

    @Override
    public List<Parcel> findByHandover(UUID handoverId) {
        return jdbc.query(SELECT + "WHERE handover_id = ? ORDER BY received_at", JdbcParcelRepository::map, handoverId);
    }

    @Override
    public Map<String, Integer> slotFill() {
        Map<String, Integer> fill = new LinkedHashMap<>();
        jdbc.query("SELECT slot, COUNT(*) AS n FROM parcel WHERE " + OPEN + " GROUP BY slot", rs -> {
            fill.put(rs.getString("slot"), rs.getInt("n"));
            return null;
        });
        return fill;
    }

    @Override
    public Optional<String> slotOfWaitingParcelOf(UUID villagerId) {
        // One equality per open status: H2 uses an IN list only on an index's first column, so
        // "status IN (...)" would read every parcel the villager ever had.
        return jdbc.queryOne("SELECT slot FROM (SELECT slot, received_at FROM parcel WHERE recipient_id = ? AND status = 'WAITING' "
                + "UNION ALL SELECT slot, received_at FROM parcel WHERE recipient_id = ? AND status = 'OUT_ON_RUN') "
                + "ORDER BY received_at LIMIT 1", rs -> rs.getString(1), villagerId, villagerId);
    }

    @Override
    public long countOpen() {
        return jdbc.queryLong("SELECT COUNT(*) FROM parcel WHERE " + OPEN);
    }

    @Override
    public void insertEvent(ParcelEvent e) {
        jdbc.update("INSERT INTO parcel_event (id, parcel_id, event_type, at, actor_id, actor_name, run_id, handover_id, "
                        + "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.parcelId(), e.type(), e.at(), e.actorId(), e.actorName(), e.runId(), e.handoverId(), e.detail());
    }

    @Override
    public List<ParcelEvent> events(UUID parcelId) {
        return jdbc.query("SELECT * FROM parcel_event WHERE parcel_id = ? ORDER BY at, seq",
                rs -> new ParcelEvent(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "parcel_id"),
                        ParcelEventType.valueOf(rs.getString("event_type")), Jdbc.instant(rs, "at"),
                        Jdbc.uuid(rs, "actor_id"), rs.getString("actor_name"), Jdbc.uuid(rs, "run_id"),
                        Jdbc.uuid(rs, "handover_id"), rs.getString("detail")), parcelId);
    }

    @Override
    public void insertReturn(CarrierReturn r) {
        jdbc.update("INSERT INTO parcel_return (id, carrier, at, staff_name, version) VALUES (?, ?, ?, ?, ?)",
                r.id(), r.carrier(), r.at(), r.staffName(), r.version());
    }

    @Override
    public Optional<CarrierReturn> findReturn(UUID id) {
        return jdbc.queryOne("SELECT * FROM parcel_return WHERE id = ?",
                rs -> new CarrierReturn(Jdbc.uuid(rs, "id"), Carrier.valueOf(rs.getString("carrier")),
                        Jdbc.instant(rs, "at"), rs.getString("staff_name"),
                        jdbc.query("SELECT id FROM parcel WHERE return_id = ? ORDER BY tracking_number",
                                r -> Jdbc.uuid(r, "id"), id),
                        rs.getLong("version")), id);
    }
}
