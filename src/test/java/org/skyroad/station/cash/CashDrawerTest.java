package org.skyroad.station.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.order.OrderStation;

/** Every cash movement with who, when and why; the expected balance at any moment; corrections by reversal. */
class CashDrawerTest {

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
    void theKindGivesTheDirectionAndTheDrawerKnowsItsBalance() {
        st.cash.record(CashMovementKind.FLOAT_IN, yuan("200.00"), "change for the day", null, null);
        UUID handover = UUID.randomUUID();
        CashMovement cod = st.cash.record(CashMovementKind.COD_COLLECTED, yuan("58.00"), null, "parcel_handover", handover);
        st.cash.record(CashMovementKind.EXPENSE, yuan("12.50"), "packing tape", null, null);
        st.cash.record(CashMovementKind.PARCEL_FEE, yuan("2.00"), null, "parcel_dropoff", UUID.randomUUID());
        assertEquals(yuan("58.00"), cod.amount());
        assertEquals("operator", cod.staffName());
        assertEquals(LocalDate.of(2026, 11, 20), cod.businessDate());
        assertEquals(yuan("247.50"), st.cash.expectedBalance());
        assertEquals(st.cash.expectedBalance(), st.cash.expectedBalanceFromMovements());
        assertEquals(List.of(1L, 2L, 3L, 4L), st.cash.movementsSinceClose().stream().map(CashMovement::seq).toList());
        assertEquals(List.of(cod.id()), st.cash.movementsFor("parcel_handover", handover).stream()
                .map(CashMovement::id).toList());
        assertEquals(4, st.outboxRows("cash_movement"));
        assertEquals(1, st.auditRows("cash.expense"));
    }

    @Test
    void aMovementJoinsTheCallersTransactionAndGoesWithIt() {
        String before = st.footprint();
        assertThrows(IllegalStateException.class, () -> st.ctx.tx().inTransaction(() -> {
            st.cash.record(CashMovementKind.COD_COLLECTED, yuan("58.00"), null, "parcel_handover", UUID.randomUUID());
            throw new IllegalStateException("the handover failed after taking the cash");
        }));
        assertEquals(before, st.footprint());
        assertEquals(Money.ZERO, st.cash.expectedBalance());
    }

    @ParameterizedTest(name = "{0} of {1} with reason [{2}] is refused: {3}")
    @CsvSource(textBlock = """
            EXPENSE,        5.00,        '',     error.cash.reasonRequired
            FLOAT_IN,       5.00,        '  ',   error.cash.reasonRequired
            FLOAT_OUT,      5.00,        '',     error.cash.reasonRequired
            COD_COLLECTED,  0.00,        '',     error.cash.amountZero
            COD_COLLECTED,  -5.00,       '',     error.cash.amountNegative
            PARCEL_FEE,     1000000.01,  '',     error.cash.amountTooLarge
            """)
    void aMovementThatCannotBeBookedIsRefused(CashMovementKind kind, String amount, String reason, String key) {
        String before = st.footprint();
        var e = assertThrows(InvalidInputException.class, () -> st.cash.record(kind, yuan(amount), reason, null, null));
        assertEquals(key, e.messageKey());
        assertEquals(before, st.footprint());
    }

    @Test
    void theDrawerNeverPaysOutMoreThanItHolds() {
        st.cash.record(CashMovementKind.FLOAT_IN, yuan("50.00"), "change", null, null);
        var e = assertThrows(ConflictException.class,
                () -> st.cash.record(CashMovementKind.EXPENSE, yuan("50.01"), "diesel", null, null));
        assertEquals("error.cash.notEnoughCash", e.messageKey());
        st.cash.record(CashMovementKind.EXPENSE, yuan("50.00"), "diesel", null, null);
        assertEquals(Money.ZERO, st.cash.expectedBalance());
    }

    @Test
    void anOrdersCashGoesThroughTheOrderDesk() {
        assertEquals("error.cash.orderThroughOrderDesk", assertThrows(InvalidInputException.class,
                () -> st.cash.record(CashMovementKind.BALANCE, yuan("5"), null, "assisted_order", UUID.randomUUID()))
                .messageKey());
    }

    @Test
    void aMistakeIsPutRightByAReversingCorrectionNeverByAnEdit() {
        CashMovement wrong = st.cash.record(CashMovementKind.FLOAT_IN, yuan("500.00"), "typed 500 for 50", null, null);
        assertThrows(AccessDeniedException.class, () -> st.cash.reverse(wrong.id(), "typo"));
        st.as(Role.MANAGER);
        CashMovement fix = st.cash.reverse(wrong.id(), "typed 500 for 50");
        assertEquals(yuan("-500.00"), fix.amount());
        assertEquals(CashMovementKind.CORRECTION, fix.kind());
        assertEquals(wrong.id(), fix.reversesId());
        assertEquals(Money.ZERO, st.cash.expectedBalance());
        assertEquals("error.cash.alreadyReversed", assertThrows(ConflictException.class,
                () -> st.cash.reverse(wrong.id(), "again")).messageKey());
        assertEquals("error.cash.reverseReversal", assertThrows(ConflictException.class,
                () -> st.cash.reverse(fix.id(), "undo the undo")).messageKey());
        assertEquals(yuan("500.00"), st.cash.get(wrong.id()).amount(), "the original is never edited");
    }

    @Test
    void aManagerBooksMoneyFoundOrMissingAsASignedCorrection() {
        assertThrows(AccessDeniedException.class,
                () -> st.cash.record(CashMovementKind.CORRECTION, yuan("-3.00"), "coin lost", null, null));
        st.as(Role.MANAGER);
        st.cash.record(CashMovementKind.CORRECTION, yuan("10.00"), "found under the drawer", null, null);
        st.cash.record(CashMovementKind.CORRECTION, yuan("-3.00"), "coin lost", null, null);
        assertEquals(yuan("7.00"), st.cash.expectedBalance());
    }

    @Test
    void monthlyTotalsByDayAndKindAreForManagers() {
        st.cash.record(CashMovementKind.FLOAT_IN, yuan("100.00"), "change", null, null);
        st.cash.record(CashMovementKind.COD_COLLECTED, yuan("20.00"), null, null, null);
        st.cash.record(CashMovementKind.COD_COLLECTED, yuan("30.00"), null, null, null);
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertThrows(AccessDeniedException.class, () -> st.cash.totalsByDay(day, day));
        st.as(Role.MANAGER);
        var totals = st.cash.totalsByDay(day.withDayOfMonth(1), day.withDayOfMonth(30));
        assertEquals(2, totals.size());
        var cod = totals.stream().filter(t -> t.kind() == CashMovementKind.COD_COLLECTED).findFirst().orElseThrow();
        assertEquals(2, cod.count());
        assertEquals(yuan("50.00"), cod.total());
    }
}
