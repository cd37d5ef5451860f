package org.skyroad.station.ui.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.SettlementStatus;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.domain.report.ProducerSettlement;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.TestStation;

/**
 * The goods screens' view-models over a real station: intake with its label, sale and dispatch,
 * loss, settlement, trace, counter. One station for the class (setting one up hashes a
 * password); each test has its own producer, so tests do not see each other's lots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoodsViewModelTest {

    GoodsUiStation s;
    Product butter;
    Producer tashi;
    String phone;
    int producers;

    @BeforeAll
    void openStation(@TempDir Path dir) {
        s = new GoodsUiStation(dir);
        butter = s.butter();
    }

    @BeforeEach
    void newProducer() {
        TestStation.actAs(s.rt, Role.ADMIN);
        s.printouts.printed.clear();
        producers++;
        phone = "1380013" + String.format("%04d", 8000 + producers);
        tashi = s.producer("扎西" + producers, phone);
    }

    @AfterAll
    void close() {
        s.close();
    }

    private List<ConsignmentDesk.StockLine> mine(List<ConsignmentDesk.StockLine> lines) {
        return lines.stream().filter(l -> l.producer().id().equals(tashi.id())).toList();
    }

    @Test
    void intakeMakesALotShowsItsCodeAndHandsItsLabelToPrinting() {
        IntakeViewModel vm = new IntakeViewModel(s.screens());
        vm.load();
        int savedBefore = s.saved;
        vm.producerTextProperty().set(phone.substring(7));
        vm.findProducer();
        assertEquals(tashi.id(), vm.producerProperty().get().id());
        vm.productTextProperty().set("yak-butter");
        assertTrue(vm.findProduct());
        vm.gradeProperty().set("特级");
        assertTrue(vm.gradeHintProperty().get().contains("水分≤16%"), vm.gradeHintProperty().get());
        vm.quantityProperty().set("12.5");
        assertEquals("2025-09-29", vm.bestBeforeProperty().get());
        vm.priceProperty().set("95");
        vm.save();

        assertEquals("", vm.errorProperty().get());
        IntakeViewModel.Done done = vm.doneProperty().get();
        assertNotNull(done);
        Lot lot = s.desk().lot(done.code());
        assertEquals(Quantity.kg("12.5"), lot.onHand());
        assertEquals(LocalDate.of(2025, 9, 29), lot.bestBefore());
        assertEquals(Money.parse("95"), lot.unitPrice());
        assertEquals(1, s.printouts.printed.size());
        LotLabelPrint label = (LotLabelPrint) s.printouts.printed.get(0);
        assertEquals(done.code(), label.lotCode());
        assertTrue(label.product().contains("牦牛酥油") && label.product().contains("འབྲི་མར"), label.product());
        assertEquals("特级", label.grade());
        assertEquals(tashi.name(), label.producer());
        // The form is empty for the next intake.
        assertNull(vm.producerProperty().get());
        assertEquals("", vm.quantityProperty().get());
        assertEquals(savedBefore + 1, s.saved);
    }

    @Test
    void intakeWithAnUnknownGradeWritesNothingAndPrintsNothing() {
        IntakeViewModel vm = new IntakeViewModel(s.screens());
        vm.load();
        vm.producerTextProperty().set(tashi.name());
        vm.findProducer();
        vm.productTextProperty().set("牦牛");
        assertTrue(vm.findProduct());
        vm.gradeProperty().set("Z");
        vm.quantityProperty().set("3");
        vm.save();
        assertTrue(vm.errorProperty().get().contains("\"Z\""), vm.errorProperty().get());
        assertNull(vm.doneProperty().get());
        assertTrue(s.desk().stock(tashi.id(), 0).isEmpty());
        assertTrue(s.printouts.printed.isEmpty());
    }

    @Test
    void aScannedLotIsSoldThenShippedInTwoPartsAndReceived() {
        Lot lot = s.intake(tashi, butter, "特级", "10", "95");
        SaleViewModel vm = new SaleViewModel(s.screens());
        vm.load();
        vm.buyerKindProperty().set(BuyerKind.WHOLESALER);
        vm.buyerNameProperty().set("拉萨批发");
        vm.scanQuantityProperty().set("4");
        vm.scanProperty().set(lot.code().value());
        vm.addScanned();
        assertEquals(1, vm.drafts().size());
        assertEquals(Quantity.kg("4"), vm.drafts().get(0).quantity());
        vm.sell();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Money.parse("380"), vm.saleProperty().get().sale().total());
        assertEquals(Quantity.kg("6"), s.desk().lot(lot.id()).onHand());

        vm.carrierProperty().set("EMS");
        vm.trackingProperty().set("EA123456789CN");
        vm.shipQuantityProperty().set("1.5");
        vm.ship(vm.saleLines().get(0));
        assertEquals("", vm.errorProperty().get());
        assertEquals(Quantity.kg("2.5"), vm.saleLines().get(0).line().toShip());
        vm.trackingProperty().set("EA123456790CN");
        vm.ship(null);
        assertTrue(vm.saleLines().get(0).line().toShip().isZero());
        assertEquals(2, vm.shipments().size());

        vm.confirmReceipt(vm.shipments().get(0));
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.shipments().get(0).received());
        assertFalse(vm.shipments().get(1).received());

        // Opened again later by the lot's code: the sale with both shipments, one received.
        SaleViewModel again = new SaleViewModel(s.screens());
        again.load();
        again.openCodeProperty().set(lot.code().value());
        again.open();
        assertEquals("", again.errorProperty().get());
        assertEquals(vm.saleProperty().get().sale().id(), again.saleProperty().get().sale().id());
        assertEquals(2, again.shipments().size());
        assertEquals(1, again.shipments().stream().filter(SaleViewModel.ShipmentRow::received).count());
    }

    @Test
    void aLossFromTheStoreLowersTheStock() {
        Lot lot = s.intake(tashi, butter, "一级", "5", "80");
        LossViewModel vm = new LossViewModel(s.screens());
        vm.codeProperty().set(lot.code().value().toLowerCase());
        vm.findLot();
        assertEquals(lot.id(), vm.lotProperty().get().id());
        vm.quantityProperty().set("1.2");
        vm.reasonProperty().set(LossReason.BROKEN);
        vm.bearerProperty().set(LossBearer.STATION);
        vm.record();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Quantity.kg("3.8"), s.desk().lot(lot.id()).onHand());
        assertEquals(Money.parse("96"), vm.recorded().get(0).amount());
        assertNull(vm.lotProperty().get());
    }

    @Test
    void aSettlementIsPaidOnceInCashThroughTheDrawerAndItsStatementPrinted() {
        Lot lot = s.intake(tashi, butter, "特级", "10", "100");
        s.desk().sell(new ConsignmentDesk.SaleRequest(BuyerKind.COUNTY_CENTER, "县电商中心", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), Quantity.kg("2.5"), null))));
        s.rt.cash().record(CashMovementKind.FLOAT_IN, Money.parse("1000"), "float", null, null);
        Money drawer = s.rt.cash().expectedBalance();
        s.clock.advance(Duration.ofHours(2));

        SettlementViewModel vm = new SettlementViewModel(s.screens());
        vm.load();
        assertEquals("2025-07-01", vm.fromProperty().get());
        vm.producerTextProperty().set(phone);
        vm.findProducer();
        assertEquals(1, vm.lines().size());
        assertEquals(Money.parse("230"), vm.previewProperty().get().due());   // 250 less 8%
        vm.settle();
        assertEquals("", vm.errorProperty().get());
        assertNotNull(vm.chosenProperty().get());
        assertTrue(vm.lines().isEmpty(), "nothing is left to settle");
        vm.methodProperty().set(PayoutMethod.CASH);
        vm.pay();
        assertEquals("", vm.errorProperty().get());
        assertEquals(SettlementStatus.PAID, vm.chosenProperty().get().status());
        var id = vm.chosenProperty().get().id();
        assertEquals(1, s.rt.cash().movementsFor("settlement", id).size());
        assertEquals(drawer.minus(Money.parse("230")), s.rt.cash().expectedBalance());

        vm.pay();
        assertTrue(vm.errorProperty().get().contains("already paid"), vm.errorProperty().get());
        assertEquals(1, s.rt.cash().movementsFor("settlement", id).size());

        vm.print();
        ProducerSettlement statement = (ProducerSettlement) s.printouts.printed.get(0);
        assertEquals(tashi.name(), statement.producer());
        assertEquals(1, statement.lines().size());
        assertEquals(Money.parse("230"), statement.paid());
        assertEquals(Money.parse("230"), statement.net());
    }

    @Test
    void settlementsAreAManagersWork() {
        Lot lot = s.intake(tashi, butter, "特级", "10", "100");
        s.desk().sell(new ConsignmentDesk.SaleRequest(BuyerKind.WHOLESALER, "批发", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), Quantity.kg("1"), null))));
        TestStation.actAs(s.rt, Role.OPERATOR);
        SettlementViewModel vm = new SettlementViewModel(s.screens());
        vm.load();
        vm.producerTextProperty().set(phone);
        vm.findProducer();
        assertFalse(vm.errorProperty().get().isEmpty());
        assertNull(vm.previewProperty().get());
    }

    @Test
    void theTraceOfAPartShowsItsSourceLotsIntakeSaleLossAndSettlement() {
        Lot lot = s.intake(tashi, butter, "特级", "10", "100");
        StockViewModel stock = new StockViewModel(s.screens());
        stock.refresh();
        assertEquals(1, mine(stock.lines()).size());
        stock.partsProperty().set("3, 2");
        stock.split(mine(stock.lines()).get(0));
        assertEquals("", stock.errorProperty().get());
        List<Lot> parts = s.desk().stock(tashi.id(), 0).stream().map(ConsignmentDesk.StockLine::lot)
                .filter(l -> !l.id().equals(lot.id())).toList();
        assertEquals(2, parts.size());
        Lot part = parts.stream().filter(l -> l.onHand().equals(Quantity.kg("3"))).findFirst().orElseThrow();
        s.desk().sell(new ConsignmentDesk.SaleRequest(BuyerKind.LIVESTREAM, "抖音", null, "yak2025", null,
                List.of(new ConsignmentDesk.SaleItem(part.id(), Quantity.kg("2"), null))));
        s.desk().recordLoss(new ConsignmentDesk.LossRequest(part.id(), null, Quantity.kg("0.5"), LossReason.SPOILED,
                LossBearer.PRODUCER, null, null));
        s.desk().settle(tashi.id(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1));

        TraceViewModel vm = new TraceViewModel(s.screens());
        vm.codeProperty().set(part.code().value());
        vm.trace();
        assertEquals("", vm.errorProperty().get());
        assertEquals(part.id(), vm.traceProperty().get().lot().id());
        assertTrue(vm.familyProperty().get().contains(lot.code().value()), vm.familyProperty().get());
        assertTrue(vm.originProperty().get().contains(tashi.name()), vm.originProperty().get());
        List<TraceEvent.Kind> kinds = vm.events().stream().map(TraceEvent::kind).distinct().toList();
        assertTrue(kinds.containsAll(List.of(TraceEvent.Kind.INTAKE, TraceEvent.Kind.SPLIT, TraceEvent.Kind.SALE,
                TraceEvent.Kind.LOSS, TraceEvent.Kind.SETTLEMENT)), kinds.toString());

        vm.codeProperty().set(lot.code().value().substring(0, lot.code().value().length() - 1) + "X");
        vm.trace();
        assertFalse(vm.errorProperty().get().isEmpty(), "a mistyped code is caught");
    }

    @Test
    void perishablesCloseToTheirBestBeforeAreMarkedInStock() {
        s.desk().intake(new ConsignmentDesk.Intake(tashi.id(), butter.id(), "一级", Quantity.kg("2"), null,
                LocalDate.of(2025, 4, 5), null, null, Money.parse("80"), null));   // best before 2025-07-04
        s.intake(tashi, butter, "一级", "3", "80");
        StockViewModel vm = new StockViewModel(s.screens());
        vm.refresh();
        assertEquals(2, mine(vm.lines()).size());
        assertEquals(1, mine(vm.lines()).stream().filter(vm::near).count());
        vm.filterProperty().set("honey");
        assertEquals(0, mine(vm.lines()).size());
        vm.filterProperty().set("酥油");
        assertEquals(2, mine(vm.lines()).size());
        vm.nearOnlyProperty().set(true);
        assertEquals(1, mine(vm.lines()).size());
    }

    @Test
    void theCounterPanelShowsAVillagerWhoIsAProducerAndNothingForOthers() {
        Lot lot = s.intake(tashi, butter, "特级", "10", "100");
        s.desk().sell(new ConsignmentDesk.SaleRequest(BuyerKind.WHOLESALER, "批发", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), Quantity.kg("1"), null))));
        var villagerTashi = s.rt.villagers().create(new VillagerDraft(tashi.name(), phone, s.village.id(), null, null, null,
                true, true), true);
        var other = s.rt.villagers().create(new VillagerDraft("卓玛" + producers, "1390013" + String.format("%04d", 5000 + producers), s.village.id(), null, null, null,
                true, true), true);
        CounterProducerViewModel vm = new CounterProducerViewModel(s.screens());
        vm.showFor(villagerTashi.id());
        assertTrue(vm.producerProperty().get());
        assertEquals(1, vm.inStock().size());
        assertEquals(1, vm.sales().size());
        assertEquals("¥92.00", vm.owedProperty().get());
        vm.showFor(other.id());
        assertFalse(vm.producerProperty().get());
        assertTrue(vm.inStock().isEmpty());
    }
}
