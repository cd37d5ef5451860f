package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.ui.ManualTaskExecutor;

class NewOrderViewModelTest {

    @TempDir
    Path dir;
    OrderUiStation st;
    NewOrderViewModel vm;

    @BeforeEach
    void setUp() {
        st = new OrderUiStation(dir);
        vm = new NewOrderViewModel(st.screens());
        vm.startNew(null);
    }

    @AfterEach
    void tearDown() {
        st.close();
    }

    private void findTashi() {
        vm.villagerQueryProperty().set("8000");
        vm.findVillager();
        assertEquals(st.tashi.id(), vm.villagerProperty().get().id());
    }

    @Test
    void aCatalogItemPaidInFullIsSavedAndItsReceiptPrinted() {
        findTashi();
        vm.itemProperty().set("rain");
        assertEquals(List.of(st.boots.id()), vm.suggestions().stream().map(c -> c.id()).toList());
        vm.pick(vm.suggestions().get(0));
        assertEquals(Platform.TAOBAO, vm.platformProperty().get());
        assertEquals("45.00", vm.unitPriceProperty().get());
        assertTrue(vm.addLine());
        // 5 % of 45.00 is 2.25 (the default rule: 5 %, at least 2 yuan).
        assertEquals("¥47.25", vm.totalTextProperty().get());
        assertEquals("47.25", vm.paymentProperty().get());

        vm.save();

        assertEquals("", vm.errorProperty().get());
        Order o = vm.savedOrders().get(0);
        Order stored = st.rt.orders().get(o.id());
        assertEquals(OrderStatus.PAID, stored.status());
        assertEquals(Money.parse("47.25"), stored.total());
        assertEquals(Money.parse("47.25"), stored.paid());
        assertEquals(st.boots.id(), stored.lines().get(0).catalogItemId());
        assertEquals(1, st.printouts.printed.size());
        OrderReceipt receipt = (OrderReceipt) st.printouts.printed.get(0);
        assertEquals(o.number(), receipt.orderNumber());
        assertEquals("扎西", receipt.customerName());
        assertEquals("达雄村", receipt.village());
        assertEquals(Money.parse("47.25"), receipt.total());
        assertEquals(Money.ZERO, receipt.balanceDue());
        assertTrue(receipt.note().contains("2026-11-27"), receipt.note());
        assertTrue(vm.messageProperty().get().contains(o.number()), vm.messageProperty().get());
        // The form is empty for the next person.
        assertNull(vm.villagerProperty().get());
        assertTrue(vm.lines().isEmpty());
        assertEquals(1, st.saved);
    }

    @Test
    void aDepositLeavesTheBalanceOwed() {
        findTashi();
        vm.itemProperty().set("Thermos");
        vm.linkProperty().set("PDD-77");
        vm.quantityProperty().set("2");
        vm.unitPriceProperty().set("30");
        assertTrue(vm.addLine());
        vm.platformProperty().set(Platform.JD);
        vm.itemProperty().set("Tea bricks");
        vm.unitPriceProperty().set("50");
        vm.shippingProperty().set("8");
        // A line still in the editor is added when saving.
        vm.paymentProperty().set("20");
        assertTrue(vm.balanceTextProperty().get().contains("¥"), vm.balanceTextProperty().get());

        vm.save();

        assertEquals("", vm.errorProperty().get());
        Order o = st.rt.orders().get(vm.savedOrders().get(0).id());
        assertEquals(2, o.lines().size());
        // goods 110 + shipping 8 + fee 5.50
        assertEquals(Money.parse("123.50"), o.total());
        assertEquals(Money.parse("20.00"), o.paid());
        assertEquals(Money.parse("103.50"), o.balanceDue());
        assertEquals(OrderStatus.PAID, o.status());
    }

