package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.i18n.Messages;

/** An order from draft to collected, and every step that makes no sense refused with a sentence. */
class OrderLifecycleTest {

    @TempDir
    Path dir;
    OrderStation st;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
    }

    @AfterEach
    void close() {
        st.close();
    }

    @Test
    void aDraftGetsTheStationsNumberForThisMonth() {
        Order a = st.desk.create(st.twoLines());
        Order b = st.desk.create(st.twoLines());
        assertEquals("TS-003-2611-0001", a.number());
        assertEquals("TS-003-2611-0002", b.number());
        assertEquals(OrderStatus.DRAFT, a.status());
        assertEquals(Money.ZERO, a.paid());
        assertEquals(yuan("325.00"), a.balanceDue());
        st.later(Duration.ofDays(12));
        assertEquals("TS-003-2612-0001", st.desk.create(st.twoLines()).number(), "a new month starts again at 1");
    }

    @Test
    void paidInFullAtOnceTheOrderWaitsToBePlacedWithItsReceipt() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325.00"));
        assertEquals(OrderStatus.PAID, o.status());
        assertEquals(yuan("325.00"), o.paid());
        assertEquals(Money.ZERO, o.balanceDue());
        assertEquals(LocalDate.of(2026, 11, 27), o.expectedArrival(), "a week after payment by default");
        OrderDeskReceipt r = OrderDeskReceipt.of(st.desk.receipt(o.id()));
        assertEquals("TS-003", r.station());
        assertEquals("扎西次仁", r.villager());
        assertEquals(2, r.lines());
        assertEquals(List.of(CashMovementKind.ORDER_PAYMENT), r.kinds());
        assertEquals(1, st.desk.toPlace().size());
        assertEquals(o.id(), st.desk.toPlace().get(0).order().id());
    }

    /** What a receipt holds, in a shape easy to compare. */
    record OrderDeskReceipt(String station, String villager, int lines, List<CashMovementKind> kinds) {
        static OrderDeskReceipt of(org.skyroad.station.service.OrderDesk.Receipt r) {
            return new OrderDeskReceipt(r.stationCode(), r.villagerName(), r.order().lines().size(),
                    r.movements().stream().map(CashMovement::kind).toList());
        }
    }

    @Test
    void theWholeLifeFromDepositToCollectionWithTheBalanceTakenAtTheCounter() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("100"));
        assertEquals(OrderStatus.PAID, o.status());
        assertEquals(yuan("225.00"), o.balanceDue());
        o = st.desk.markPlaced(o.id(), o.version(), " 2811 0034 5567 ");
        assertEquals(OrderStatus.PLACED, o.status());
        assertEquals("281100345567", o.platformOrderNo());
        assertEquals("operator", o.placedBy());
        assertNotNull(o.placedAt());
        o = st.desk.markShipped(o.id(), o.version(), "sf 1234 5678 9012");
        assertEquals(OrderStatus.SHIPPED, o.status());
        assertEquals("SF123456789012", o.trackingNumber());
        o = st.desk.markArrived(o.id(), o.version(), null);
        assertEquals(OrderStatus.ARRIVED, o.status());
        long version = o.version();
        Order arrived = o;
        assertEquals("error.order.collectAmount", assertThrows(InvalidInputException.class,
                () -> st.desk.collect(arrived.id(), version, yuan("200"))).messageKey());
        o = st.desk.collect(o.id(), o.version(), yuan("225.00"));
        assertEquals(OrderStatus.COLLECTED, o.status());
        assertEquals(yuan("325.00"), o.paid());
        assertEquals(List.of(CashMovementKind.DEPOSIT, CashMovementKind.BALANCE),
                st.desk.movements(o.id()).stream().map(CashMovement::kind).toList());
        assertEquals(List.of(OrderEventType.CREATED, OrderEventType.PAID, OrderEventType.PLACED, OrderEventType.SHIPPED,
                        OrderEventType.ARRIVED, OrderEventType.PAID, OrderEventType.COLLECTED),
                st.desk.history(o.id()).stream().map(e -> e.type()).toList());
        assertEquals(7, st.count("SELECT COUNT(*) FROM outbox WHERE entity = 'assisted_order' AND entity_id = ?", o.id()));
        assertEquals(2, st.outboxRows("cash_movement"));
        assertEquals(yuan("325.00"), st.cash.expectedBalance());
    }

    @Test
    void aDraftIsPaidLaterAsADepositThenTheBalance() {
        Order o = st.desk.create(st.twoLines());
        o = st.desk.pay(o.id(), o.version(), yuan("25"));
        assertEquals(OrderStatus.PAID, o.status());
        o = st.desk.pay(o.id(), o.version(), yuan("300"));
        assertEquals(Money.ZERO, o.balanceDue());
        Order paid = o;
        assertEquals("error.order.nothingDue", assertThrows(ConflictException.class,
                () -> st.desk.pay(paid.id(), paid.version(), yuan("1"))).messageKey());
        assertEquals(List.of(CashMovementKind.DEPOSIT, CashMovementKind.BALANCE),
                st.desk.movements(o.id()).stream().map(CashMovement::kind).toList());
    }

    @Test
    void moreThanIsDueIsRefusedAndNothingIsSaved() {
        String before = st.footprint();
        var e = assertThrows(InvalidInputException.class, () -> st.desk.createAndPay(st.twoLines(), yuan("400")));
        assertEquals("error.order.overpay", e.messageKey());
        assertEquals(before, st.footprint());
    }

    @Test
    void cancellingBeforePlacingGivesEverythingBack() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("100"));
        o = st.desk.cancel(o.id(), o.version(), "changed her mind");
        assertEquals(OrderStatus.CANCELLED, o.status());
        assertEquals(Money.ZERO, o.paid());
        assertEquals(yuan("100"), o.refunded());
        assertEquals(Money.ZERO, o.balanceDue());
        assertEquals(Money.ZERO, st.cash.expectedBalance());
        assertEquals("changed her mind", st.desk.movements(o.id()).get(1).reason());
        assertTrue(st.desk.toPlace().isEmpty());
    }

    @Test
    void aDraftCancelledMovesNoCash() {
        Order o = st.desk.create(st.twoLines());
        st.desk.cancel(o.id(), o.version(), "typed for the wrong person");
        assertEquals(0, st.count("SELECT COUNT(*) FROM cash_movement"));
    }

    @Test
    void aDraftIsEditedUntilItIsPaid() {
        Order o = st.desk.create(st.twoLines());
        o = st.desk.updateDraft(o.id(), o.version(), st.oneLine(st.tashi, "45.00"));
        assertEquals(1, o.lines().size());
        assertEquals(yuan("47.25"), o.total(), "45 + 5 % fee at least 2 yuan");
        assertEquals(1, st.desk.get(o.id()).lines().size());
        o = st.desk.pay(o.id(), o.version(), yuan("47.25"));
        Order paid = o;
        assertEquals("error.order.transition", assertThrows(ConflictException.class,
                () -> st.desk.updateDraft(paid.id(), paid.version(), st.twoLines())).messageKey());
    }

    @Test
    void aStaleVersionIsRefused() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325"));
        st.desk.markPlaced(o.id(), o.version(), "A1");
        assertEquals("error.changedMeanwhile", assertThrows(ConflictException.class,
                () -> st.desk.markPlaced(o.id(), o.version(), "A2")).messageKey());
    }

    @Test
    void aTrackingNumberOnAnotherShippedOrderIsRefused() {
        Order a = st.shipped("YT7788990011");
        Order b = st.placed();
        var e = assertThrows(ConflictException.class, () -> st.desk.markShipped(b.id(), b.version(), "yt 7788 990011"));
        assertEquals("error.order.trackingTaken", e.messageKey());
        assertEquals(a.number(), e.args()[1]);
    }

    @Test
    void theRefusalSaysWhichOrderWhatItIsAndWhatCannotBeDone() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325"));
        Order placed = st.desk.markPlaced(o.id(), o.version(), "A1");
        var e = assertThrows(ConflictException.class, () -> st.desk.cancel(placed.id(), placed.version(), "too late"));
        assertEquals("error.order.transition", e.messageKey());
        assertEquals(List.of(o.number(), new Messages.Key("order.status.placed"), new Messages.Key("order.action.cancel")),
                List.of(e.args()));
    }
}
