package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ReceiptSource;
import org.skyroad.station.domain.goods.Shipment;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.ConsignmentDesk.SaleItem;
import org.skyroad.station.service.ConsignmentDesk.SaleRequest;
import org.skyroad.station.service.ConsignmentDesk.ShipItem;
import org.skyroad.station.testsupport.MutableClock;

/** Sale to a buyer, partial dispatches with carrier and tracking number, the buyer's receipt, losses in transit. */
class SaleDispatchTest {

    @TempDir
    Path dir;
    MutableClock clock;
    GoodsFixture g;
    Product butter;
    Producer tashi;
    Lot lot;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
        g = GoodsFixture.open(dir, clock);
        butter = g.butter();
        tashi = g.producer("扎西");
        lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
    }

    @AfterEach
    void close() {
        g.close();
    }

    private ConsignmentDesk.SaleResult sell(String kg) {
        return g.desk.sell(new SaleRequest(BuyerKind.PLATFORM_ORDER, "拼多多 Pinduoduo", "PDD-20261123-001", null, null,
                List.of(new SaleItem(lot.id(), GoodsFixture.kg(kg), null))));
    }

    @Test
    void aSaleTakesStockAtTheLotsPriceUnlessAnotherIsGiven() {
        ConsignmentDesk.SaleResult r = sell("2.5");
        assertEquals(Money.parse("237.50"), r.sale().total());
        assertEquals(7500, g.desk.lot(lot.id()).onHand().amount());
        ConsignmentDesk.SaleResult other = g.desk.sell(new SaleRequest(BuyerKind.WHOLESALER, "拉萨批发", null, null, null,
                List.of(new SaleItem(lot.id(), GoodsFixture.kg("1"), Money.parse("110")))));
        assertEquals(Money.parse("110.00"), other.sale().total());
    }

    @Test
    void aSaleOfMoreThanIsInStockIsRefusedWhole() {
        Product cashmere = g.cashmere();
        Lot wool = g.intake(tashi, cashmere, "A", GoodsFixture.kg("1"), GoodsFixture.yuan("480"));
        var e = assertThrows(ConflictException.class, () -> g.desk.sell(new SaleRequest(BuyerKind.COUNTY_CENTER, "县中心", null, null,
                null, List.of(new SaleItem(lot.id(), GoodsFixture.kg("2"), null), new SaleItem(wool.id(), GoodsFixture.kg("1.5"), null)))));
        assertEquals("error.lot.notEnough", e.messageKey());
        assertEquals(10_000, g.desk.lot(lot.id()).onHand().amount(), "the first line was rolled back too");
        assertEquals(0, g.count("SELECT COUNT(*) FROM goods_sale"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        PLATFORM_ORDER, 淘宝,  '',        '',           error.sale.orderNumberRequired
        LIVESTREAM,     抖音,  '',        '',           error.sale.campaignRequired
        WHOLESALER,     '',    '',        '',           error.sale.buyerEmpty
        """)
    void aBuyerMustBeNamedTheWayItsKindNeeds(String kind, String name, String reference, String campaign, String key) {
        var e = assertThrows(InvalidInputException.class, () -> g.desk.sell(new SaleRequest(BuyerKind.valueOf(kind), name,
                reference, campaign, null, List.of(new SaleItem(lot.id(), GoodsFixture.kg("1"), null)))));
        assertEquals(key, e.messageKey());
    }

    @Test
    void goodsPastTheirBestBeforeAreNotSold() {
        clock.advance(Duration.ofDays(95));
        var e = assertThrows(ConflictException.class, () -> sell("1"));
        assertEquals("error.lot.pastBestBefore", e.messageKey());
    }

    @Test
    void dispatchesMayBePartialButNeverMoreThanSold() {
        ConsignmentDesk.SaleResult sale = sell("4");
        var line = sale.lines().get(0);
        g.desk.ship(sale.sale().id(), "EMS", "E123456789CN", List.of(new ShipItem(line.id(), GoodsFixture.kg("1.5"))));
        var e = assertThrows(ConflictException.class, () -> g.desk.ship(sale.sale().id(), "EMS", "E123456790CN",
                List.of(new ShipItem(line.id(), GoodsFixture.kg("3")))));
        assertEquals("error.shipment.moreThanSold", e.messageKey());
        ConsignmentDesk.ShipmentResult rest = g.desk.ship(sale.sale().id(), "顺丰 SF", "SF1234567890", null);
        assertEquals(2500, rest.lines().get(0).quantity().amount(), "the rest of the line");
        var none = assertThrows(ConflictException.class, () -> g.desk.ship(sale.sale().id(), "EMS", "E123456791CN", null));
        assertEquals("error.shipment.nothingToShip", none.messageKey());
        assertEquals(4000, g.count("SELECT shipped_quantity FROM goods_sale_line WHERE id = ?", line.id()));
    }

    @Test
    void theBuyersReceiptIsConfirmedOnceTypedOrFromTheHub() {
        ConsignmentDesk.SaleResult sale = sell("2");
        Shipment s = g.desk.ship(sale.sale().id(), "EMS", "E123456789CN", null).shipment();
        clock.advance(Duration.ofDays(6));
        Shipment received = g.desk.confirmReceipt(s.id(), null, ReceiptSource.HUB, "签收 by buyer");
        assertTrue(received.isReceived());
        assertEquals(ReceiptSource.HUB, received.receiptSource());
        var e = assertThrows(ConflictException.class, () -> g.desk.confirmReceipt(s.id(), null, ReceiptSource.TYPED, null));
        assertEquals("error.shipment.alreadyReceived", e.messageKey());
    }

    @Test
    void aLossInTransitCannotBeMoreThanWentOutAndDoesNotTouchTheStore() {
        ConsignmentDesk.SaleResult sale = sell("3");
        Shipment s = g.desk.ship(sale.sale().id(), "EMS", "E123456789CN", null).shipment();
        long onHand = g.desk.lot(lot.id()).onHand().amount();
        g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), s.id(), GoodsFixture.kg("2"), LossReason.LOST_IN_TRANSIT,
                LossBearer.CARRIER, null, "box lost near Gertse"));
        assertEquals(onHand, g.desk.lot(lot.id()).onHand().amount());
        var e = assertThrows(ConflictException.class, () -> g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), s.id(),
                GoodsFixture.kg("1.5"), LossReason.LOST_IN_TRANSIT, LossBearer.CARRIER, null, null)));
        assertEquals("error.loss.moreThanShipped", e.messageKey());
    }

    @Test
    void aLossInTheStoreTakesStockAndIsValuedAtTheLotsPrice() {
        var loss = g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null, GoodsFixture.kg("0.5"), LossReason.SPOILED,
                LossBearer.STATION, null, null));
        assertEquals(Money.parse("47.50"), loss.amount());
        assertEquals(9500, g.desk.lot(lot.id()).onHand().amount());
        assertEquals(LocalDate.of(2026, 11, 23), loss.lossDate());
    }
}
