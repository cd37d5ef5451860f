package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotLink;
import org.skyroad.station.domain.goods.LotOrigin;
import org.skyroad.station.domain.goods.LotRepository;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.Quantity;

public final class JdbcLotRepository implements LotRepository {

    private final Jdbc jdbc;

    public JdbcLotRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    static Lot map(ResultSet rs) throws SQLException {
        GoodsUnit unit = GoodsUnit.valueOf(rs.getString("unit"));
        return new Lot(Jdbc.uuid(rs, "id"), LotCode.parse(rs.getString("code")), Jdbc.uuid(rs, "product_id"),
                Jdbc.uuid(rs, "producer_id"), rs.getString("grade"), Quantity.of(rs.getLong("quantity_in"), unit),
                Quantity.of(rs.getLong("quantity_on_hand"), unit), JdbcGoodsSql.nullableLong(rs, "weight_grams"),
                JdbcGoodsSql.date(rs, "produced_on"), JdbcGoodsSql.date(rs, "best_before"),
                LotTerms.valueOf(rs.getString("terms")), Money.ofFen(rs.getLong("unit_price_fen")),
                LotOrigin.valueOf(rs.getString("origin")), rs.getString("note"), Jdbc.instant(rs, "created_at"),
                rs.getString("created_by"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    @Override
    public void lockNumbering() {
        jdbc.update("UPDATE goods_counter SET n = n + 1 WHERE id = 1");
    }

    @Override
    public int maxSequence(LocalDate day) {
        return (int) jdbc.queryLong("SELECT COALESCE(MAX(seq), 0) FROM lot WHERE lot_date = ?", day);
    }

    @Override
    public void insert(Lot l) {
        jdbc.update("INSERT INTO lot (id, code, lot_date, seq, product_id, producer_id, grade, unit, quantity_in, "
                        + "quantity_on_hand, weight_grams, produced_on, best_before, terms, unit_price_fen, origin, note, "
                        + "created_at, created_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(), l.code().value(), l.code().date(), l.code().sequence(), l.productId(), l.producerId(), l.grade(),
                l.unit(), l.received().amount(), l.onHand().amount(), l.weightGrams(), l.producedOn(), l.bestBefore(),
                l.terms(), l.unitPrice().fen(), l.origin(), l.note(), l.createdAt(), l.createdBy(), l.updatedAt(), l.version());
    }

    @Override
    public Optional<Lot> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM lot WHERE id = ?", JdbcLotRepository::map, id);
    }

    @Override
    public Optional<Lot> findByCode(LotCode code) {
        return jdbc.queryOne("SELECT * FROM lot WHERE code = ?", JdbcLotRepository::map, code.value());
    }

    @Override
    public List<Lot> findByIds(Collection<UUID> ids) {
        return JdbcGoodsSql.inChunks(jdbc, "SELECT * FROM lot WHERE id IN (%s)", ids, JdbcLotRepository::map);
    }

    @Override
    public Optional<Lot> lockById(UUID id) {
        return jdbc.queryOne("SELECT * FROM lot WHERE id = ? FOR UPDATE", JdbcLotRepository::map, id);
    }

    @Override
    public boolean takeFromStock(UUID id, long amount, Instant now) {
        return jdbc.update("UPDATE lot SET quantity_on_hand = quantity_on_hand - ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ? AND quantity_on_hand >= ?", amount, now, id, amount) == 1;
    }

    @Override
    public void insertLink(UUID parentId, UUID childId, long quantity) {
        jdbc.update("INSERT INTO lot_parent (child_id, parent_id, quantity) VALUES (?, ?, ?)", childId, parentId, quantity);
    }

    private static final String LINKS = "SELECT l.parent_id, p.code AS parent_code, l.child_id, c.code AS child_code, "
            + "l.quantity, c.unit, c.origin, c.created_at FROM lot_parent l JOIN lot p ON p.id = l.parent_id "
            + "JOIN lot c ON c.id = l.child_id ";

    private static LotLink link(ResultSet rs) throws SQLException {
        return new LotLink(Jdbc.uuid(rs, "parent_id"), LotCode.parse(rs.getString("parent_code")), Jdbc.uuid(rs, "child_id"),
                LotCode.parse(rs.getString("child_code")), Quantity.of(rs.getLong("quantity"), GoodsUnit.valueOf(rs.getString("unit"))),
                LotOrigin.valueOf(rs.getString("origin")), Jdbc.instant(rs, "created_at"));
    }

    @Override
    public List<LotLink> parentsOf(UUID childId) {
        return jdbc.query(LINKS + "WHERE l.child_id = ? ORDER BY p.code", JdbcLotRepository::link, childId);
    }

    @Override
    public List<LotLink> childrenOf(UUID parentId) {
        return jdbc.query(LINKS + "WHERE l.parent_id = ? ORDER BY c.code", JdbcLotRepository::link, parentId);
    }

    @Override
    public List<Lot> inStock(UUID producerId, int limit) {
        if (producerId == null) {
            return jdbc.query("SELECT * FROM lot WHERE quantity_on_hand > 0 ORDER BY best_before NULLS LAST, code LIMIT ?",
                    JdbcLotRepository::map, limit);
        }
        return jdbc.query("SELECT * FROM lot WHERE producer_id = ? AND quantity_on_hand > 0 "
                + "ORDER BY best_before NULLS LAST, code LIMIT ?", JdbcLotRepository::map, producerId, limit);
    }

    @Override
    public List<Lot> bestBeforeUntil(LocalDate until, int limit) {
        return jdbc.query("SELECT * FROM lot WHERE best_before IS NOT NULL AND best_before <= ? AND quantity_on_hand > 0 "
                + "ORDER BY best_before, code LIMIT ?", JdbcLotRepository::map, until, limit);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM lot");
    }
}
