package org.skyroad.station.persistence;

import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Handover;
import org.skyroad.station.domain.parcel.ParcelHandoverRepository;

public final class JdbcParcelHandoverRepository implements ParcelHandoverRepository {

    private final Jdbc jdbc;

    public JdbcParcelHandoverRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Handover h) {
        jdbc.update("INSERT INTO parcel_handover (id, at, staff_id, staff_name, collector_id, proxy_name, parcel_count, "
                        + "cod_total_fen, storage_fee_fen, signature_png, signature_svg, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                h.id(), h.at(), h.staffId(), h.staffName(), h.collectorId(), h.proxyName(), h.parcelIds().size(),
                h.codTotal().fen(), h.storageFeeTotal().fen(), h.signaturePng(), h.signatureSvg(), h.version());
    }

    @Override
    public Optional<Handover> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM parcel_handover WHERE id = ?", rs -> new Handover(Jdbc.uuid(rs, "id"),
                Jdbc.instant(rs, "at"), Jdbc.uuid(rs, "staff_id"), rs.getString("staff_name"),
                Jdbc.uuid(rs, "collector_id"), rs.getString("proxy_name"),
                jdbc.query("SELECT id FROM parcel WHERE handover_id = ? ORDER BY received_at", r -> Jdbc.uuid(r, "id"), id),
                Money.ofFen(rs.getLong("cod_total_fen")), Money.ofFen(rs.getLong("storage_fee_fen")),
                rs.getBytes("signature_png"), rs.getString("signature_svg"), rs.getLong("version")), id);
    }
}
