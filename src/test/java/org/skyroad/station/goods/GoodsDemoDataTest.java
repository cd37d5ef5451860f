package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.service.GoodsDemoData;

/** The demo fills a station with a plateau's local goods and their history; the benchmark builder makes a month to settle. */
class GoodsDemoDataTest {

    @TempDir
    Path dir;

    @Test
    void theDemoAddsACatalogProducersLotsSalesLossesAndSettlements() {
        try (GoodsFixture g = GoodsFixture.open(dir)) {
            GoodsDemoData demo = new GoodsDemoData(g.rt.serviceContext(), g.desk, g.rt.villagers());
            GoodsDemoData.Result r = demo.fill(42, 300, null);
            assertEquals(13, r.productsAdded());
            assertTrue(r.producersAdded() >= 5);
            assertTrue(r.lotsAdded() > 250, r.toString());
            assertTrue(r.salesAdded() > 100, r.toString());
            assertTrue(r.shipmentsAdded() > 50, r.toString());
            assertTrue(r.settlementsMade() > 0, r.toString());
            assertEquals(0, g.count("SELECT COUNT(*) FROM lot WHERE quantity_on_hand < 0"));
            assertEquals(r.lotsAdded() + r.splitsAdded(), g.count("SELECT COUNT(*) FROM lot"));
            assertTrue(g.count("SELECT COUNT(DISTINCT lot_date) FROM lot") > 60, "lots spread over three months");
            assertEquals(g.count("SELECT COUNT(*) FROM settlement_line"), g.count("SELECT COUNT(DISTINCT id) FROM settlement_line"));
            GoodsDemoData.Result again = demo.fill(43, 10, null);
            assertEquals(0, again.productsAdded(), "the catalog is added once");
        }
    }

    @Test
    void theSettlementBenchmarkBuilderMakesAMonthOfSalesForEachProducer() {
        try (GoodsFixture g = GoodsFixture.open(dir)) {
            GoodsDemoData demo = new GoodsDemoData(g.rt.serviceContext(), g.desk, g.rt.villagers());
            YearMonth month = YearMonth.from(g.desk.today()).minusMonths(1);
            List<Producer> made = demo.fillMonthForSettlement(7, 20, 2, month, null);
            assertEquals(20, made.size());
            var settlements = g.desk.settleAll(month.atDay(1), month.atEndOfMonth(), null);
            assertTrue(settlements.size() >= 15, "almost every producer sold something: " + settlements.size());
        }
    }
}
