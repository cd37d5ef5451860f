package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;

/** The queue of orders to place, the catalog editor and the counter's orders panel. */
class OrderQueueViewModelTest {

    @TempDir
    Path dir;
    OrderUiStation st;

    @BeforeEach
    void setUp() {
        st = new OrderUiStation(dir);
    }

    @AfterEach
    void tearDown() {
        st.close();
    }

    @Test
    void typingPlatformNumbersPlacesOrdersOneAfterAnother() {
        Order first = st.paidOrder(st.tashi, "10", null);
        st.clock.advance(java.time.Duration.ofMinutes(1));
        Order second = st.paidOrder(st.dolma, "20", null);
        st.clock.advance(java.time.Duration.ofMinutes(1));
        Order third = st.paidOrder(st.tashi, "30", "5");
        OrderQueueViewModel vm = new OrderQueueViewModel(st.screens());
        vm.load();
        assertEquals(3, vm.rows().size());
        assertEquals(first.number(), vm.selectedProperty().get().number());
        assertEquals("PDD-77", vm.linksToCopy());

        vm.enter();
        // No number typed: the desk's sentence, nothing placed.
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(OrderStatus.PAID, st.rt.orders().get(first.id()).status());

        vm.platformNoProperty().set("PDD 2611 0001");
        vm.enter();
        assertEquals("", vm.errorProperty().get());
        assertEquals("PDD26110001", st.rt.orders().get(first.id()).platformOrderNo());
        assertEquals(OrderStatus.PLACED, st.rt.orders().get(first.id()).status());
        assertEquals(2, vm.rows().size());
        assertEquals(second.number(), vm.selectedProperty().get().number());
        assertEquals("", vm.platformNoProperty().get());

        vm.platformNoProperty().set("PDD-2");
        vm.enter();
        vm.platformNoProperty().set("PDD-3");
        vm.enter();
        assertTrue(vm.rows().isEmpty());
        assertNull(vm.selectedProperty().get());
        assertEquals(OrderStatus.PLACED, st.rt.orders().get(third.id()).status());
        assertEquals(3, st.saved);
    }

    @Test
    void catalogItemsAreAddedChangedAndSwitchedOff() {
        CatalogEditorViewModel vm = new CatalogEditorViewModel(st.screens());
        vm.load();
        assertEquals(2, vm.items().size());
        vm.startNew();
        vm.nameProperty().set("Yak wool gloves");
        vm.platformProperty().set(Platform.PINDUODUO);
        vm.linkProperty().set("PDD-4455");
        vm.usualPriceProperty().set("12.5");
        vm.categoryProperty().set(ItemCategory.CLOTHING);
        vm.save();
        assertEquals("", vm.errorProperty().get());
        assertEquals(3, vm.items().size());
        CatalogItem gloves = st.rt.catalog().search("yak", 5).get(0);
        assertEquals(Money.parse("12.50"), gloves.usualPrice());

        vm.edit(gloves);
        vm.usualPriceProperty().set("abc");
        vm.save();
        assertFalse(vm.errorProperty().get().isEmpty());
        vm.usualPriceProperty().set("14");
        vm.save();
        assertEquals(Money.parse("14.00"), st.rt.catalog().get(gloves.id()).usualPrice());

        vm.edit(st.rt.catalog().get(gloves.id()));
        vm.switchOff();
        assertEquals("", vm.errorProperty().get());
        assertFalse(st.rt.catalog().get(gloves.id()).active());
        assertTrue(st.rt.catalog().search("yak", 5).isEmpty());
    }

    @Test
    void theCounterShowsOrdersInFlightAndTheBalanceOwed() {
        st.paidOrder(st.tashi, "100", "30");
        st.paidOrder(st.tashi, "20", null);
        st.paidOrder(st.dolma, "20", null);
        CounterOrdersViewModel vm = new CounterOrdersViewModel(st.screens());
        vm.showFor(st.tashi.id());
        assertEquals(2, vm.rows().size());
        // 100 + 5 fee - 30 paid
        assertTrue(vm.dueTextProperty().get().contains("¥75.00"), vm.dueTextProperty().get());
        vm.showFor(st.dolma.id());
        assertEquals(1, vm.rows().size());
        assertFalse(vm.dueTextProperty().get().contains("¥"), vm.dueTextProperty().get());

        vm.newOrder();
        assertEquals(st.dolma.id(), st.requests.take().villagerId());
        assertNull(st.requests.take());
    }
}
