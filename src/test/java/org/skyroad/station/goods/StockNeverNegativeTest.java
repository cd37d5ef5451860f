package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.service.ConsignmentDesk;

/**
 * Many counters selling, splitting, merging and writing off the same few lots at once: no lot
 * ever goes below zero, and every gram is accounted for.
 */
class StockNeverNegativeTest {

    @TempDir
    Path dir;
    GoodsFixture g;

    @BeforeEach
    void open() {
        g = GoodsFixture.open(dir);
    }

    @AfterEach
    void close() {
        g.close();
    }

    @Test
    void randomConcurrentSalesSplitsMergesAndLossesNeverTakeMoreThanThereIs() throws Exception {
        Product barley = g.barley();
        Producer dorje = g.producer("多吉");
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lots.add(g.intake(dorje, barley, null, Quantity.kg("20"), GoodsFixture.yuan("8")));
        }
        int threads = 6;
        int perThread = 40;
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = 1000 + t;
                futures.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int i = 0; i < perThread; i++) {
                        Lot a = lots.get(r.nextInt(lots.size()));
                        Lot b = lots.get(r.nextInt(lots.size()));
                        Quantity q = Quantity.of(500 + 500L * r.nextInt(8), GoodsUnit.KG);
                        try {
                            switch (r.nextInt(5)) {
                                case 0, 1 -> g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.WHOLESALER, "拉萨批发", null, null, null,
                                        a.id().equals(b.id()) ? List.of(new ConsignmentDesk.SaleItem(a.id(), q, null))
                                                : List.of(new ConsignmentDesk.SaleItem(a.id(), q, null),
                                                new ConsignmentDesk.SaleItem(b.id(), q, Money.parse("9")))));
                                case 2 -> g.desk.split(a.id(), List.of(q), null);
                                case 3 -> g.desk.recordLoss(new ConsignmentDesk.LossRequest(a.id(), null, q,
                                        LossReason.SPOILED, LossBearer.STATION, null, null));
                                default -> {
                                    if (!a.id().equals(b.id())) {
                                        g.desk.merge(List.of(new ConsignmentDesk.MergeItem(a.id(), q),
                                                new ConsignmentDesk.MergeItem(b.id(), q)), null);
                                    }
                                }
                            }
                            done.incrementAndGet();
                        } catch (ConflictException e) {
                            assertEquals("error.lot.notEnough", e.messageKey());
                            refused.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(refused.get() > 0, "the lots ran out: some operations had to be refused");
        assertTrue(done.get() > 0);
        assertEquals(0, g.count("SELECT COUNT(*) FROM lot WHERE quantity_on_hand < 0"));
        // Every lot: what it was born with = what is left + sold + lost from the store + what went into other lots.
        List<Object[]> balance = g.rt.database().transactions().read(() -> g.rt.database().jdbc().query(
                "SELECT l.code, l.quantity_in, l.quantity_on_hand, "
                        + "(SELECT COALESCE(SUM(s.quantity), 0) FROM goods_sale_line s WHERE s.lot_id = l.id), "
                        + "(SELECT COALESCE(SUM(x.quantity), 0) FROM goods_loss x WHERE x.lot_id = l.id AND x.shipment_id IS NULL), "
                        + "(SELECT COALESCE(SUM(p.quantity), 0) FROM lot_parent p WHERE p.parent_id = l.id) FROM lot l",
                rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}));
        for (Object[] row : balance) {
            long in = (long) row[1];
            long left = (long) row[2];
            assertTrue(left >= 0, row[0] + " is negative");
            assertEquals(in, left + (long) row[3] + (long) row[4] + (long) row[5], row[0] + " does not add up");
        }
        long intake = g.count("SELECT SUM(quantity_in) FROM lot WHERE origin = 'INTAKE'");
        long accounted = g.count("SELECT SUM(quantity_on_hand) FROM lot")
                + g.count("SELECT COALESCE(SUM(quantity), 0) FROM goods_sale_line")
                + g.count("SELECT COALESCE(SUM(quantity), 0) FROM goods_loss");
        assertEquals(intake, accounted, "not a gram appears or disappears");
        assertEquals(g.count("SELECT MAX(seq) FROM outbox"), g.count("SELECT COUNT(*) FROM outbox"), "outbox without gaps");
    }

    @Test
    void theDatabaseItselfRefusesANegativeStock() {
        Product barley = g.barley();
        Lot lot = g.intake(g.producer("多吉"), barley, null, Quantity.kg("1"), GoodsFixture.yuan("8"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> g.rt.database().transactions()
                .inTransaction(() -> g.rt.database().jdbc().update("UPDATE lot SET quantity_on_hand = -1 WHERE id = ?", lot.id())));
        assertTrue(e instanceof org.skyroad.station.domain.common.StationException, e.toString());
        assertEquals(1000, g.count("SELECT quantity_on_hand FROM lot WHERE id = ?", lot.id()));
    }
}
