package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.GoodsSaleRepository;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Loss;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.ReceiptSource;
import org.skyroad.station.domain.goods.Sale;
import org.skyroad.station.domain.goods.SaleLine;
import org.skyroad.station.domain.goods.Shipment;
import org.skyroad.station.domain.goods.ShipmentLine;

public final class JdbcGoodsSaleRepository implements GoodsSaleRepository {

    private final Jdbc jdbc;

    public JdbcGoodsSaleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static Sale sale(ResultSet rs) throws SQLException {
        return new Sale(Jdbc.uuid(rs, "id"), Jdbc.instant(rs, "sold_at"), JdbcGoodsSql.date(rs, "sold_date"),
                BuyerKind.valueOf(rs.getString("buyer_kind")), rs.getString("buyer_name"), rs.getString("buyer_reference"),
                rs.getString("campaign_tag"), rs.getString("note"), Money.ofFen(rs.getLong("total_fen")),
                rs.getString("created_by"), rs.getLong("version"));
    }

    /** Sale lines are read with their lot's unit. */
    private static final String LINE = "SELECT s.*, l.unit FROM goods_sale_line s JOIN lot l ON l.id = s.lot_id ";

    private static SaleLine line(ResultSet rs) throws SQLException {
        GoodsUnit unit = GoodsUnit.valueOf(rs.getString("unit"));
        return new SaleLine(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "sale_id"), Jdbc.uuid(rs, "lot_id"),
                Quantity.of(rs.getLong("quantity"), unit), Money.ofFen(rs.getLong("unit_price_fen")),
                Money.ofFen(rs.getLong("amount_fen")), Quantity.of(rs.getLong("shipped_quantity"), unit), rs.getLong("version"));
    }

    private static Shipment shipment(ResultSet rs) throws SQLException {
        String source = rs.getString("receipt_source");
        return new Shipment(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "sale_id"), rs.getString("carrier"),
                rs.getString("tracking_number"), Jdbc.instant(rs, "shipped_at"), rs.getString("created_by"),
                Jdbc.instant(rs, "received_at"), source == null ? null : ReceiptSource.valueOf(source),
                rs.getString("receipt_note"), rs.getLong("version"));
    }

    private static final String SHIPMENT_LINE = "SELECT s.*, l.unit FROM goods_shipment_line s JOIN lot l ON l.id = s.lot_id ";

    private static ShipmentLine shipmentLine(ResultSet rs) throws SQLException {
        return new ShipmentLine(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "shipment_id"), Jdbc.uuid(rs, "sale_line_id"),
                Jdbc.uuid(rs, "lot_id"), Quantity.of(rs.getLong("quantity"), GoodsUnit.valueOf(rs.getString("unit"))));
    }

    private static final String LOSS = "SELECT s.*, l.unit FROM goods_loss s JOIN lot l ON l.id = s.lot_id ";

    private static Loss loss(ResultSet rs) throws SQLException {
        return new Loss(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "lot_id"), Jdbc.uuid(rs, "shipment_id"),
                Quantity.of(rs.getLong("quantity"), GoodsUnit.valueOf(rs.getString("unit"))),
                LossReason.valueOf(rs.getString("reason")), LossBearer.valueOf(rs.getString("bearer")),
                Money.ofFen(rs.getLong("amount_fen")), rs.getString("note"), Jdbc.instant(rs, "at"),
                JdbcGoodsSql.date(rs, "loss_date"), rs.getString("created_by"), rs.getLong("version"));
    }

    @Override
    public void insertSale(Sale s) {
        jdbc.update("INSERT INTO goods_sale (id, sold_at, sold_date, buyer_kind, buyer_name, buyer_reference, campaign_tag, "
                        + "note, total_fen, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.soldAt(), s.soldOn(), s.buyerKind(), s.buyerName(), s.buyerReference(), s.campaignTag(), s.note(),
                s.total().fen(), s.createdBy(), s.version());
    }

    @Override
    public void insertLine(SaleLine l) {
        jdbc.update("INSERT INTO goods_sale_line (id, sale_id, lot_id, quantity, unit_price_fen, amount_fen, shipped_quantity, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(), l.saleId(), l.lotId(), l.quantity().amount(), l.unitPrice().fen(), l.amount().fen(),
                l.shipped().amount(), l.version());
    }

    @Override
    public Optional<Sale> findSale(UUID id) {
        return jdbc.queryOne("SELECT * FROM goods_sale WHERE id = ?", JdbcGoodsSaleRepository::sale, id);
    }

    @Override
    public List<Sale> findSales(Collection<UUID> ids) {
        return JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM goods_sale WHERE id IN (%s)", ids, JdbcGoodsSaleRepository::sale);
    }

    @Override
    public List<SaleLine> linesOfSale(UUID saleId) {
        return jdbc.query(LINE + "WHERE s.sale_id = ? ORDER BY s.id", JdbcGoodsSaleRepository::line, saleId);
    }

    @Override
    public Optional<SaleLine> lockLine(UUID lineId) {
        jdbc.queryOne("SELECT id FROM goods_sale_line WHERE id = ? FOR UPDATE", rs -> rs.getObject(1), lineId);
        return jdbc.queryOne(LINE + "WHERE s.id = ?", JdbcGoodsSaleRepository::line, lineId);
    }

    @Override
    public boolean addShipped(UUID lineId, long amount) {
        return jdbc.update("UPDATE goods_sale_line SET shipped_quantity = shipped_quantity + ?, version = version + 1 "
                + "WHERE id = ? AND shipped_quantity + ? <= quantity", amount, lineId, amount) == 1;
    }

    @Override
    public List<SaleLine> linesOfLots(Collection<UUID> lotIds) {
        return JdbcGoodsSql.inChunks(jdbc, LINE + "WHERE s.lot_id IN (%s)", lotIds, JdbcGoodsSaleRepository::line);
    }

    @Override
    public List<SaleLine> recentLinesOfProducer(UUID producerId, int limit) {
        return jdbc.query("SELECT s.*, l.unit FROM goods_sale_line s JOIN lot l ON l.id = s.lot_id "
                + "JOIN goods_sale g ON g.id = s.sale_id WHERE l.producer_id = ? ORDER BY g.sold_at DESC, s.id LIMIT ?",
                JdbcGoodsSaleRepository::line, producerId, limit);
    }

    @Override
    public void insertShipment(Shipment s) {
        jdbc.update("INSERT INTO goods_shipment (id, sale_id, carrier, tracking_number, shipped_at, created_by, received_at, "
                        + "receipt_source, receipt_note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.saleId(), s.carrier(), s.trackingNumber(), s.shippedAt(), s.createdBy(), s.receivedAt(),
                s.receiptSource(), s.receiptNote(), s.version());
    }

    @Override
    public void insertShipmentLine(ShipmentLine l) {
        jdbc.update("INSERT INTO goods_shipment_line (id, shipment_id, sale_line_id, lot_id, quantity) VALUES (?, ?, ?, ?, ?)",
                l.id(), l.shipmentId(), l.saleLineId(), l.lotId(), l.quantity().amount());
    }

    @Override
    public Optional<Shipment> findShipment(UUID id) {
        return jdbc.queryOne("SELECT * FROM goods_shipment WHERE id = ?", JdbcGoodsSaleRepository::shipment, id);
    }

    @Override
    public List<Shipment> findShipments(Collection<UUID> ids) {
        return JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM goods_shipment WHERE id IN (%s)", ids, JdbcGoodsSaleRepository::shipment);
    }

    @Override
    public List<Shipment> shipmentsOfSale(UUID saleId) {
        return jdbc.query("SELECT * FROM goods_shipment WHERE sale_id = ? ORDER BY shipped_at", JdbcGoodsSaleRepository::shipment, saleId);
    }

    @Override
    public List<ShipmentLine> linesOfShipment(UUID shipmentId) {
        return jdbc.query(SHIPMENT_LINE + "WHERE s.shipment_id = ? ORDER BY s.id", JdbcGoodsSaleRepository::shipmentLine, shipmentId);
    }

    @Override
    public List<ShipmentLine> shipmentLinesOfLots(Collection<UUID> lotIds) {
        return JdbcGoodsSql.inChunks(jdbc, SHIPMENT_LINE + "WHERE s.lot_id IN (%s)", lotIds, JdbcGoodsSaleRepository::shipmentLine);
    }

    @Override
    public boolean updateShipment(Shipment s) {
        return jdbc.update("UPDATE goods_shipment SET received_at = ?, receipt_source = ?, receipt_note = ?, version = ? "
                        + "WHERE id = ? AND version = ?",
                s.receivedAt(), s.receiptSource(), s.receiptNote(), s.version(), s.id(), s.version() - 1) == 1;
    }

    @Override
    public void insertLoss(Loss l) {
        jdbc.update("INSERT INTO goods_loss (id, lot_id, shipment_id, quantity, reason, bearer, amount_fen, note, at, loss_date, "
                        + "created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(), l.lotId(), l.shipmentId(), l.quantity().amount(), l.reason(), l.bearer(), l.amount().fen(), l.note(),
                l.at(), l.lossDate(), l.createdBy(), l.version());
    }

    @Override
    public List<Loss> lossesOfLots(Collection<UUID> lotIds) {
        return JdbcGoodsSql.inChunks(jdbc, LOSS + "WHERE s.lot_id IN (%s)", lotIds, JdbcGoodsSaleRepository::loss);
    }

    @Override
    public long lostInTransit(UUID shipmentId, UUID lotId) {
        return jdbc.queryLong("SELECT COALESCE(SUM(quantity), 0) FROM goods_loss WHERE shipment_id = ? AND lot_id = ?",
                shipmentId, lotId);
    }
}
