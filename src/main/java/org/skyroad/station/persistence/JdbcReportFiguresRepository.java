package org.skyroad.station.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.DailyFigures;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.MonthlyFiguresSource;

/**
 * The SQL behind every figure of the station's reports, in one place: when a table of the
 * parcel, order, cash or goods areas changes, the fix is here. An area whose tables this
 * database does not have reports itself as not available instead of failing.
 *
 * <p>Definitions (the report's footnotes):
 * <ul>
 *   <li>a month is the station's local days from the 1st to the last; *_date columns are local
 *       days already, instants are compared with the month's first and next-first local midnight;</li>
 *   <li>parcels received: by local day of check-in; picked up, delivered, returned: closed in the
 *       month with that status; time to handover: received to closed, for parcels picked up or
 *       delivered in the month; percentiles are nearest-rank (the value at rank ceil(p × n));</li>
 *   <li>assisted orders: first paid in the month, not cancelled; value is the goods (lines),
 *       fees apart; by category and platform the count is of order lines;</li>
 *   <li>order to pickup: the order's creation to its parcel's pickup or delivery in the month;</li>
 *   <li>local goods: lots taken in (origin INTAKE) by lot day, valued at quantity × unit price;
 *       sales lines by sale day; producers paid: settlements paid in the month;
 *       losses by loss day;</li>
 *   <li>cash: movements by business day, in (positive) and out (negative) gross; closes by
 *       business day, difference = counted − expected;</li>
 *   <li>villagers served: distinct villagers a parcel was received for or handed to, who sent a
 *       parcel, or whose order was paid in the month.</li>
 * </ul>
 */
public final class JdbcReportFiguresRepository implements MonthlyFiguresSource {

    static final String HANDED = "status IN ('PICKED_UP', 'DELIVERED')";
    static final int TOP_PRODUCTS = 5;

    private final Jdbc jdbc;

    public JdbcReportFiguresRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The instants and local days a month is made of. */
    public record Period(LocalDate first, LocalDate last, Instant start, Instant end, ZoneId zone) {
        public static Period of(YearMonth month, ZoneId zone) {
            return of(month.atDay(1), month.atEndOfMonth(), zone);
        }

        static Period of(LocalDate first, LocalDate last, ZoneId zone) {
            return new Period(first, last, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
        }
    }

    @Override
    public MonthlyFigures monthly(String stationCode, String stationName, YearMonth month, ZoneId zone) {
        Period p = Period.of(month, zone);
        boolean orders = hasTable("assisted_order");
        boolean goods = hasTable("lot");
        boolean cash = hasTable("cash_movement");
        return new MonthlyFigures(stationCode, stationName, month, zone,
                orders ? orders(p) : MonthlyFigures.Orders.none(), parcels(p, orders),
                goods ? goods(p) : MonthlyFigures.Goods.none(), cash ? cash(p) : MonthlyFigures.Cash.none(),
                villagers(p, orders), villages(p, orders, goods), days(p, orders, goods));
    }

    boolean hasTable(String name) {
        return jdbc.queryLong("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = UPPER(?)"
                + " AND TABLE_SCHEMA = CURRENT_SCHEMA", name) > 0;
    }

    // ------------------------------------------------------------------ parcels

