package org.skyroad.station.order;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.persistence.JdbcCashRepository;
import org.skyroad.station.persistence.JdbcOrderCatalogRepository;
import org.skyroad.station.persistence.JdbcOrderRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.CashDrawer;
import org.skyroad.station.service.OrderCatalog;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.service.ServiceContext;
import org.skyroad.station.testsupport.MutableClock;

/**
 * A real station (TS-003) in a temp folder with the order desk, the catalog and the cash
 * drawer wired the way StationRuntime will wire them, a clock the test moves, one village
 * with two villagers, and a signed-in person whose role the test chooses.
 */
public final class OrderStation implements AutoCloseable {

    /** 2026-11-20 10:00 in Lhasa (UTC+8): order numbers of this month start with TS-003-2611-. */
    public static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    public final MutableClock clock;
    public final StationRuntime rt;
    public final Jdbc jdbc;
    public final ServiceContext ctx;
    public final CashDrawer cash;
    public final OrderDesk desk;
    public final OrderCatalog catalog;
    public final Village village;
    public final Villager tashi;
    public final Villager drolma;

    private OrderStation(Path dir) {
        clock = new MutableClock(START);
        rt = StationRuntime.open(dir.resolve("station"), clock);
        jdbc = rt.database().jdbc();
        ctx = rt.serviceContext();
        var stations = new JdbcStationRepository(jdbc);
        // The station row alone: setting up an admin would hash a password (slow) for nothing here.
        ctx.tx().inTransaction(() -> stations.insert(new Station(StationCode.parse("TS-003"), "达雄村服务点",
                StationLevel.VILLAGE, StationCode.parse("NGA-HUB"), ZoneId.of("Asia/Shanghai"), "zh", START, 1)));
        as(Role.ADMIN);
        cash = new CashDrawer(ctx, new JdbcCashRepository(jdbc), stations);
        desk = new OrderDesk(ctx, new JdbcOrderRepository(jdbc), new JdbcVillagerRepository(jdbc), stations, cash);
        catalog = new OrderCatalog(ctx, new JdbcOrderCatalogRepository(jdbc));
        village = rt.villagers().addVillage("达雄村");
        tashi = rt.villagers().create(new VillagerDraft("扎西次仁", "13812345678", village.id(), "1234", null, null,
                true, true), true);
        drolma = rt.villagers().create(new VillagerDraft("སྒྲོལ་མ", "13955556666", village.id(), null, null, null,
                true, true), true);
        as(Role.OPERATOR);
    }

    public static OrderStation open(Path dir) {
        return new OrderStation(dir);
    }

    /** Signs in a person with this role (a new one each time, like a change of shift). */
    public OrderStation as(Role role) {
        rt.session().signIn(new Actor(UUID.randomUUID(), role.code(), role.code(), role));
        return this;
    }

    public void later(Duration d) {
        clock.advance(d);
    }

    public static Money yuan(String text) {
        return Money.parse(text);
    }

    /** Two lines (a coat on Taobao, medicine on JD) for 扎西次仁, 10 yuan shipping: goods 300.00. */
    public OrderDraft twoLines() {
        return OrderDraft.of(tashi.id(), List.of(
                new OrderDraft.Line(Platform.TAOBAO, "羽绒服 down coat", "https://item.taobao.com/item.htm?id=1001", 1,
                        yuan("268.00"), ItemCategory.CLOTHING, null),
                new OrderDraft.Line(Platform.JD, "布洛芬 ibuprofen", "JD-100012345", 2, yuan("16.00"),
                        ItemCategory.MEDICINE, null)), yuan("10.00"));
    }

    public OrderDraft oneLine(Villager v, String price) {
        return OrderDraft.of(v.id(), List.of(OrderDraft.Line.of(Platform.PINDUODUO, "暖水瓶 thermos", "PDD-77", 1,
                yuan(price))), Money.ZERO);
    }

    /** An order paid in full and placed on the platform. */
    public Order placed() {
        Order o = desk.createAndPay(twoLines(), desk.quote(twoLines()).total());
        return desk.markPlaced(o.id(), o.version(), "JD" + Math.abs(o.id().getLeastSignificantBits() % 1_000_000_000L));
    }

    /** An order paid in full, placed and shipped with this tracking number. */
    public Order shipped(String tracking) {
        Order o = placed();
        return desk.markShipped(o.id(), o.version(), tracking);
    }

    public long count(String sql, Object... params) {
        return ctx.tx().read(() -> jdbc.queryLong(sql, params));
    }

    public long auditRows(String action) {
        return count("SELECT COUNT(*) FROM audit_log WHERE action = ?", action);
    }

    public long outboxRows(String entity) {
        return count("SELECT COUNT(*) FROM outbox WHERE entity = ?", entity);
    }

    /** Every row the station has written anywhere that counts: orders, lines, events, movements, audit, outbox. */
    public String footprint() {
        return count("SELECT COUNT(*) FROM assisted_order") + "/" + count("SELECT COUNT(*) FROM assisted_order_line") + "/"
                + count("SELECT COUNT(*) FROM assisted_order_event") + "/" + count("SELECT COUNT(*) FROM cash_movement")
                + "/" + count("SELECT COUNT(*) FROM cash_close") + "/" + count("SELECT COUNT(*) FROM audit_log") + "/"
                + count("SELECT COUNT(*) FROM outbox") + "/" + count("SELECT SUM(version) FROM assisted_order");
    }

    @Override
    public void close() {
        rt.close();
    }
}
