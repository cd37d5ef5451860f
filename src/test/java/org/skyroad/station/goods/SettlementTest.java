package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.goods.SettlementLineKind;
import org.skyroad.station.domain.goods.SettlementStatus;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.ConsignmentDesk.SaleItem;
import org.skyroad.station.service.ConsignmentDesk.SaleRequest;
import org.skyroad.station.testsupport.MutableClock;

/** Settlement: sales less commission, plus outright purchases, less the producer's losses; each line paid once. */
class SettlementTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    GoodsFixture g;
    Product butter;
    Product barley;
    Producer tashi;

    @BeforeEach
    void open() {
        g = GoodsFixture.open(dir, new MutableClock(Instant.parse("2026-11-23T02:00:00Z")));
        butter = g.butter();
        barley = g.barley();
        tashi = g.producer("扎西");
    }

    @AfterEach
    void close() {
        g.close();
    }

    private void sell(Lot lot, String kg, String price) {
        g.desk.sell(new SaleRequest(BuyerKind.WHOLESALER, "拉萨批发", null, null, null,
                List.of(new SaleItem(lot.id(), GoodsFixture.kg(kg), Money.parse(price)))));
    }

    @Test
    void theAmountDueIsSalesLessCommissionPlusPurchasesLessTheProducersLosses() {
        Lot butterLot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        Lot barleyLot = g.intake(tashi, barley, null, GoodsFixture.kg("100"), GoodsFixture.yuan("8"));
        Lot bought = g.desk.intake(new ConsignmentDesk.Intake(tashi.id(), barley.id(), null, GoodsFixture.kg("50"), null, null, null,
                LotTerms.OUTRIGHT, GoodsFixture.yuan("6.50"), null));
        sell(butterLot, "2.5", "100");          // 250.00, 8% commission 20.00
        sell(butterLot, "1.333", "99.99");      // 133.29 (133.28667), commission 10.66 (10.6632)
        sell(barleyLot, "40.5", "8.20");        // 332.10, commission 0.50/kg: 20.25
        g.desk.recordLoss(new ConsignmentDesk.LossRequest(butterLot.id(), null, GoodsFixture.kg("0.4"), LossReason.SPOILED,
                LossBearer.PRODUCER, null, null)); // 38.00 at 95/kg, deducted
        g.desk.recordLoss(new ConsignmentDesk.LossRequest(barleyLot.id(), null, GoodsFixture.kg("1"), LossReason.BROKEN,
                LossBearer.STATION, null, null));  // the station bears it: not deducted

        ConsignmentDesk.SettlementPreview pv = g.desk.previewSettlement(tashi.id(), FROM, TO);
        assertEquals(Money.parse("715.39"), pv.sales());
        assertEquals(Money.parse("50.91"), pv.commission());
        assertEquals(Money.parse("325.00"), pv.purchases(), "50 kg bought outright at 6.50");
        assertEquals(Money.parse("38.00"), pv.deductions());
        assertEquals(Money.parse("951.48"), pv.due());
        Settlement s = g.desk.settle(tashi.id(), FROM, TO);
        assertEquals(pv.due(), s.due());
        assertEquals(SettlementStatus.OPEN, s.status());
        assertEquals(5, g.count("SELECT COUNT(*) FROM settlement_line WHERE settlement_id = ?", s.id()));
        assertEquals(1, g.count("SELECT COUNT(*) FROM settlement_line WHERE kind = 'PURCHASE' AND purchase_lot_id = ?", bought.id()));
    }

    @Test
    void aSoldLineIsInExactlyOneSettlement() {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "95");
        g.desk.settle(tashi.id(), FROM, TO);
        var e = assertThrows(ConflictException.class, () -> g.desk.settle(tashi.id(), FROM, TO));
        assertEquals("error.settlement.nothingToSettle", e.messageKey());
        sell(lot, "1", "95");
        Settlement second = g.desk.settle(tashi.id(), LocalDate.of(2026, 11, 20), TO);
        assertEquals(Money.parse("87.40"), second.due(), "only the new line: 95.00 less 8%");
        assertEquals(2, g.count("SELECT COUNT(*) FROM settlement_line"));
        assertEquals(2, g.count("SELECT COUNT(DISTINCT sale_line_id) FROM settlement_line"));
    }

    @Test
    void theDatabaseRefusesToPutASoldLineInASecondSettlement() {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "95");
        Settlement s = g.desk.settle(tashi.id(), FROM, TO);
        UUID saleLine = g.rt.database().transactions().read(() -> g.rt.database().jdbc()
                .queryOne("SELECT sale_line_id FROM settlement_line", rs -> rs.getObject(1, UUID.class))).orElseThrow();
        var e = assertThrows(ConflictException.class, () -> g.rt.database().transactions().inTransaction(() ->
                g.rt.database().jdbc().update("INSERT INTO settlement_line (id, settlement_id, kind, sale_line_id, lot_id, line_date, "
                        + "quantity, amount_fen, commission_fen) VALUES (?, ?, 'SALE', ?, ?, ?, 2000, 19000, 1520)",
                        UUID.randomUUID(), s.id(), saleLine, lot.id(), FROM)));
        assertEquals("error.db.duplicate", e.messageKey());
    }

    @Test
    void twoManagersSettlingTheSameProducerAtOnceSettleEachLineOnce() throws Exception {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        for (int i = 0; i < 5; i++) {
            sell(lot, "1", "95");
        }
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return g.desk.settle(tashi.id(), FROM, TO);
                    } catch (ConflictException e) {
                        return e.messageKey();
                    }
                }));
            }
            start.countDown();
            int made = 0;
            for (Future<Object> f : results) {
                Object r = f.get();
                if (r instanceof Settlement) {
                    made++;
                } else {
                    assertTrue(List.of("error.settlement.alreadySettled", "error.settlement.nothingToSettle").contains(r), r.toString());
                }
            }
            assertEquals(1, made);
        } finally {
            pool.shutdown();
        }
        assertEquals(5, g.count("SELECT COUNT(*) FROM settlement_line"));
        assertEquals(1, g.count("SELECT COUNT(*) FROM settlement"));
    }

    @Test
    void aCashPayoutGoesThroughTheDrawerOnceAndATransferNeedsItsReference() {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "100");
        Settlement s = g.desk.settle(tashi.id(), FROM, TO);
        Settlement paid = g.desk.pay(s.id(), PayoutMethod.CASH, null);
        assertEquals(SettlementStatus.PAID, paid.status());
        assertEquals(1, g.payouts.payouts.size());
        assertEquals(Money.parse("184.00"), g.payouts.payouts.get(0).amount());
        assertEquals(s.id(), g.payouts.payouts.get(0).settlementId());
        var again = assertThrows(ConflictException.class, () -> g.desk.pay(s.id(), PayoutMethod.CASH, null));
        assertEquals("error.settlement.alreadyPaid", again.messageKey());
        assertEquals(1, g.payouts.payouts.size(), "nothing paid twice");

        sell(lot, "1", "100");
        Settlement next = g.desk.settle(tashi.id(), FROM, TO);
        var noRef = assertThrows(org.skyroad.station.domain.common.InvalidInputException.class,
                () -> g.desk.pay(next.id(), PayoutMethod.BANK_TRANSFER, " "));
        assertEquals("error.settlement.referenceRequired", noRef.messageKey());
        g.desk.pay(next.id(), PayoutMethod.BANK_TRANSFER, "TX-20261123-77");
        assertEquals(1, g.payouts.payouts.size(), "a transfer does not touch the drawer");
    }

    @Test
    void aFailingDrawerLeavesTheSettlementUnpaid() {
        var desk = GoodsFixture.desk(g.rt, (amount, reason, id) -> {
            throw new IllegalStateException("drawer closed");
        });
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "100");
        Settlement s = g.desk.settle(tashi.id(), FROM, TO);
        assertThrows(IllegalStateException.class, () -> desk.pay(s.id(), PayoutMethod.CASH, null));
        assertEquals(SettlementStatus.OPEN, g.desk.settlement(s.id()).status());
    }

    @Test
    void theStatementListsEveryLineWithItsLotAndProduct() {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "100");
        g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null, GoodsFixture.kg("0.5"), LossReason.SPOILED,
                LossBearer.PRODUCER, Money.parse("20"), null));
        Settlement s = g.desk.settle(tashi.id(), FROM, TO);
        ConsignmentDesk.SettlementStatement st = g.desk.statement(s.id());
        assertEquals("扎西", st.producer().name());
        assertEquals("TS-003", st.stationCode());
        assertEquals(List.of(SettlementLineKind.SALE, SettlementLineKind.LOSS), st.lines().stream().map(l -> l.kind()).toList());
        assertEquals(lot.code(), st.lines().get(0).lotCode());
        assertEquals(Money.parse("184.00"), st.lines().get(0).net());
        assertEquals(Money.parse("-20.00"), st.lines().get(1).net());
        assertEquals(Money.parse("164.00"), st.lines().stream().map(l -> l.net()).reduce(Money.ZERO, Money::plus));
        assertEquals(s.due(), Money.parse("164.00"));
    }

    @Test
    void theCounterSeesWhatIsOwedToTheProducer() {
        Lot lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        sell(lot, "2", "100");
        ConsignmentDesk.ProducerSummary before = g.desk.producerSummary(tashi.id());
        assertEquals(Money.parse("184.00"), before.owedUnsettled());
        assertEquals(1, before.inStock().size());
        assertEquals(1, before.recentSales().size());
        g.desk.settle(tashi.id(), FROM, TO);
        ConsignmentDesk.ProducerSummary after = g.desk.producerSummary(tashi.id());
        assertEquals(Money.ZERO, after.owedUnsettled());
        assertEquals(Money.parse("184.00"), after.settledUnpaid());
        assertTrue(after.recentSales().get(0).settled());
    }

    @Test
    void settleAllSettlesEveryProducerWithSomethingDue() {
        Producer drolma = g.producer("卓玛");
        Lot a = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        Lot b = g.intake(drolma, barley, null, GoodsFixture.kg("10"), GoodsFixture.yuan("8"));
        g.producer("尼玛");
        sell(a, "1", "95");
        sell(b, "1", "8");
        List<Settlement> made = g.desk.settleAll(FROM, TO, null);
        assertEquals(2, made.size());
    }

    @Test
    void settleAllReadsTheMonthOnceYetSettlesNoLineTwiceWhenAProducerIsSettledMeanwhile() {
        Producer drolma = g.producer("卓玛");
        Lot a = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
        Lot b = g.intake(drolma, barley, null, GoodsFixture.kg("10"), GoodsFixture.yuan("8"));
        sell(a, "1", "95");
        sell(b, "1", "8");
        sell(b, "2", "8");
        List<Settlement> byHand = new ArrayList<>();
        // After the run's first producer, another manager settles the other one by hand.
        Progress meanwhile = new Progress() {
            @Override
            public void update(long done, long total, String what) {
                if (done == 1) {
                    for (Producer p : List.of(tashi, drolma)) {
                        if (g.count("SELECT COUNT(*) FROM settlement WHERE producer_id = ?", p.id()) == 0) {
                            byHand.add(g.desk.settle(p.id(), FROM, TO));
                        }
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        List<Settlement> made = g.desk.settleAll(FROM, TO, meanwhile);
        assertEquals(1, made.size(), "the producer settled meanwhile is left out, not settled again");
        assertEquals(1, byHand.size());
        assertEquals(2, g.count("SELECT COUNT(*) FROM settlement"));
        assertEquals(3, g.count("SELECT COUNT(*) FROM settlement_line"));
        assertEquals(3, g.count("SELECT COUNT(DISTINCT sale_line_id) FROM settlement_line"));
        assertTrue(g.desk.settleAll(FROM, TO, null).isEmpty());
    }
}
