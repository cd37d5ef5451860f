package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.service.ConsignmentDesk;

/** {@code skyroad lot list} and {@code skyroad lot trace}, run in-process on a station file. */
class LotCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run skyroad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SkyroadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listPrintsTheLotsInStockAndTracePrintsTheHistory() {
        Lot lot;
        Lot other;
        try (GoodsFixture g = GoodsFixture.open(dir)) {
            Product butter = g.butter();
            Producer tashi = g.producer("扎西");
            lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
            other = g.intake(tashi, butter, "一级", GoodsFixture.kg("1"), GoodsFixture.yuan("80"));
            g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.PLATFORM_ORDER, "淘宝 Taobao", "TB-778899", null, null,
                    List.of(new ConsignmentDesk.SaleItem(lot.id(), GoodsFixture.kg("2.5"), null),
                            new ConsignmentDesk.SaleItem(other.id(), GoodsFixture.kg("1"), null))));
        }
        String db = dir.resolve("station").toString();
        Run list = skyroad("--db", db, "lot", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains(lot.code().value() + "  牦牛酥油 Yak butter 特级  扎西  7.5 kg  " + lot.bestBefore()), list.out());
        assertTrue(!list.out().contains(other.code().value()), "a sold-out lot is not in stock");
        assertTrue(list.out().contains("1 lot(s) in stock."), list.out());

        Run trace = skyroad("--db", db, "lot", "trace", lot.code().value().toLowerCase());
        assertEquals(0, trace.exit(), trace.err());
        assertTrue(trace.out().contains("Producer: 扎西 (herder), 达雄村"), trace.out());
        assertTrue(trace.out().contains("intake"), trace.out());
        assertTrue(trace.out().contains("TB-778899"), trace.out());
    }

    @Test
    void aMistypedCodeIsRefusedWithASentence() {
        try (GoodsFixture g = GoodsFixture.open(dir)) {
            g.butter();
        }
        Run r = skyroad("--db", dir.resolve("station").toString(), "lot", "trace", "TS003-261123-0042-*");
        assertEquals(SkyroadCommand.REFUSED, r.exit());
        assertTrue(!r.err().isBlank());
    }
}