    MonthlyFigures.Parcels parcels(Period p, boolean orders) {
        long[] c = jdbc.queryOne("SELECT"
                + " COALESCE(SUM(CASE WHEN received_date BETWEEN ? AND ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'PICKED_UP' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'DELIVERED' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'RETURNED' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN received_at < ? AND (closed_at IS NULL OR closed_at >= ?) THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN received_date BETWEEN ? AND ? AND damaged THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + HANDED + " AND closed_at >= ? AND closed_at < ? THEN cod_collected_fen END), 0),"
                + " COALESCE(SUM(CASE WHEN " + HANDED + " AND closed_at >= ? AND closed_at < ? THEN storage_fee_fen END), 0)"
                + " FROM parcel WHERE received_at < ? AND (closed_at IS NULL OR closed_at >= ? OR received_date >= ?)",
                rs -> longs(rs, 8),
                p.first, p.last, p.start, p.end, p.start, p.end, p.start, p.end, p.end, p.end, p.first, p.last,
                p.start, p.end, p.start, p.end, p.end, p.start, p.first).orElse(new long[8]);
        long sent = jdbc.queryLong("SELECT COUNT(*) FROM parcel_dropoff WHERE created_at >= ? AND created_at < ?",
                p.start, p.end);
        Duration[] toHandover = percentiles("SELECT DATEDIFF(SECOND, received_at, closed_at) s FROM parcel WHERE "
                + HANDED + " AND closed_at >= ? AND closed_at < ? ORDER BY s", p.start, p.end);
        Duration[] orderToPickup = orders ? percentiles("SELECT DATEDIFF(SECOND, o.created_at, p.closed_at) s"
                + " FROM assisted_order o JOIN parcel p ON p.id = o.parcel_id"
                + " WHERE p.status IN ('PICKED_UP', 'DELIVERED') AND p.closed_at >= ? AND p.closed_at < ? ORDER BY s",
                p.start, p.end) : new Duration[2];
        return new MonthlyFigures.Parcels(c[0], c[1], c[2], c[3], c[4], c[5], sent, Money.ofFen(c[6]), Money.ofFen(c[7]),
                toHandover[0], toHandover[1], orderToPickup[0], orderToPickup[1]);
    }

    /**
     * Median and 90th percentile of the seconds {@code sql} lists in ascending order, by nearest
     * rank (the value at position ceil(p × n)); nulls when the list is empty. Computed here rather
     * than with PERCENTILE_DISC, whose rank rule differs between databases.
     */
    private Duration[] percentiles(String sql, Object... params) {
        List<Long> seconds = jdbc.query(sql, rs -> rs.getLong(1), params);
        return new Duration[] {nearestRank(seconds, 50), nearestRank(seconds, 90)};
    }

    /** The value at rank ceil(percent × n / 100) of an ascending list; null for an empty one. */
    static Duration nearestRank(List<Long> ascending, int percent) {
        if (ascending.isEmpty()) {
            return null;
        }
        int rank = (int) ((ascending.size() * (long) percent + 99) / 100);
        return Duration.ofSeconds(ascending.get(Math.max(rank, 1) - 1));
    }

    private static Duration seconds(ResultSet rs, int column) throws SQLException {
        long s = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(s);
    }

    // ------------------------------------------------------------------ orders

    /** Orders counted in a period: first paid in it and not cancelled. */
    static final String COUNTED_ORDER = "o.status <> 'CANCELLED' AND o.paid_date BETWEEN ? AND ?";

    MonthlyFigures.Orders orders(Period p) {
        long[] c = jdbc.queryOne("SELECT COUNT(*), COALESCE(SUM(o.goods_fen), 0), COALESCE(SUM(o.fee_fen), 0)"
                + " FROM assisted_order o WHERE " + COUNTED_ORDER, rs -> longs(rs, 3), p.first, p.last)
                .orElse(new long[3]);
        long cancelled = jdbc.queryLong("SELECT COUNT(*) FROM assisted_order WHERE status = 'CANCELLED'"
                + " AND closed_at >= ? AND closed_at < ?", p.start, p.end);
        return new MonthlyFigures.Orders(true, c[0], Money.ofFen(c[1]), Money.ofFen(c[2]), cancelled,
                orderLines("l.category", p), orderLines("l.platform", p));
    }

    private List<Breakdown> orderLines(String column, Period p) {
        return jdbc.query("SELECT LOWER(" + column + "), COUNT(*), SUM(CAST(l.quantity AS BIGINT) * l.unit_price_fen)"
                + " FROM assisted_order_line l JOIN assisted_order o ON o.id = l.order_id WHERE " + COUNTED_ORDER
                + " GROUP BY " + column + " ORDER BY 3 DESC, 1", JdbcReportFiguresRepository::breakdown, p.first, p.last);
    }

    // ------------------------------------------------------------------ local goods

    /** The value of a lot taken in: quantity (base units) × unit price, rounded half up to the fen. */
    static final String LOT_VALUE = "((l.quantity_in * l.unit_price_fen + CASE l.unit WHEN 'KG' THEN 500 ELSE 0 END)"
            + " / CASE l.unit WHEN 'KG' THEN 1000 ELSE 1 END)";

    MonthlyFigures.Goods goods(Period p) {
        List<Breakdown> intake = jdbc.query("SELECT LOWER(g.category), COUNT(*), SUM(" + LOT_VALUE + ")"
                + " FROM lot l JOIN goods_product g ON g.id = l.product_id"
                + " WHERE l.origin = 'INTAKE' AND l.lot_date BETWEEN ? AND ? GROUP BY g.category ORDER BY 1",
                JdbcReportFiguresRepository::breakdown, p.first, p.last);
        List<Breakdown> sales = jdbc.query("SELECT LOWER(g.category), COUNT(*), SUM(sl.amount_fen)"
                + " FROM goods_sale_line sl JOIN goods_sale s ON s.id = sl.sale_id JOIN lot l ON l.id = sl.lot_id"
                + " JOIN goods_product g ON g.id = l.product_id WHERE s.sold_date BETWEEN ? AND ?"
                + " GROUP BY g.category ORDER BY 1", JdbcReportFiguresRepository::breakdown, p.first, p.last);
        List<Breakdown> top = jdbc.query("SELECT COALESCE(g.name_zh, g.name_bo, g.name_en, g.code), COUNT(*),"
                + " SUM(sl.amount_fen) FROM goods_sale_line sl JOIN goods_sale s ON s.id = sl.sale_id"
                + " JOIN lot l ON l.id = sl.lot_id JOIN goods_product g ON g.id = l.product_id"
                + " WHERE s.sold_date BETWEEN ? AND ? GROUP BY g.id, g.name_zh, g.name_bo, g.name_en, g.code"
                + " ORDER BY 3 DESC, 1 FETCH FIRST " + TOP_PRODUCTS + " ROWS ONLY",
                JdbcReportFiguresRepository::breakdown, p.first, p.last);
        long[] paid = jdbc.queryOne("SELECT COUNT(DISTINCT producer_id), COALESCE(SUM(due_fen), 0),"
                + " COALESCE(SUM(commission_fen), 0) FROM settlement WHERE status = 'PAID' AND paid_at >= ? AND paid_at < ?",
                rs -> longs(rs, 3), p.start, p.end).orElse(new long[3]);
        long[] loss = jdbc.queryOne("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM goods_loss"
                + " WHERE loss_date BETWEEN ? AND ?", rs -> longs(rs, 2), p.first, p.last).orElse(new long[2]);
        return new MonthlyFigures.Goods(true, intake, sales, top, paid[0], Money.ofFen(paid[1]), Money.ofFen(paid[2]),
                loss[0], Money.ofFen(loss[1]));
    }

    // ------------------------------------------------------------------ cash

    MonthlyFigures.Cash cash(Period p) {
        long[] m = jdbc.queryOne("SELECT COALESCE(SUM(CASE WHEN amount_fen > 0 THEN amount_fen END), 0),"
                + " COALESCE(SUM(CASE WHEN amount_fen < 0 THEN -amount_fen END), 0)"
                + " FROM cash_movement WHERE business_date BETWEEN ? AND ?", rs -> longs(rs, 2), p.first, p.last)
                .orElse(new long[2]);
        long[] c = jdbc.queryOne("SELECT COUNT(*), COALESCE(SUM(CASE WHEN counted_fen <> expected_fen THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(counted_fen - expected_fen), 0) FROM cash_close WHERE business_date BETWEEN ? AND ?",
                rs -> longs(rs, 3), p.first, p.last).orElse(new long[3]);
        return new MonthlyFigures.Cash(true, Money.ofFen(m[0]), Money.ofFen(m[1]), c[0], c[1], Money.ofFen(c[2]));
    }

    // ------------------------------------------------------------------ villagers and villages

    /** Ids of the villagers served in the period: one SELECT of the union, with its parameters. */
    private Object[] servedParams(Period p, boolean orders) {
        List<Object> params = new ArrayList<>(List.of(p.first, p.last, p.start, p.end, p.start, p.end));
        if (orders) {
            params.add(p.first);
            params.add(p.last);
        }
        return params.toArray();
    }

    private static String served(boolean orders) {
        return "SELECT recipient_id AS vid FROM parcel WHERE recipient_id IS NOT NULL AND (received_date BETWEEN ? AND ?"
                + " OR (" + HANDED + " AND closed_at >= ? AND closed_at < ?))"
                + " UNION SELECT sender_id FROM parcel_dropoff WHERE sender_id IS NOT NULL AND created_at >= ? AND created_at < ?"
                + (orders ? " UNION SELECT o.villager_id FROM assisted_order o WHERE " + COUNTED_ORDER : "");
    }

    MonthlyFigures.Villagers villagers(Period p, boolean orders) {
        long registered = jdbc.queryLong("SELECT COUNT(*) FROM villager WHERE created_at < ?", p.end);
        long added = jdbc.queryLong("SELECT COUNT(*) FROM villager WHERE created_at >= ? AND created_at < ?", p.start, p.end);
        long active = jdbc.queryLong("SELECT COUNT(*) FROM (" + served(orders) + ") s", servedParams(p, orders));
        return new MonthlyFigures.Villagers(registered, added, active);
    }

    List<MonthlyFigures.VillageRow> villages(Period p, boolean orders, boolean goods) {
        Map<UUID, long[]> rows = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (var v : jdbc.query("SELECT id, name FROM village ORDER BY name_key",
                rs -> Map.entry(Jdbc.uuid(rs, "id"), rs.getString("name")))) {
            names.put(v.getKey(), v.getValue());
            rows.put(v.getKey(), new long[8]);
        }
        rows.put(null, new long[8]);
        addBy(rows, 0, "SELECT village_id, COUNT(*) FROM villager WHERE created_at < ? GROUP BY village_id", p.end);
        addBy(rows, 1, "SELECT village_id, COUNT(*) FROM villager WHERE created_at >= ? AND created_at < ?"
                + " GROUP BY village_id", p.start, p.end);
        addBy(rows, 2, "SELECT v.village_id, COUNT(*) FROM villager v JOIN (" + served(orders) + ") s ON s.vid = v.id"
                + " GROUP BY v.village_id", servedParams(p, orders));
        addBy(rows, 3, "SELECT village_id, COUNT(*) FROM parcel WHERE received_date BETWEEN ? AND ? GROUP BY village_id",
                p.first, p.last);
        addBy(rows, 4, "SELECT village_id, COUNT(*) FROM parcel WHERE " + HANDED + " AND closed_at >= ? AND closed_at < ?"
                + " GROUP BY village_id", p.start, p.end);
        if (orders) {
            addBy(rows, 5, "SELECT v.village_id, COUNT(*) FROM assisted_order o JOIN villager v ON v.id = o.villager_id"
                    + " WHERE " + COUNTED_ORDER + " GROUP BY v.village_id", p.first, p.last);
            addBy(rows, 6, "SELECT v.village_id, SUM(o.goods_fen) FROM assisted_order o JOIN villager v ON v.id = o.villager_id"
                    + " WHERE " + COUNTED_ORDER + " GROUP BY v.village_id", p.first, p.last);
        }
        if (goods) {
            addBy(rows, 7, "SELECT pr.village_id, SUM(" + LOT_VALUE + ") FROM lot l JOIN producer pr ON pr.id = l.producer_id"
                    + " WHERE l.origin = 'INTAKE' AND l.lot_date BETWEEN ? AND ? GROUP BY pr.village_id", p.first, p.last);
        }
        List<MonthlyFigures.VillageRow> out = new ArrayList<>();
        for (var e : rows.entrySet()) {
            long[] r = e.getValue();
            boolean empty = java.util.Arrays.stream(r).allMatch(x -> x == 0);
            if (e.getKey() == null && empty) {
                continue;
            }
            out.add(new MonthlyFigures.VillageRow(names.get(e.getKey()), r[0], r[1], r[2], r[3], r[4], r[5],
                    Money.ofFen(r[6]), Money.ofFen(r[7])));
        }
        return out;
    }

    private void addBy(Map<UUID, long[]> rows, int index, String sql, Object... params) {
        for (var e : jdbc.query(sql, rs -> Map.entry(Optional.ofNullable(rs.getObject(1, UUID.class)), rs.getLong(2)), params)) {
            rows.computeIfAbsent(e.getKey().orElse(null), k -> new long[8])[index] += e.getValue();
        }
    }

    // ------------------------------------------------------------------ days

    List<MonthlyFigures.DayRow> days(Period p, boolean orders, boolean goods) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = p.first; !d.isAfter(p.last); d = d.plusDays(1)) {
            days.put(d, new long[5]);
        }
        addByDay(days, 0, "SELECT received_date, COUNT(*) FROM parcel WHERE received_date BETWEEN ? AND ?"
                + " GROUP BY received_date", p.first, p.last);
        // the local day of an instant is taken in Java: databases differ on time zone casts
        for (Instant closed : jdbc.query("SELECT closed_at FROM parcel WHERE " + HANDED + " AND closed_at >= ? AND closed_at < ?",
                rs -> Jdbc.instant(rs, "closed_at"), p.start, p.end)) {
            long[] r = days.get(LocalDate.ofInstant(closed, p.zone));
            if (r != null) {
                r[1]++;
            }
        }
        if (orders) {
            addByDay(days, 2, "SELECT o.paid_date, COUNT(*) FROM assisted_order o WHERE " + COUNTED_ORDER
                    + " GROUP BY o.paid_date", p.first, p.last);
            addByDay(days, 3, "SELECT o.paid_date, SUM(o.goods_fen) FROM assisted_order o WHERE " + COUNTED_ORDER
                    + " GROUP BY o.paid_date", p.first, p.last);
        }
        if (goods) {
            addByDay(days, 4, "SELECT s.sold_date, SUM(sl.amount_fen) FROM goods_sale_line sl JOIN goods_sale s"
                    + " ON s.id = sl.sale_id WHERE s.sold_date BETWEEN ? AND ? GROUP BY s.sold_date", p.first, p.last);
        }
        List<MonthlyFigures.DayRow> out = new ArrayList<>(days.size());
        days.forEach((d, r) -> out.add(new MonthlyFigures.DayRow(d, r[0], r[1], r[2], Money.ofFen(r[3]), Money.ofFen(r[4]))));
        return out;
    }

    private void addByDay(Map<LocalDate, long[]> days, int index, String sql, Object... params) {
        for (var e : jdbc.query(sql, rs -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)), params)) {
            long[] r = days.get(e.getKey());
            if (r != null) {
                r[index] += e.getValue();
            }
        }
    }

    // ------------------------------------------------------------------ one day

    @Override
    public DailyFigures daily(LocalDate day, ZoneId zone) {
        Period p = Period.of(day, day, zone);
        long[] c = jdbc.queryOne("SELECT"
                + " COALESCE(SUM(CASE WHEN received_date = ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'PICKED_UP' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'DELIVERED' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'RETURNED' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END), 0)"
                + " FROM parcel WHERE received_date = ? OR closed_at >= ?", rs -> longs(rs, 4),
                day, p.start, p.end, p.start, p.end, p.start, p.end, day, p.start).orElse(new long[4]);
        long[] o = new long[3];
        if (hasTable("assisted_order")) {
            o = jdbc.queryOne("SELECT COUNT(*), COALESCE(SUM(o.goods_fen), 0), COALESCE(SUM(o.fee_fen), 0)"
                    + " FROM assisted_order o WHERE " + COUNTED_ORDER, rs -> longs(rs, 3), day, day).orElse(o);
        }
        if (!hasTable("cash_movement")) {
            return new DailyFigures(day, c[0], c[1], c[2], c[3], o[0], Money.ofFen(o[1]), Money.ofFen(o[2]), false,
                    List.of(), List.of(), null, null, null, null, null, null);
        }
        List<Breakdown> in = jdbc.query("SELECT LOWER(kind), COUNT(*), SUM(amount_fen) FROM cash_movement"
                + " WHERE business_date = ? AND amount_fen > 0 GROUP BY kind ORDER BY 1", JdbcReportFiguresRepository::breakdown, day);
        List<Breakdown> out = jdbc.query("SELECT LOWER(kind), COUNT(*), SUM(-amount_fen) FROM cash_movement"
                + " WHERE business_date = ? AND amount_fen < 0 GROUP BY kind ORDER BY 1", JdbcReportFiguresRepository::breakdown, day);
        Optional<Map<String, Object>> close = jdbc.queryOne("SELECT opening_fen, expected_fen, counted_fen, operator_name,"
                + " manager_name, closed_at, reason FROM cash_close WHERE business_date = ? ORDER BY closed_at DESC"
                + " FETCH FIRST 1 ROW ONLY", rs -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("opening", rs.getLong(1));
                    m.put("expected", rs.getLong(2));
                    m.put("counted", rs.getLong(3));
                    String manager = rs.getString(5);
                    m.put("by", rs.getString(4) + (manager == null ? "" : " / " + manager));
                    m.put("at", Jdbc.instant(rs, "closed_at"));
                    m.put("reason", rs.getString(7));
                    return m;
                }, day);
        if (close.isPresent()) {
            Map<String, Object> m = close.get();
            return new DailyFigures(day, c[0], c[1], c[2], c[3], o[0], Money.ofFen(o[1]), Money.ofFen(o[2]), true, in, out,
                    Money.ofFen((Long) m.get("opening")), Money.ofFen((Long) m.get("expected")),
                    Money.ofFen((Long) m.get("counted")), (String) m.get("by"), (Instant) m.get("at"), (String) m.get("reason"));
        }
        long opening = jdbc.queryOne("SELECT counted_fen FROM cash_close WHERE business_date < ?"
                + " ORDER BY business_date DESC, closed_at DESC FETCH FIRST 1 ROW ONLY", rs -> rs.getLong(1), day).orElse(0L);
        Money net = Breakdown.totalValue(in).minus(Breakdown.totalValue(out));
        return new DailyFigures(day, c[0], c[1], c[2], c[3], o[0], Money.ofFen(o[1]), Money.ofFen(o[2]), true, in, out,
                Money.ofFen(opening), Money.ofFen(opening).plus(net), null, null, null, null);
    }

    // ------------------------------------------------------------------ mapping

    static Breakdown breakdown(ResultSet rs) throws SQLException {
        return new Breakdown(rs.getString(1), rs.getLong(2), Money.ofFen(rs.getLong(3)));
    }

    private static long[] longs(ResultSet rs, int n) throws SQLException {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rs.getLong(i + 1);
        }
        return out;
    }
}
