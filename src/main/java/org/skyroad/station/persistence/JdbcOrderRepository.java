package org.skyroad.station.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.FeeDay;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderEvent;
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.OrderRepository;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;

/** Orders in {@code assisted_order}, their lines in {@code assisted_order_line}, history in {@code assisted_order_event}. */
public final class JdbcOrderRepository implements OrderRepository {

    private static final String INSERT = "INSERT INTO assisted_order (id, order_no, villager_id, status, goods_fen, "
            + "shipping_fen, fee_fen, fee_rule, fee_overridden, adjustment_fen, total_fen, paid_fen, refunded_fen, "
            + "platform_order_no, tracking_number, parcel_id, expected_arrival, note, created_at, created_by, paid_at, "
            + "paid_date, placed_at, placed_by, shipped_at, arrived_at, collected_at, closed_at, closed_reason, "
            + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO assisted_order_line (order_id, line_no, platform, item_name, "
            + "link, quantity, unit_price_fen, category, catalog_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    public JdbcOrderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------ writing

    @Override
    public void insert(Order o) {
        jdbc.update(INSERT, insertParams(o));
        insertLines(List.of(o));
    }

    @Override
    public void insertAll(List<Order> orders) {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = jdbc.connection().prepareStatement(INSERT)) {
            for (Order o : orders) {
                Jdbc.bind(ps, insertParams(o));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        insertLines(orders);
    }

    private void insertLines(List<Order> orders) {
        try (PreparedStatement ps = jdbc.connection().prepareStatement(INSERT_LINE)) {
            for (Order o : orders) {
                for (OrderLine l : o.lines()) {
                    Jdbc.bind(ps, o.id(), l.lineNo(), l.platform(), l.itemName(), l.link(), l.quantity(),
                            l.unitPrice().fen(), l.category(), l.catalogItemId());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static Object[] insertParams(Order o) {
        return new Object[] {o.id(), o.number(), o.villagerId(), o.status(), o.goods().fen(), o.shipping().fen(),
            o.fee().fen(), o.feeRule(), o.feeOverridden(), o.adjustment().fen(), o.total().fen(), o.paid().fen(),
            o.refunded().fen(), o.platformOrderNo(), o.trackingNumber(), o.parcelId(), date(o.expectedArrival()),
            o.note(), o.createdAt(), o.createdBy(), o.paidAt(), date(o.paidDate()), o.placedAt(), o.placedBy(),
            o.shippedAt(), o.arrivedAt(), o.collectedAt(), o.closedAt(), o.closedReason(), o.updatedAt(), o.version()};
    }

    @Override
    public boolean update(Order o, boolean linesChanged) {
        int n = jdbc.update("UPDATE assisted_order SET status = ?, goods_fen = ?, shipping_fen = ?, fee_fen = ?, fee_rule = ?, "
                        + "fee_overridden = ?, adjustment_fen = ?, total_fen = ?, paid_fen = ?, refunded_fen = ?, "
                        + "platform_order_no = ?, tracking_number = ?, parcel_id = ?, expected_arrival = ?, note = ?, "
                        + "paid_at = ?, paid_date = ?, placed_at = ?, placed_by = ?, shipped_at = ?, arrived_at = ?, "
                        + "collected_at = ?, closed_at = ?, closed_reason = ?, updated_at = ?, version = ? "
                        + "WHERE id = ? AND version = ?",
                o.status(), o.goods().fen(), o.shipping().fen(), o.fee().fen(), o.feeRule(), o.feeOverridden(),
                o.adjustment().fen(), o.total().fen(), o.paid().fen(), o.refunded().fen(), o.platformOrderNo(),
                o.trackingNumber(), o.parcelId(), date(o.expectedArrival()), o.note(), o.paidAt(), date(o.paidDate()),
                o.placedAt(), o.placedBy(), o.shippedAt(), o.arrivedAt(), o.collectedAt(), o.closedAt(),
                o.closedReason(), o.updatedAt(), o.version(), o.id(), o.version() - 1);
        if (n != 1) {
            return false;
        }
        if (linesChanged) {
            jdbc.update("DELETE FROM assisted_order_line WHERE order_id = ?", o.id());
            insertLines(List.of(o));
        }
        return true;
    }

    @Override
    public long nextNumber(String period) {
        if (jdbc.update("UPDATE order_number_counter SET next_no = next_no + 1 WHERE period = ?", period) == 0) {
            jdbc.update("INSERT INTO order_number_counter (period, next_no) VALUES (?, 2)", period);
            return 1;
        }
        return jdbc.queryLong("SELECT next_no - 1 FROM order_number_counter WHERE period = ?", period);
    }

    @Override
    public long reserveNumbers(String period, int count) {
        if (jdbc.update("UPDATE order_number_counter SET next_no = next_no + ? WHERE period = ?", count, period) == 0) {
            jdbc.update("INSERT INTO order_number_counter (period, next_no) VALUES (?, ?)", period, count + 1L);
            return 1;
        }
        return jdbc.queryLong("SELECT next_no - ? FROM order_number_counter WHERE period = ?", count, period);
    }

    @Override
    public void insertEvents(List<OrderEvent> events) {
        try (PreparedStatement ps = jdbc.connection().prepareStatement("INSERT INTO assisted_order_event (id, order_id, at, "
                + "event_type, actor_name, amount_fen, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OrderEvent e : events) {
                Jdbc.bind(ps, e.id(), e.orderId(), e.at(), e.type(), e.actorName(),
                        e.amount() == null ? null : e.amount().fen(), e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException ex) {
            throw SqlErrors.translate(ex);
        }
    }

    @Override
    public void insertEvent(OrderEvent e) {
        jdbc.update("INSERT INTO assisted_order_event (id, order_id, at, event_type, actor_name, amount_fen, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.orderId(), e.at(), e.type(), e.actorName(), e.amount() == null ? null : e.amount().fen(),
                e.detail());
    }

    // ------------------------------------------------------------ reading

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.ofFen(rs.getLong(column));
    }

    /** Maps the order row; the lines are read separately and joined in {@link #withLines}. */
    private static Order mapRow(ResultSet rs) throws SQLException {
        return new Order(Jdbc.uuid(rs, "id"), rs.getString("order_no"), Jdbc.uuid(rs, "villager_id"),
                OrderStatus.valueOf(rs.getString("status")), List.of(), money(rs, "shipping_fen"), money(rs, "fee_fen"),
                rs.getString("fee_rule"), rs.getBoolean("fee_overridden"), money(rs, "adjustment_fen"),
                money(rs, "paid_fen"), money(rs, "refunded_fen"), rs.getString("platform_order_no"),
                rs.getString("tracking_number"), Jdbc.uuid(rs, "parcel_id"),
                rs.getObject("expected_arrival", LocalDate.class), rs.getString("note"), Jdbc.instant(rs, "created_at"),
                rs.getString("created_by"), Jdbc.instant(rs, "paid_at"), rs.getObject("paid_date", LocalDate.class),
                Jdbc.instant(rs, "placed_at"), rs.getString("placed_by"), Jdbc.instant(rs, "shipped_at"),
                Jdbc.instant(rs, "arrived_at"), Jdbc.instant(rs, "collected_at"), Jdbc.instant(rs, "closed_at"),
                rs.getString("closed_reason"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static OrderLine mapLine(ResultSet rs) throws SQLException {
        return new OrderLine(rs.getInt("line_no"), Platform.valueOf(rs.getString("platform")), rs.getString("item_name"),
                rs.getString("link"), rs.getInt("quantity"), money(rs, "unit_price_fen"),
                ItemCategory.valueOf(rs.getString("category")), Jdbc.uuid(rs, "catalog_item_id"));
    }

    private List<Order> select(String where, Object... params) {
        return withLines(jdbc.query("SELECT * FROM assisted_order " + where, JdbcOrderRepository::mapRow, params));
    }

    private Optional<Order> selectOne(String where, Object... params) {
        List<Order> found = select(where, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Order> withLines(List<Order> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        // In chunks so one IN list never grows past what a page of results needs.
        for (int start = 0; start < rows.size(); start += 500) {
            List<Order> chunk = rows.subList(start, Math.min(rows.size(), start + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] ids = chunk.stream().map(Order::id).toArray();
            jdbc.query("SELECT * FROM assisted_order_line WHERE order_id IN (" + marks + ") ORDER BY order_id, line_no",
                    rs -> {
                        lines.computeIfAbsent(Jdbc.uuid(rs, "order_id"), k -> new ArrayList<>()).add(mapLine(rs));
                        return null;
                    }, ids);
        }
        List<Order> out = new ArrayList<>(rows.size());
        for (Order o : rows) {
            out.add(new Order(o.id(), o.number(), o.villagerId(), o.status(), lines.getOrDefault(o.id(), List.of()),
                    o.shipping(), o.fee(), o.feeRule(), o.feeOverridden(), o.adjustment(), o.paid(), o.refunded(),
                    o.platformOrderNo(), o.trackingNumber(), o.parcelId(), o.expectedArrival(), o.note(), o.createdAt(),
                    o.createdBy(), o.paidAt(), o.paidDate(), o.placedAt(), o.placedBy(), o.shippedAt(), o.arrivedAt(),
                    o.collectedAt(), o.closedAt(), o.closedReason(), o.updatedAt(), o.version()));
        }
        return out;
    }

    @Override
    public Optional<Order> findById(UUID id) {
        return selectOne("WHERE id = ?", id);
    }

    @Override
    public Optional<Order> findByNumber(String number) {
        return selectOne("WHERE order_no = ?", number);
    }

    @Override
    public Optional<Order> findShippedByTracking(String trackingNumber) {
        return selectOne("WHERE open_tracking = ?", trackingNumber);
    }

    @Override
    public Optional<Order> findOpenByTracking(String trackingNumber, UUID exceptId) {
        return selectOne("WHERE tracking_number = ? AND id <> ? AND status IN ('SHIPPED', 'ARRIVED') LIMIT 1",
                trackingNumber, exceptId == null ? new UUID(0, 0) : exceptId);
    }

    @Override
    public Optional<Order> findArrivedByParcel(UUID parcelId) {
        return selectOne("WHERE parcel_id = ? AND status = 'ARRIVED' ORDER BY arrived_at DESC LIMIT 1", parcelId);
    }

    @Override
    public List<Order> findByStatus(OrderStatus status, int limit) {
        return select("WHERE status = ? ORDER BY created_at, order_no LIMIT ?", status, limit);
    }

    @Override
    public List<Order> findOpenByVillager(UUID villagerId) {
        return select("WHERE villager_id = ? AND status NOT IN ('COLLECTED', 'CANCELLED', 'REFUNDED') ORDER BY created_at",
                villagerId);
    }

    @Override
    public List<Order> findByVillagers(Collection<UUID> villagerIds, int limit) {
        if (villagerIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(villagerIds);
        params.add(limit);
        String marks = String.join(", ", java.util.Collections.nCopies(villagerIds.size(), "?"));
        return select("WHERE villager_id IN (" + marks + ") ORDER BY created_at DESC LIMIT ?", params.toArray());
    }

    @Override
    public List<Order> findByNumberTail(String tail, int limit) {
        return select("WHERE order_no LIKE ? ESCAPE '\\' ORDER BY created_at DESC LIMIT ?",
                "%-" + JdbcVillagerRepository.escape(tail), limit);
    }

    @Override
    public List<Order> findByPlatformOrderNo(String platformOrderNo, int limit) {
        return select("WHERE platform_order_no = ? ORDER BY created_at DESC LIMIT ?", platformOrderNo, limit);
    }

    @Override
    public List<Order> findAll(int offset, int limit) {
        return select("ORDER BY created_at, order_no LIMIT ? OFFSET ?", limit, offset);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM assisted_order");
    }

    @Override
    public List<OrderEvent> events(UUID orderId) {
        return jdbc.query("SELECT * FROM assisted_order_event WHERE order_id = ? ORDER BY event_no",
                rs -> {
                    long amount = rs.getLong("amount_fen");
                    Money m = rs.wasNull() ? null : Money.ofFen(amount);
                    return new OrderEvent(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "order_id"),
                            OrderEventType.valueOf(rs.getString("event_type")), Jdbc.instant(rs, "at"),
                            rs.getString("actor_name"), m, rs.getString("detail"));
                }, orderId);
    }

    @Override
    public List<FeeDay> feesByDay(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT paid_date, COUNT(*) AS n, SUM(goods_fen) AS goods, SUM(shipping_fen) AS shipping, "
                        + "SUM(fee_fen) AS fees FROM assisted_order WHERE paid_date BETWEEN ? AND ? "
                        + "AND status <> 'CANCELLED' GROUP BY paid_date ORDER BY paid_date",
                rs -> new FeeDay(rs.getObject("paid_date", LocalDate.class), rs.getInt("n"), money(rs, "goods"),
                        money(rs, "shipping"), money(rs, "fees")),
                date(from), date(to));
    }
}
