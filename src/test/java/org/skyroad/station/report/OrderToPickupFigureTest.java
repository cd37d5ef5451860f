package org.skyroad.station.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

/**
 * "Days from order to pickup" on orders linked to their parcels the way the counter links them:
 * the order is shipped with a tracking number, the parcel with that number is checked in (and
 * the order gets its parcel), then handed over. The figure is computed two ways: from the times
 * this test made happen, and by the report's SQL; the raw rows are read a third time.
 */
class OrderToPickupFigureTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** 2026-10-01 09:00 in Lhasa. */
    static final Instant ORDERS_START = Instant.parse("2026-10-01T01:00:00Z");

    @TempDir
    Path dir;

    record Timeline(UUID orderId, Instant ordered, Instant pickedUp) {
    }

    @Test
    void orderToPickupIsMeasuredOnOrdersLinkedAtCheckIn() {
        MutableClock clock = new MutableClock(ORDERS_START);
        StationRuntime rt = TestStation.initialized(dir, clock);
        try {
            Village village = rt.villagers().addVillage("达雄村");
            Villager tashi = rt.villagers().create(new VillagerDraft("扎西次仁", "13812345678", village.id(), null, null,
                    null, true, true), true);
            TestStation.actAs(rt, Role.MANAGER);
            int n = 11;
            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                clock.set(ORDERS_START.plus(Duration.ofHours(5L * i + i * i)));
                OrderDraft draft = OrderDraft.of(tashi.id(), List.of(OrderDraft.Line.of(Platform.PINDUODUO,
                        "暖水瓶 thermos " + i, "PDD-" + i, 1, Money.parse("30.00"))), Money.ZERO);
                Order o = rt.orders().createAndPay(draft, rt.orders().quote(draft).total());
                o = rt.orders().markPlaced(o.id(), o.version(), "PDD-ORDER-" + i);
                orders.add(rt.orders().markShipped(o.id(), o.version(), tracking(i)));
            }
            // One more order whose parcel is picked up in November: not October's figure.
            clock.set(Instant.parse("2026-10-20T02:00:00Z"));
            OrderDraft late = OrderDraft.of(tashi.id(), List.of(OrderDraft.Line.of(Platform.JD, "靴子 boots", "JD-9", 1,
                    Money.parse("120.00"))), Money.ZERO);
            Order lateOrder = rt.orders().createAndPay(late, rt.orders().quote(late).total());
            lateOrder = rt.orders().markPlaced(lateOrder.id(), lateOrder.version(), "JD-ORDER-9");
            rt.orders().markShipped(lateOrder.id(), lateOrder.version(), tracking(99));

            List<Timeline> timeline = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                clock.set(Instant.parse("2026-10-12T02:00:00Z").plus(Duration.ofHours(3L * i)));
                ParcelDesk.CheckInResult in = rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking(i), null,
                        "13812345678", null, null, ParcelTags.NONE));
                clock.advance(Duration.ofHours(2L + 7L * i));
                rt.parcels().handOver(new ParcelDesk.HandoverRequest(List.of(in.parcel().id()), tashi.id(), null, null,
                        null, null));
                timeline.add(new Timeline(orders.get(i).id(), orders.get(i).createdAt(), clock.instant()));
            }
            // A parcel no order waits for: picked up in October, but not part of the figure.
            clock.set(Instant.parse("2026-10-25T02:00:00Z"));
            var stray = rt.parcels().checkIn(new ParcelDesk.CheckIn("SF5550001112223", null, "13812345678", null, null,
                    ParcelTags.NONE));
            clock.advance(Duration.ofHours(1));
            rt.parcels().handOver(new ParcelDesk.HandoverRequest(List.of(stray.parcel().id()), tashi.id(), null, null,
                    null, null));
            clock.set(Instant.parse("2026-10-28T02:00:00Z"));
            var lateIn = rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking(99), null, "13812345678", null, null,
                    ParcelTags.NONE));
            clock.set(Instant.parse("2026-11-02T02:00:00Z"));
            rt.parcels().handOver(new ParcelDesk.HandoverRequest(List.of(lateIn.parcel().id()), tashi.id(), null, null,
                    null, null));
            clock.set(Instant.parse("2026-11-20T02:00:00Z"));

            // The check-in linked every order to its parcel.
            for (Order o : orders) {
                assertNotNull(rt.orders().get(o.id()).parcelId(), "order " + o.number() + " knows its parcel");
            }

            MonthlyFigures.Parcels figure = rt.reports().monthlyFigures(OCTOBER).parcels();

            // Way one: the times this test made happen.
            List<Long> made = timeline.stream().map(t -> Duration.between(t.ordered(), t.pickedUp()).getSeconds()).toList();
            assertEquals(MonthlyFiguresTest.nearestRank(made, 0.5), figure.medianOrderToPickup());
            assertEquals(MonthlyFiguresTest.nearestRank(made, 0.9), figure.p90OrderToPickup());

            // Way two: the raw rows, read without the report's query.
            List<Long> read = new ArrayList<>();
            List<Map<String, Object>> rows = rt.database().transactions().read(() -> rt.database().jdbc().query(
                    "SELECT o.created_at oc, p.closed_at pc, p.status ps FROM assisted_order o, parcel p"
                            + " WHERE p.id = o.parcel_id", rs -> Map.<String, Object>of(
                            "oc", rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            "pc", rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                            "ps", rs.getString(3))));
            assertEquals(n + 1, rows.size(), "every shipped order got its parcel, the late one too");
            Instant start = OCTOBER.atDay(1).atStartOfDay(ReportData.ZONE).toInstant();
            Instant end = OCTOBER.plusMonths(1).atDay(1).atStartOfDay(ReportData.ZONE).toInstant();
            for (Map<String, Object> r : rows) {
                Instant closed = (Instant) r.get("pc");
                if ("PICKED_UP".equals(r.get("ps")) && !closed.isBefore(start) && closed.isBefore(end)) {
                    read.add(Duration.between((Instant) r.get("oc"), closed).getSeconds());
                }
            }
            assertEquals(made.stream().sorted().toList(), read.stream().sorted().toList());
            assertTrue(figure.medianOrderToPickup().toDays() >= 10, "ordered at the start of the month, came mid-month");
        } finally {
            rt.close();
        }
    }

    private static String tracking(int i) {
        return String.format("YT%013d", 4_000_000_000L + i);
    }
}
