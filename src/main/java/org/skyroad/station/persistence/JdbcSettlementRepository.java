package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.goods.SettlementCandidate;
import org.skyroad.station.domain.goods.SettlementLine;
import org.skyroad.station.domain.goods.SettlementLineKind;
import org.skyroad.station.domain.goods.SettlementRepository;
import org.skyroad.station.domain.goods.SettlementStatus;

public final class JdbcSettlementRepository implements SettlementRepository {

    private final Jdbc jdbc;

    public JdbcSettlementRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static Settlement settlement(ResultSet rs) throws SQLException {
        String method = rs.getString("payout_method");
        return new Settlement(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "producer_id"), JdbcGoodsSql.date(rs, "period_from"),
                JdbcGoodsSql.date(rs, "period_to"), Money.ofFen(rs.getLong("sales_fen")), Money.ofFen(rs.getLong("commission_fen")),
                Money.ofFen(rs.getLong("deductions_fen")), Money.ofFen(rs.getLong("purchases_fen")),
                Money.ofFen(rs.getLong("due_fen")), SettlementStatus.valueOf(rs.getString("status")),
                Jdbc.instant(rs, "created_at"), rs.getString("created_by"), Jdbc.instant(rs, "paid_at"),
                method == null ? null : PayoutMethod.valueOf(method), rs.getString("payout_reference"),
                rs.getString("paid_by"), rs.getLong("version"));
    }

    private static final String LINE = "SELECT s.*, l.unit FROM settlement_line s JOIN lot l ON l.id = s.lot_id ";

    private static SettlementLine line(ResultSet rs) throws SQLException {
        SettlementLineKind kind = SettlementLineKind.valueOf(rs.getString("kind"));
        UUID source = switch (kind) {
            case SALE -> Jdbc.uuid(rs, "sale_line_id");
            case PURCHASE -> Jdbc.uuid(rs, "purchase_lot_id");
            case LOSS -> Jdbc.uuid(rs, "loss_id");
        };
        return new SettlementLine(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "settlement_id"), kind, source, Jdbc.uuid(rs, "lot_id"),
                JdbcGoodsSql.date(rs, "line_date"), Quantity.of(rs.getLong("quantity"), GoodsUnit.valueOf(rs.getString("unit"))),
                Money.ofFen(rs.getLong("amount_fen")), Money.ofFen(rs.getLong("commission_fen")));
    }

    private static SettlementCandidate candidate(SettlementLineKind kind, ResultSet rs) throws SQLException {
        return new SettlementCandidate(kind, Jdbc.uuid(rs, "source_id"), Jdbc.uuid(rs, "lot_id"),
                LotCode.parse(rs.getString("code")), Jdbc.uuid(rs, "product_id"), rs.getString("grade"),
                JdbcGoodsSql.date(rs, "d"), Quantity.of(rs.getLong("quantity"), GoodsUnit.valueOf(rs.getString("unit"))),
                Money.ofFen(rs.getLong("unit_price_fen")), Money.ofFen(rs.getLong("amount_fen")));
    }

    private static final String SALES = "SELECT sl.id AS source_id, l.producer_id, l.id AS lot_id, l.code, l.product_id, l.grade, "
            + "s.sold_date AS d, sl.quantity, l.unit, sl.unit_price_fen, sl.amount_fen "
            + "FROM goods_sale_line sl JOIN goods_sale s ON s.id = sl.sale_id JOIN lot l ON l.id = sl.lot_id "
            + "WHERE l.terms = 'CONSIGNMENT' AND s.sold_date BETWEEN ? AND ? "
            + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.sale_line_id = sl.id) ";
    private static final String PURCHASES = "SELECT l.id AS source_id, l.producer_id, l.id AS lot_id, l.code, l.product_id, l.grade, "
            + "l.lot_date AS d, l.quantity_in AS quantity, l.unit, l.unit_price_fen, "
            + "0 AS amount_fen FROM lot l WHERE l.terms = 'OUTRIGHT' AND l.origin = 'INTAKE' AND l.lot_date BETWEEN ? AND ? "
            + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.purchase_lot_id = l.id) ";
    private static final String LOSSES = "SELECT g.id AS source_id, l.producer_id, l.id AS lot_id, l.code, l.product_id, l.grade, "
            + "g.loss_date AS d, g.quantity, l.unit, l.unit_price_fen, g.amount_fen "
            + "FROM goods_loss g JOIN lot l ON l.id = g.lot_id WHERE g.bearer = 'PRODUCER' AND g.loss_date BETWEEN ? AND ? "
            + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.loss_id = g.id) ";

    @Override
    public List<SettlementCandidate> candidates(UUID producerId, LocalDate from, LocalDate to) {
        return candidatesWhere("AND l.producer_id = ?", from, to, producerId).getOrDefault(producerId, List.of());
    }

    @Override
    public Map<UUID, List<SettlementCandidate>> candidatesByProducer(LocalDate from, LocalDate to) {
        return candidatesWhere("", from, to, null);
    }

    /** The three candidate reads (one statement each), grouped by producer and sorted as {@link #candidates} says. */
    private Map<UUID, List<SettlementCandidate>> candidatesWhere(String producerFilter, LocalDate from, LocalDate to,
                                                                UUID producerId) {
        Object[] args = producerId == null ? new Object[] {from, to} : new Object[] {from, to, producerId};
        Map<UUID, List<SettlementCandidate>> byProducer = new HashMap<>();
        jdbc.query(SALES + producerFilter, rs -> add(byProducer, rs, candidate(SettlementLineKind.SALE, rs)), args);
        jdbc.query(PURCHASES + producerFilter, rs -> {
            SettlementCandidate c = candidate(SettlementLineKind.PURCHASE, rs);
            return add(byProducer, rs, new SettlementCandidate(c.kind(), c.sourceId(), c.lotId(), c.lotCode(), c.productId(),
                    c.grade(), c.date(), c.quantity(), c.unitPrice(), c.quantity().priceAt(c.unitPrice())));
        }, args);
        jdbc.query(LOSSES + producerFilter, rs -> add(byProducer, rs, candidate(SettlementLineKind.LOSS, rs)), args);
        Comparator<SettlementCandidate> order = Comparator.comparing(SettlementCandidate::date)
                .thenComparing(c -> c.lotCode().value()).thenComparing(SettlementCandidate::kind);
        byProducer.values().forEach(list -> list.sort(order));
        return byProducer;
    }

    private static Boolean add(Map<UUID, List<SettlementCandidate>> byProducer, ResultSet rs, SettlementCandidate c)
            throws SQLException {
        byProducer.computeIfAbsent(Jdbc.uuid(rs, "producer_id"), k -> new ArrayList<>()).add(c);
        return Boolean.TRUE;
    }

    @Override
    public List<UUID> producersWithCandidates(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT DISTINCT producer_id FROM ("
                        + "SELECT l.producer_id FROM goods_sale_line sl JOIN goods_sale s ON s.id = sl.sale_id JOIN lot l ON l.id = sl.lot_id "
                        + "WHERE l.terms = 'CONSIGNMENT' AND s.sold_date BETWEEN ? AND ? "
                        + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.sale_line_id = sl.id) "
                        + "UNION SELECT l.producer_id FROM lot l WHERE l.terms = 'OUTRIGHT' AND l.origin = 'INTAKE' AND l.lot_date BETWEEN ? AND ? "
                        + "AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.purchase_lot_id = l.id) "
                        + "UNION SELECT l.producer_id FROM goods_loss g JOIN lot l ON l.id = g.lot_id WHERE g.bearer = 'PRODUCER' "
                        + "AND g.loss_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM settlement_line x WHERE x.loss_id = g.id)"
                        + ") p ORDER BY producer_id",
                rs -> Jdbc.uuid(rs, "producer_id"), from, to, from, to, from, to);
    }

    @Override
    public void insert(Settlement s) {
        jdbc.update("INSERT INTO settlement (id, producer_id, period_from, period_to, sales_fen, commission_fen, deductions_fen, "
                        + "purchases_fen, due_fen, status, created_at, created_by, paid_at, payout_method, payout_reference, paid_by, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.producerId(), s.periodFrom(), s.periodTo(), s.sales().fen(), s.commission().fen(), s.deductions().fen(),
                s.purchases().fen(), s.due().fen(), s.status(), s.createdAt(), s.createdBy(), s.paidAt(), s.payoutMethod(),
                s.payoutReference(), s.paidBy(), s.version());
    }

    @Override
    public void insertLine(SettlementLine l) {
        jdbc.update("INSERT INTO settlement_line (id, settlement_id, kind, sale_line_id, purchase_lot_id, loss_id, lot_id, "
                        + "line_date, quantity, amount_fen, commission_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(), l.settlementId(), l.kind(), l.kind() == SettlementLineKind.SALE ? l.sourceId() : null,
                l.kind() == SettlementLineKind.PURCHASE ? l.sourceId() : null,
                l.kind() == SettlementLineKind.LOSS ? l.sourceId() : null, l.lotId(), l.date(), l.quantity().amount(),
                l.amount().fen(), l.commission().fen());
    }

    @Override
    public Optional<Settlement> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM settlement WHERE id = ?", JdbcSettlementRepository::settlement, id);
    }

    @Override
    public List<Settlement> findByIds(Collection<UUID> ids) {
        return JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM settlement WHERE id IN (%s)", ids, JdbcSettlementRepository::settlement);
    }

    @Override
    public boolean update(Settlement s) {
        return jdbc.update("UPDATE settlement SET status = ?, paid_at = ?, payout_method = ?, payout_reference = ?, paid_by = ?, "
                        + "version = ? WHERE id = ? AND version = ?",
                s.status(), s.paidAt(), s.payoutMethod(), s.payoutReference(), s.paidBy(), s.version(), s.id(),
                s.version() - 1) == 1;
    }

    @Override
    public List<SettlementLine> linesOf(UUID settlementId) {
        List<SettlementLine> lines = new ArrayList<>(jdbc.query(LINE + "WHERE s.settlement_id = ? ORDER BY s.line_date, l.code",
                JdbcSettlementRepository::line, settlementId));
        lines.sort(Comparator.comparing(SettlementLine::date).thenComparing(SettlementLine::kind));
        return lines;
    }

    @Override
    public List<Settlement> ofProducer(UUID producerId, int limit) {
        return jdbc.query("SELECT * FROM settlement WHERE producer_id = ? ORDER BY period_from DESC, created_at DESC LIMIT ?",
                JdbcSettlementRepository::settlement, producerId, limit);
    }

    @Override
    public List<SettlementLine> linesOfLots(Collection<UUID> lotIds) {
        return JdbcGoodsSql.inChunks(jdbc, LINE + "WHERE s.lot_id IN (%s)", lotIds, JdbcSettlementRepository::line);
    }
}
