package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.DropOff;
import org.skyroad.station.domain.parcel.ParcelDropOffRepository;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;

public final class JdbcParcelDropOffRepository implements ParcelDropOffRepository {

    private final Jdbc jdbc;

    public JdbcParcelDropOffRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static DropOff map(ResultSet rs) throws SQLException {
        String phone = rs.getString("recipient_phone");
        return new DropOff(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "sender_id"), new PersonName(rs.getString("recipient_name")),
                phone == null ? null : new PhoneNumber(phone), rs.getString("recipient_address"),
                Carrier.valueOf(rs.getString("carrier")), new TrackingNumber(rs.getString("tracking_number")),
                Money.ofFen(rs.getLong("fee_fen")), Jdbc.instant(rs, "created_at"), rs.getString("created_by"),
                rs.getLong("version"));
    }

    @Override
    public void insert(DropOff d) {
        jdbc.update("INSERT INTO parcel_dropoff (id, sender_id, recipient_name, recipient_phone, recipient_address, "
                        + "carrier, tracking_number, fee_fen, created_at, created_by, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.senderId(), d.recipientName().value(),
                d.recipientPhone() == null ? null : d.recipientPhone().digits(), d.recipientAddress(), d.carrier(),
                d.tracking().value(), d.fee().fen(), d.createdAt(), d.createdBy(), d.version());
    }

    @Override
    public Optional<DropOff> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM parcel_dropoff WHERE id = ?", JdbcParcelDropOffRepository::map, id);
    }

    @Override
    public List<DropOff> findBySender(UUID villagerId) {
        return jdbc.query("SELECT * FROM parcel_dropoff WHERE sender_id = ? ORDER BY created_at DESC",
                JdbcParcelDropOffRepository::map, villagerId);
    }

    @Override
    public Optional<DropOff> findByTracking(Carrier carrier, TrackingNumber tracking) {
        return jdbc.queryOne("SELECT * FROM parcel_dropoff WHERE carrier = ? AND tracking_number = ?",
                JdbcParcelDropOffRepository::map, carrier, tracking.value());
    }
}
