package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;

class OrderListViewModelTest {

    @TempDir
    Path dir;
    OrderUiStation st;
    OrderListViewModel vm;

    @BeforeEach
    void setUp() {
        st = new OrderUiStation(dir);
        vm = new OrderListViewModel(st.screens());
    }

    @AfterEach
    void tearDown() {
        st.close();
    }

    private Order choose(Order o) {
        vm.load();
        OrderRow row = vm.rows().stream().filter(r -> r.order().id().equals(o.id())).findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        return o;
    }

    private Order stored(Order o) {
        return st.rt.orders().get(o.id());
    }

    @Test
    void openOrdersAreListedAndFilteredByStatusAndText() {
        Order a = st.paidOrder(st.tashi, "100", null);
        Order b = st.paidOrder(st.dolma, "50", "20");
        st.rt.orders().markPlaced(b.id(), b.version(), "TB-998877");
        vm.load();
        assertEquals(2, vm.rows().size());
        vm.statusProperty().set(OrderStatus.PLACED);
        assertEquals(1, vm.rows().size());
        assertEquals(b.number(), vm.rows().get(0).number());
        vm.statusProperty().set(null);
        vm.queryProperty().set("8000");
        vm.load();
        assertEquals(1, vm.rows().size());
        assertEquals(a.number(), vm.rows().get(0).number());
        vm.queryProperty().set("TB-998877");
        vm.load();
        assertEquals(b.number(), vm.rows().get(0).number());
        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(vm.detailProperty().get().contains("TB-998877"), vm.detailProperty().get());
        assertTrue(vm.historyProperty().get().contains("Placed"), vm.historyProperty().get());
    }

    @Test
    void anOrderIsPlacedShippedAndARefusedStepShowsTheDesksSentence() {
        Order o = choose(st.paidOrder(st.tashi, "100", null));
        vm.platformNoProperty().set("JD-5566");
        vm.place();
        assertEquals("", vm.errorProperty().get());
        assertEquals(OrderStatus.PLACED, stored(o).status());
        assertEquals("JD-5566", stored(o).platformOrderNo());
        assertEquals(OrderStatus.PLACED, vm.selectedProperty().get().order().status());

        // Cancelling is for orders not yet placed: the desk refuses with its sentence.
        vm.reasonProperty().set("Changed her mind");
        vm.cancel();
        assertFalse(vm.errorProperty().get().isEmpty());
        assertTrue(vm.errorProperty().get().contains(o.number()), vm.errorProperty().get());
        assertEquals(OrderStatus.PLACED, stored(o).status());

        vm.trackingProperty().set("SF1234567890123");
        vm.ship();
        assertEquals("", vm.errorProperty().get());
        assertEquals(OrderStatus.SHIPPED, stored(o).status());
        assertEquals("SF1234567890123", stored(o).trackingNumber());
        assertTrue(st.saved >= 2);
    }

    @Test
    void cancellingBeforePlacingGivesEverythingBack() {
        Order o = choose(st.paidOrder(st.tashi, "100", "40"));
        vm.cancel();
        // A reason is needed.
        assertFalse(vm.errorProperty().get().isEmpty());
        vm.reasonProperty().set("Found it cheaper in town");
        vm.cancel();
        assertEquals("", vm.errorProperty().get());
        Order after = stored(o);
        assertEquals(OrderStatus.CANCELLED, after.status());
        assertEquals(Money.ZERO, after.paid());
        assertEquals(Money.parse("40.00"), after.refunded());
    }

    @Test
    void aDearerPriceIsCollectedAndACheaperOneGivenBack() {
        Order o = choose(st.paidOrder(st.tashi, "100", null));
        vm.amountProperty().set("12");
        vm.reasonProperty().set("Platform price went up");
        vm.changePrice();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Money.parse("12.00"), stored(o).balanceDue());
        vm.collectBalance();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Money.ZERO, stored(o).balanceDue());

        vm.amountProperty().set("-20");
        vm.reasonProperty().set("Coupon on the platform");
        vm.changePrice();
        assertEquals(Money.parse("20.00"), stored(o).refundDue());
        vm.refundDifference();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Money.ZERO, stored(o).refundDue());
        assertEquals(Money.parse("97.00"), stored(o).paid());
    }

    @Test
    void aRefundAboveWhatWasPaidIsRefusedAndAReturnClosesTheOrder() {
        Order o = st.paidOrder(st.tashi, "100", "50");
        st.rt.orders().markPlaced(o.id(), o.version(), "TB-1");
        choose(o);
        vm.amountProperty().set("80");
        vm.reasonProperty().set("Wrong size");
        vm.refund();
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(Money.parse("50.00"), stored(o).paid());
        vm.amountProperty().set("45");
        vm.reasonProperty().set("Returned: wrong size; fee kept");
        vm.returnOrder();
        assertEquals("", vm.errorProperty().get());
        assertEquals(OrderStatus.REFUNDED, stored(o).status());
        assertEquals(Money.parse("5.00"), stored(o).paid());
    }
}
