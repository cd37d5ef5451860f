package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.staff.Role;

/** Refunds, returns, platform price changes and reversed payments: never more back than was paid. */
class OrderRefundTest {

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

    private Money sumOfMovements(Order o) {
        Money sum = Money.ZERO;
        for (CashMovement m : st.desk.movements(o.id())) {
            sum = sum.plus(m.amount());
        }
        return sum;
    }

    @Test
    void aPartialRefundAfterPlacingKeepsTheOrderGoing() {
        Order o = st.placed();
        o = st.desk.refund(o.id(), o.version(), yuan("32.00"), "ibuprofen out of stock");
        assertEquals(OrderStatus.PLACED, o.status());
        assertEquals(yuan("293.00"), o.paid());
        assertEquals(yuan("32.00"), o.refunded());
        assertEquals(o.paid(), sumOfMovements(o));
        assertEquals(yuan("293.00"), st.cash.expectedBalance());
    }

    @Test
    void aRefundNeverExceedsWhatWasPaid() {
        Order o = st.placed();
        Order less = st.desk.refund(o.id(), o.version(), yuan("300.00"), "coat sold out");
        String before = st.footprint();
        var e = assertThrows(ConflictException.class,
                () -> st.desk.refund(less.id(), less.version(), yuan("25.01"), "and the rest"));
        assertEquals("error.order.refundTooMuch", e.messageKey());
        assertEquals(before, st.footprint());
        Order none = st.desk.refund(less.id(), less.version(), yuan("25.00"), "and the rest");
        assertEquals(Money.ZERO, none.paid());
    }

    @Test
    void aRefundNeedsAReason() {
        Order o = st.placed();
        assertEquals("error.order.reasonRequired", assertThrows(InvalidInputException.class,
                () -> st.desk.refund(o.id(), o.version(), yuan("1"), " ")).messageKey());
    }

    @Test
    void aReturnClosesTheOrderAndTheStationKeepsWhatWasNotGivenBack() {
        Order o = st.shipped("JT0011223344");
        o = st.desk.returnOrder(o.id(), o.version(), yuan("310.00"), "wrong size, sent back");
        assertEquals(OrderStatus.REFUNDED, o.status());
        assertEquals(yuan("15.00"), o.paid(), "the service fee stays with the station");
        assertEquals(Money.ZERO, o.balanceDue());
        assertEquals(Money.ZERO, o.refundDue());
        assertEquals("wrong size, sent back", o.closedReason());
        assertEquals(o.paid(), sumOfMovements(o));
    }

    @Test
    void aCollectedOrderCanStillBeReturned() {
        Order s = st.shipped("JT0011223355");
        Order a = st.desk.markArrived(s.id(), s.version(), null);
        Order c = st.desk.collect(a.id(), a.version(), Money.ZERO);
        Order r = st.desk.returnOrder(c.id(), c.version(), yuan("268.00"), "coat torn");
        assertEquals(OrderStatus.REFUNDED, r.status());
        assertEquals(yuan("57.00"), r.paid());
    }

    @Test
    void aDearerPriceOnThePlatformIsCollectedFromTheVillager() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325.00"));
        o = st.desk.changePrice(o.id(), o.version(), yuan("12.00"), "Taobao price went up");
        assertEquals(yuan("337.00"), o.total());
        assertEquals(yuan("12.00"), o.balanceDue());
        o = st.desk.pay(o.id(), o.version(), yuan("12.00"));
        assertEquals(Money.ZERO, o.balanceDue());
        assertEquals(List.of(CashMovementKind.ORDER_PAYMENT, CashMovementKind.BALANCE),
                st.desk.movements(o.id()).stream().map(CashMovement::kind).toList());
    }

    @Test
    void aCheaperPriceOnThePlatformIsGivenBackAndTheOrderCannotBeCollectedUntilItIs() {
        Order o = st.placed();
        o = st.desk.changePrice(o.id(), o.version(), yuan("-20.00"), "JD coupon");
        assertEquals(yuan("20.00"), o.refundDue());
        o = st.desk.markShipped(o.id(), o.version(), "JD0099887766");
        Order arrived = st.desk.markArrived(o.id(), o.version(), null);
        assertEquals("error.order.refundDueFirst", assertThrows(ConflictException.class,
                () -> st.desk.collect(arrived.id(), arrived.version(), Money.ZERO)).messageKey());
        Order refunded = st.desk.refund(arrived.id(), arrived.version(), arrived.refundDue(), "JD coupon");
        Order collected = st.desk.collect(refunded.id(), refunded.version(), Money.ZERO);
        assertEquals(OrderStatus.COLLECTED, collected.status());
        assertEquals(yuan("305.00"), collected.paid());
    }

    @Test
    void aPriceCannotFallBelowZero() {
        Order o = st.placed();
        assertEquals("error.order.priceBelowZero", assertThrows(InvalidInputException.class,
                () -> st.desk.changePrice(o.id(), o.version(), yuan("-300.01"), "typo")).messageKey());
    }

    @Test
    void aManagerReversesAMistypedPaymentAndThePaidTotalFollows() {
        Order o = st.desk.create(st.twoLines());
        o = st.desk.pay(o.id(), o.version(), yuan("300.00"));
        CashMovement wrong = st.desk.movements(o.id()).get(0);
        Order paid = o;
        assertThrows(AccessDeniedException.class,
                () -> st.desk.reversePayment(paid.id(), paid.version(), wrong.id(), "typed 300 for 30"));
        st.as(Role.MANAGER);
        o = st.desk.reversePayment(o.id(), o.version(), wrong.id(), "typed 300 for 30");
        assertEquals(Money.ZERO, o.paid());
        assertEquals(Money.ZERO, o.refunded(), "a reversal is not a refund");
        assertEquals(Money.ZERO, st.cash.expectedBalance());
        List<CashMovement> moves = st.desk.movements(o.id());
        assertEquals(CashMovementKind.CORRECTION, moves.get(1).kind());
        assertEquals(wrong.id(), moves.get(1).reversesId());
        Order again = o;
        assertEquals("error.cash.alreadyReversed", assertThrows(ConflictException.class,
                () -> st.desk.reversePayment(again.id(), again.version(), wrong.id(), "twice")).messageKey());
        assertEquals("error.order.notAPaymentOfThisOrder", assertThrows(ConflictException.class,
                () -> st.desk.reversePayment(again.id(), again.version(), moves.get(1).id(), "the reversal")).messageKey());
    }

    @Test
    void anOrdersMovementsAreNotReversedAroundTheOrder() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325.00"));
        st.as(Role.MANAGER);
        UUIDHolder id = new UUIDHolder(st.desk.movements(o.id()).get(0).id());
        assertEquals("error.cash.reverseThroughOrder", assertThrows(ConflictException.class,
                () -> st.cash.reverse(id.id(), "not here")).messageKey());
    }

    private record UUIDHolder(java.util.UUID id) {
    }

    @Test
    void aRefundTheDrawerCannotPayIsRefused() {
        Order o = st.placed();
        st.cash.record(CashMovementKind.FLOAT_OUT, yuan("300.00"), "to the township bank", null, null);
        String before = st.footprint();
        assertEquals("error.cash.notEnoughCash", assertThrows(ConflictException.class,
                () -> st.desk.refund(o.id(), o.version(), yuan("30.00"), "out of stock")).messageKey());
        assertEquals(before, st.footprint());
    }
}
