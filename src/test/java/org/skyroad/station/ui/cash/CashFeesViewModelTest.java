package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.villager.VillagerDraft;

class CashFeesViewModelTest {

    @TempDir
    Path dir;
    CashUiStation s;
    CashFeesViewModel vm;

    @BeforeEach
    void open() {
        s = new CashUiStation(dir);
        vm = new CashFeesViewModel(s.screens());
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Money orderPaidInFull(String price) {
        var v = s.rt.villagers().create(new VillagerDraft("扎西", "13800138000", null, null, null, null, true, true), true);
        OrderDraft d = OrderDraft.of(v.id(), List.of(OrderDraft.Line.of(Platform.JD, "thermos", "JD-1", 1,
                Money.parse(price))), Money.ZERO);
        var quote = s.rt.orders().quote(d);
        s.rt.orders().createAndPay(d, quote.total());
        return quote.fee();
    }

    @Test
    void anOperatorIsToldThatFeesAreForManagers() {
        vm.load();
        assertTrue(vm.errorProperty().get().startsWith("Tenzin may not do this"), vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void serviceFeesAndParcelFeesAddUpPerDayAndForTheMonth() {
        Money fee1 = orderPaidInFull("100.00");
        s.rt.cash().record(CashMovementKind.PARCEL_FEE, Money.parse("5.00"), null, "parcel_dropoff", UUID.randomUUID());
        s.clock.advance(Duration.ofDays(1));
        Money fee2 = orderPaidInFull("300.00");
        s.rt.cash().record(CashMovementKind.PARCEL_FEE, Money.parse("3.00"), null, "parcel_dropoff", UUID.randomUUID());
        s.rt.cash().record(CashMovementKind.PARCEL_FEE, Money.parse("2.00"), null, "parcel_handover", UUID.randomUUID());
        s.signIn("dolkar");
        vm.monthProperty().set("2026-11");
        vm.load();
        assertEquals("", vm.errorProperty().get());
        assertEquals(3, vm.rows().size(), "two days and the month's total");
        var day1 = vm.rows().get(0);
        assertEquals(LocalDate.of(2026, 11, 20), day1.day());
        assertEquals(1, day1.orders());
        assertEquals(fee1, day1.serviceFees());
        assertEquals(Money.parse("5.00"), day1.parcelFees());
        var day2 = vm.rows().get(1);
        assertEquals(fee2, day2.serviceFees());
        assertEquals(Money.parse("5.00"), day2.parcelFees());
        var total = vm.rows().get(2);
        assertEquals(null, total.day());
        assertEquals(2, total.orders());
        assertEquals(fee1.plus(fee2), total.serviceFees());
        assertEquals(Money.parse("10.00"), total.parcelFees());
        assertEquals(fee1.plus(fee2).plus(Money.parse("10.00")), total.earned());
        assertTrue(fee1.fen() > 0);
        assertEquals(Money.ZERO, vm.commissionValue());
    }

    @Test
    void pageDownGoesToTheNextMonthWhichIsEmpty() {
        orderPaidInFull("100.00");
        s.signIn("dolkar");
        vm.monthProperty().set("2026-10");
        vm.load();
        assertEquals(1, vm.rows().size(), "only the month's total line");
        assertEquals(0, vm.total().orders());
        vm.step(1);
        assertEquals("2026-11", vm.monthProperty().get());
        assertEquals(1, vm.total().orders());
    }

    @Test
    void aMonthThatIsNotAMonthIsSaid() {
        s.signIn("dolkar");
        vm.monthProperty().set("November");
        vm.load();
        assertTrue(!vm.errorProperty().get().isEmpty());
    }
}
