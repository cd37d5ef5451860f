package org.skyroad.station.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.cash.DailyCloseSummary;
import org.skyroad.station.domain.cash.Denomination;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.order.OrderStation;

/** The daily close: count, record the difference with its reason, sign; a manager co-signs a large difference. */
class DailyCloseTest {

    @TempDir
    Path dir;
    OrderStation st;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
        st.cash.record(CashMovementKind.FLOAT_IN, yuan("200.00"), "change for the day", null, null);
        Order o = st.desk.createAndPay(st.twoLines(), yuan("325.00"));
        st.desk.refund(o.id(), o.version(), yuan("32.00"), "ibuprofen out of stock");
        st.cash.record(CashMovementKind.EXPENSE, yuan("12.00"), "printer paper", null, null);
    }

    @AfterEach
    void close() {
        st.close();
    }

    @Test
    void aCloseWithoutDifferenceIsSignedByTheOperatorAndOpensTheNextPeriod() {
        assertEquals(yuan("481.00"), st.cash.expectedBalance());
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("481.00")), null);
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals(Money.ZERO, c.difference());
        assertEquals("operator", c.operatorName());
        assertNull(c.managerName());
        assertEquals(1, c.fromSeq());
        assertEquals(4, c.toSeq());
        assertEquals(0, st.cash.state().movementCount());
        assertEquals(yuan("481.00"), st.cash.expectedBalance(), "the counted cash is the next opening");
        st.later(Duration.ofHours(20));
        st.cash.record(CashMovementKind.COD_COLLECTED, yuan("19.00"), null, null, null);
        assertEquals(yuan("500.00"), st.cash.expectedBalance());
        assertEquals(st.cash.expectedBalance(), st.cash.expectedBalanceFromMovements());
        DailyClose next = st.cash.close(CashCount.ofTotal(yuan("500.00")), null);
        assertEquals(5, next.fromSeq());
        assertEquals(yuan("481.00"), next.opening());
    }

    @Test
    void theCloseReportHasTheMovementsAndTheirTotalsByKind() {
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("481.00")), null);
        DailyCloseSummary s = st.cash.summary(c.id());
        assertEquals("TS-003", s.stationCode());
        assertEquals(4, s.movements().size());
        assertEquals(yuan("525.00"), s.totalIn());
        assertEquals(yuan("44.00"), s.totalOut());
        assertEquals(yuan("-32.00"), s.totalsByKind().get(CashMovementKind.REFUND));
        assertEquals(yuan("325.00"), s.totalsByKind().get(CashMovementKind.ORDER_PAYMENT));
    }

    @Test
    void aSmallDifferenceNeedsAReasonAndTheOperatorsSignatureOnly() {
        var e = assertThrows(InvalidInputException.class, () -> st.cash.close(CashCount.ofTotal(yuan("480.00")), " "));
        assertEquals("error.cash.closeReasonRequired", e.messageKey());
        assertEquals(0, st.count("SELECT COUNT(*) FROM cash_close"));
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("480.00")), "one yuan coin missing");
        assertEquals(yuan("-1.00"), c.difference());
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("one yuan coin missing", c.reason());
        assertEquals(yuan("480.00"), st.cash.expectedBalance());
    }

    @Test
    void cashIsCountedByNoteAndCoin() {
        CashCount count = CashCount.ofPieces(Map.of(Denomination.Y100, 4, Denomination.Y50, 1, Denomination.Y20, 1,
                Denomination.Y10, 1, Denomination.Y1, 1));
        assertEquals(yuan("481.00"), count.total());
        DailyClose c = st.cash.close(count, null);
        DailyClose again = st.cash.getClose(c.id());
        assertEquals(4, again.counted().pieces().get(Denomination.Y100));
        assertEquals(Denomination.J5, Denomination.parse("0.5"));
    }

    @Test
    void overTheThresholdTheCloseWaitsForAManagersCoSignature() {
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("400.00")), "a 100 note missing");
        assertEquals(DailyClose.Status.AWAITING_MANAGER, c.status());
        assertEquals(yuan("50.00"), c.threshold());
        assertEquals(1, st.cash.awaitingManager().size());
        assertEquals(yuan("400.00"), st.cash.expectedBalance(), "the count stands while it waits");
        var denied = assertThrows(AccessDeniedException.class, () -> st.cash.cosign(c.id(), c.version()));
        assertEquals("error.access.denied", denied.messageKey());
        st.as(Role.MANAGER);
        DailyClose signed = st.cash.cosign(c.id(), c.version());
        assertEquals(DailyClose.Status.SIGNED, signed.status());
        assertEquals("manager", signed.managerName());
        assertTrue(st.cash.awaitingManager().isEmpty());
        assertEquals("error.cash.closeAlreadySigned", assertThrows(ConflictException.class,
                () -> st.cash.cosign(c.id(), signed.version())).messageKey());
        assertEquals(1, st.auditRows("cash.close.cosign"));
    }

    @Test
    void exactlyTheThresholdNeedsNoManager() {
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("431.00")), "float counted wrong this morning");
        assertEquals(DailyClose.Status.SIGNED, c.status());
    }

    @Test
    void aManagerClosingOverTheThresholdSignsBothPartsButNeverCoSignsTheirOwnLater() {
        st.as(Role.MANAGER);
        DailyClose c = st.cash.close(CashCount.ofTotal(yuan("600.00")), "a payment not booked");
        assertEquals(DailyClose.Status.SIGNED, c.status());
        assertEquals("manager", c.managerName());
        st.as(Role.OPERATOR);
        DailyClose pending = st.cash.close(CashCount.ofTotal(yuan("500.00")), "100 gone");
        st.rt.session().signIn(new org.skyroad.station.domain.staff.Actor(pending.operatorId(), "op", "op", Role.MANAGER));
        assertEquals("error.cash.cosignOwnClose", assertThrows(AccessDeniedException.class,
                () -> st.cash.cosign(pending.id(), pending.version())).messageKey());
    }

    @Test
    void onlyAnAdminChangesTheThreshold() {
        assertThrows(AccessDeniedException.class, () -> st.cash.updateThreshold(yuan("500")));
        st.as(Role.MANAGER);
        assertThrows(AccessDeniedException.class, () -> st.cash.updateThreshold(yuan("500")));
        st.as(Role.ADMIN);
        st.cash.updateThreshold(yuan("100.00"));
        st.as(Role.OPERATOR);
        assertEquals(DailyClose.Status.SIGNED,
                st.cash.close(CashCount.ofTotal(yuan("400.00")), "a 100 note missing").status());
    }
}
