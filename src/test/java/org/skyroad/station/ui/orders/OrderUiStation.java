package org.skyroad.station.ui.orders;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * A real station for the order screens' view-model tests: a village, two villagers, a small
 * catalog, an operator signed in, and printing that records the receipts.
 */
final class OrderUiStation implements AutoCloseable {

    /** 2026-11-20 10:00 in the station's zone (UTC+8). */
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final StationRuntime rt;
    final Village village;
    final Villager tashi;
    final Villager dolma;
    final CatalogItem boots;
    final CatalogItem rice;
    final RecordingPrintouts printouts = new RecordingPrintouts();
    final NewOrderRequests requests = new NewOrderRequests();
    int saved;

    OrderUiStation(Path dir) {
        Messages.setLocale(Locale.ENGLISH);
        rt = StationRuntime.open(dir.resolve("station"), clock);
        // The station row alone: setting up an admin would hash a password (slow) for nothing here.
        JdbcStationRepository stations = new JdbcStationRepository(rt.database().jdbc());
        rt.serviceContext().tx().inTransaction(() -> stations.insert(new Station(StationCode.parse("TS-003"),
                "达雄村服务点", StationLevel.VILLAGE, StationCode.parse("NGA-HUB"), ZoneId.of("Asia/Shanghai"), "zh",
                START, 1)));
        as(Role.ADMIN);
        village = rt.villagers().addVillage("达雄村");
        tashi = rt.villagers().create(new VillagerDraft("扎西", "13800138000", village.id(), null, null, null, true, true),
                true);
        dolma = rt.villagers().create(new VillagerDraft("卓玛", "13900135678", village.id(), null, null, null, true, true),
                true);
        boots = rt.catalog().add(new CatalogItem.Draft("Rain boots", Platform.TAOBAO,
                "https://item.taobao.com/item.htm?id=555", Money.parse("45.00"), ItemCategory.CLOTHING));
        rice = rt.catalog().add(new CatalogItem.Draft("Rice cooker", Platform.JD, "JD-100200300", Money.parse("199.00"),
                ItemCategory.APPLIANCE));
        as(Role.OPERATOR);
    }

    OrderScreens screens() {
        return screens(new SameThreadTaskExecutor());
    }

    OrderScreens screens(TaskExecutor executor) {
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saved++);
        return new OrderScreens(rt.orders(), rt.catalog(), rt.villagers(), rt.settings(), rt.session(), clock,
                executor, changes, printouts, requests);
    }

    void as(Role role) {
        TestStation.actAs(rt, role);
    }

    /** An order for {@code v} of one free-form line at {@code price}, paid {@code paid} (whole total when null). */
    Order paidOrder(Villager v, String price, String paid) {
        OrderDraft d = OrderDraft.of(v.id(), List.of(OrderDraft.Line.of(Platform.PINDUODUO, "Thermos", "PDD-77", 1,
                Money.parse(price))), Money.ZERO);
        Money pay = paid == null ? rt.orders().quote(d).total() : Money.parse(paid);
        return rt.orders().createAndPay(d, pay);
    }

    @Override
    public void close() {
        rt.close();
    }
}
