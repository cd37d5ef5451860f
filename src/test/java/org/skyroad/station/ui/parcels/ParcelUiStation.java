package org.skyroad.station.ui.parcels;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;

/** A real station for the parcel screens’ view-model tests: a clock the test moves, villagers, an operator. */
final class ParcelUiStation implements AutoCloseable {

    /** 2025-07-01 10:00 in Lhasa. */
    static final Instant START = Instant.parse("2025-07-01T02:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final StationRuntime rt;
    final Village village;
    final Village otherVillage;
    int saved;

    ParcelUiStation(Path dir) {
        Messages.setLocale(Locale.ENGLISH);
        rt = TestStation.initialized(dir, clock);
        village = rt.villagers().addVillage("达雄村");
        otherVillage = rt.villagers().addVillage("江让村");
        TestStation.actAs(rt, Role.OPERATOR);
    }

    ParcelScreens screens(TaskExecutor executor) {
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saved++);
        return new ParcelScreens(rt.parcels(), rt.villagers(), rt.settings(), clock, executor, changes,
                ParcelPrinting.NONE);
    }

    ParcelScreens screens() {
        return screens(new SameThreadTaskExecutor());
    }

    Villager villager(String name, String phone, Village in, boolean consentPickup) {
        return rt.villagers().create(new VillagerDraft(name, phone, in == null ? null : in.id(), null, null, null,
                consentPickup, true), true);
    }

    Parcel checkIn(String tracking, String phone, ParcelTags tags) {
        return rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking, null, phone, null, null, tags)).parcel();
    }

    Parcel checkIn(String tracking, String phone) {
        return checkIn(tracking, phone, ParcelTags.NONE);
    }

    /** An assisted order of this villager, paid, placed and shipped with this tracking number. */
    Order shippedOrder(Villager v, String tracking) {
        OrderDraft draft = OrderDraft.of(v.id(), List.of(OrderDraft.Line.of(Platform.PINDUODUO, "暖水瓶 thermos",
                "PDD-77", 1, Money.parse("35.00"))), Money.ZERO);
        Order o = rt.orders().createAndPay(draft, rt.orders().quote(draft).total());
        o = rt.orders().markPlaced(o.id(), o.version(), "PDD-" + tracking);
        return rt.orders().markShipped(o.id(), o.version(), tracking);
    }

    void as(Role role) {
        TestStation.actAs(rt, role);
    }

    @Override
    public void close() {
        rt.close();
    }
}