    @Test
    void enterOnTheItemTakesTheCatalogItemForExactlyWhatIsTypedOrKeepsTheText() {
        List<NewOrderViewModel.ItemEnter> results = new java.util.ArrayList<>();
        vm.itemProperty().set("rice");
        vm.itemEnter(results::add);
        assertEquals(List.of(NewOrderViewModel.ItemEnter.PICKED), results);
        assertEquals(Platform.JD, vm.platformProperty().get());
        assertEquals("199.00", vm.unitPriceProperty().get());
        assertTrue(vm.addLine());

        // The suggestions shown belong to "R" while the search for "Tea" has not answered yet:
        // Enter asks the catalog for "Tea" and keeps the text, it does not take "Rain boots".
        ManualTaskExecutor manual = new ManualTaskExecutor();
        NewOrderViewModel slow = new NewOrderViewModel(st.screens(manual));
        slow.startNew(null);
        manual.runAll();
        slow.itemProperty().set("R");
        manual.runAll();
        assertEquals(2, slow.suggestions().size());
        slow.itemProperty().set("Tea");
        assertEquals(2, slow.suggestions().size());
        slow.itemEnter(results::add);
        manual.runLast();
        manual.runAll();
        assertEquals(NewOrderViewModel.ItemEnter.FREE_FORM, results.get(1));
        assertEquals("Tea", slow.itemProperty().get());
        assertTrue(slow.suggestions().isEmpty());

        vm.itemProperty().set("");
        vm.itemEnter(results::add);
        assertEquals(NewOrderViewModel.ItemEnter.NOTHING, results.get(2));
    }

    @Test
    void nothingIsSavedWithoutAVillagerOrWithoutLines() {
        vm.itemProperty().set("Thermos");
        vm.unitPriceProperty().set("30");
        vm.save();
        assertFalse(vm.errorProperty().get().isEmpty());
        findTashi();
        vm.lines().clear();
        vm.save();
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(0, st.rt.orders().count());
        assertTrue(st.printouts.printed.isEmpty());
    }

    @Test
    void aWrongLineShowsTheSentenceAndIsNotAdded() {
        vm.itemProperty().set("Thermos");
        vm.unitPriceProperty().set("abc");
        assertFalse(vm.addLine());
        assertTrue(vm.errorProperty().get().contains("abc"), vm.errorProperty().get());
        vm.unitPriceProperty().set("10");
        vm.quantityProperty().set("0");
        assertFalse(vm.addLine());
        assertTrue(vm.lines().isEmpty());
    }

    @Test
    void anOperatorSeesTheFeeButCannotChangeIt() {
        assertFalse(vm.feeEditableProperty().get());
        findTashi();
        vm.itemProperty().set("Thermos");
        vm.unitPriceProperty().set("100");
        vm.addLine();
        assertEquals("5.00", vm.feeProperty().get());
        vm.feeProperty().set("0");
        // Not editable for an operator: the rule's fee stays.
        vm.save();
        Order o = st.rt.orders().get(vm.savedOrders().get(0).id());
        assertEquals(Money.parse("5.00"), o.fee());
        assertFalse(o.feeOverridden());
    }

    @Test
    void aManagerSetsTheFeeWithAReason() {
        st.as(Role.MANAGER);
        vm = new NewOrderViewModel(st.screens());
        vm.startNew(st.dolma.id());
        assertTrue(vm.feeEditableProperty().get());
        assertEquals(st.dolma.id(), vm.villagerProperty().get().id());
        vm.itemProperty().set("Thermos");
        vm.unitPriceProperty().set("100");
        vm.addLine();
        vm.feeProperty().set("1");
        assertTrue(vm.feeOverriddenProperty().get());
        assertEquals("¥101.00", vm.totalTextProperty().get());
        vm.save();
        // The desk wants a reason for a fee set by hand: its sentence, nothing saved.
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(0, st.rt.orders().count());
        vm.feeReasonProperty().set("Neighbour of the station");
        vm.save();
        assertEquals("", vm.errorProperty().get());
        Order o = st.rt.orders().get(vm.savedOrders().get(0).id());
        assertEquals(Money.parse("1.00"), o.fee());
        assertTrue(o.feeOverridden());
        assertEquals(Money.parse("101.00"), o.paid());
    }

    @Test
    void severalMatchesAreListedToChooseFrom() {
        vm.villagerQueryProperty().set("13");
        vm.findVillager();
        // Digits that are neither a tail nor a phone find nobody: the sentence says so.
        assertFalse(vm.errorProperty().get().isEmpty());
        vm.villagerQueryProperty().set("达雄");
        vm.findVillager();
        assertEquals(2, vm.villagerMatches().size());
        assertNull(vm.villagerProperty().get());
        vm.choose(vm.villagerMatches().get(1));
        assertTrue(vm.villagerMatches().isEmpty());
        assertTrue(vm.villagerProperty().get() != null);
    }
}
