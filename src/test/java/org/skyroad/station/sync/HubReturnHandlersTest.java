package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.ReceiptSource;
import org.skyroad.station.domain.goods.Shipment;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.ExpectedParcel;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.HubUpdates;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.sync.ImportOutcome.State;

/**
 * The hub-owned records the runtime's handlers apply at a station: a real hub and a real
 * station in temporary folders, updates queued through the hub's return desk, a real return
 * batch file written and imported.
 */
class HubReturnHandlersTest {

    @TempDir
    Path dir;
    SyncWorld world;
    StationRuntime hub;
    StationRuntime station;
    Villager dolma;

    @BeforeEach
    void setUp() {
        world = SyncWorld.paired(dir.resolve("world"));
        hub = world.hub().rt();
        station = world.station().rt();
        dolma = station.villagers().create(new VillagerDraft("卓玛", "13908911234", null, null, null, null, true, true), true);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** Writes the station's return batch at the hub onto a "stick" folder. */
    private Path writeReturn() {
        return hub.sync().exportReturn(SyncWorld.STATION, dir.resolve("stick"), Progress.NONE).orElseThrow().file();
    }

    private ImportOutcome importAtStation(Path file) {
        return station.sync().importFile(file, Progress.NONE);
    }

    private Order paidOrder() {
        OrderDraft d = OrderDraft.of(dolma.id(), List.of(new OrderDraft.Line(Platform.TAOBAO, "羽绒服 down coat",
                "https://item.taobao.com/item.htm?id=1001", 1, Money.ofFen(26_800), ItemCategory.CLOTHING, null)),
                Money.ofFen(1_000));
        return station.orders().createAndPay(d, station.orders().quote(d).total());
    }

    private record GoodsSent(UUID shipmentId, UUID settlementId) {
    }

    private GoodsSent shippedGoodsAndSettlement() {
        ConsignmentDesk g = station.goods();
        var product = g.addProduct(new ProductDraft("BARLEY", "青稞", "ནས།", "Highland barley", GoodsCategory.FARM,
                GoodsUnit.KG, false, null, false, Commission.perUnit(Money.ofFen(50)), List.of()));
        UUID village = station.villagers().addVillage("达雄村").id();
        var producer = g.addProducer(new ProducerDraft("扎西", ProducerKind.HERDER, village, null, PayoutMethod.CASH, null,
                null, null));
        var lot = g.intake(new ConsignmentDesk.Intake(producer.id(), product.id(), null, Quantity.kg("10"), null, null, null,
                LotTerms.CONSIGNMENT, Money.ofFen(800), null));
        var sale = g.sell(new ConsignmentDesk.SaleRequest(BuyerKind.COUNTY_CENTER, "县中心", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), Quantity.kg("4"), null))));
        Shipment shipment = g.ship(sale.sale().id(), "EMS", "E123456789CN",
                List.of(new ConsignmentDesk.ShipItem(sale.lines().get(0).id(), Quantity.kg("4")))).shipment();
        LocalDate today = g.today();
        var settlement = g.settle(producer.id(), today.withDayOfMonth(1), today);
        return new GoodsSent(shipment.id(), settlement.id());
    }

    @Test
    void everyKindOfHubRecordIsAppliedAndAReplayChangesNothing() throws Exception {
        Order order = paidOrder();
        GoodsSent goods = shippedGoodsAndSettlement();
        UUID item = UUID.randomUUID();
        UUID announced = UUID.randomUUID();
        var returns = hub.hubReturns();
        returns.publishCatalogItem(item, "酥油茶壶 tea churn", Platform.PINDUODUO, "PDD-77", Money.ofFen(4_500),
                ItemCategory.DAILY_GOODS, true);
        returns.publishPrice(item, Money.ofFen(3_900));
        returns.sendPlatformData(SyncWorld.STATION, order.id(), "TB 2026 1122 0001", "SF1234567890123");
        returns.announceParcel(SyncWorld.STATION, announced, "YT7654321098765", Carrier.YTO, "卓玛", "13908911234",
                order.number(), LocalDate.of(2026, 11, 28), "fragile");
        returns.confirmReceipt(SyncWorld.STATION, goods.shipmentId(), null, "signed by 县中心");
        returns.confirmSettlement(SyncWorld.STATION, goods.settlementId(), Money.ofFen(0), "BANK-0099", null);

        Path file = writeReturn();
        assertTrue(Files.exists(file));
        ImportOutcome o = importAtStation(file);
        assertEquals(State.APPLIED, o.state(), o::toString);
        assertEquals(6, o.applied());
        assertEquals(0, o.stale());

        CatalogItem listed = station.catalog().get(item);
        assertEquals("酥油茶壶 tea churn", listed.name());
        assertEquals(Money.ofFen(3_900), listed.usualPrice(), "the later price update wins");
        Order placed = station.orders().get(order.id());
        assertEquals(OrderStatus.SHIPPED, placed.status(), "placed, then shipped: the lifecycle was followed");
        assertEquals("TB202611220001", placed.platformOrderNo());
        assertEquals("SF1234567890123", placed.trackingNumber());
        assertEquals(placed.total(), station.orders().get(order.id()).total(), "the station's money stays the station's");
        ExpectedParcel waiting = station.parcels().expectedParcels(10).get(0);
        assertEquals("YT7654321098765", waiting.trackingNumber());
        Shipment received = shipment(goods.shipmentId());
        assertEquals(ReceiptSource.HUB, received.receiptSource());
        assertEquals("BANK-0099", station.goods().settlementConfirmation(goods.settlementId()).orElseThrow().reference());

        // The announced parcel arrives: scanned alone, it finds its recipient from the announcement.
        var checkedIn = station.parcels().checkIn(ParcelDesk.CheckIn.scanned("YT7654321098765"));
        assertEquals(dolma.id(), checkedIn.parcel().recipientId());
        assertTrue(station.parcels().expectedParcels(10).isEmpty());
        assertEquals(checkedIn.parcel().id(), station.parcels().expectedParcel(announced).orElseThrow().parcelId());

        var before = SyncWorld.dump(station);
        ImportOutcome again = importAtStation(file);
        assertEquals(State.ALREADY_APPLIED, again.state());
        assertEquals(before, SyncWorld.dump(station), "a replay changes nothing");
    }

    private Shipment shipment(UUID id) {
        return station.database().transactions().read(() -> new org.skyroad.station.persistence.JdbcGoodsSaleRepository(
                station.database().jdbc()).findShipment(id)).orElseThrow();
    }

    @Test
    void anOlderHubVersionIsNotAppliedAndIsReported() {
        UUID item = UUID.randomUUID();
        hub.hubReturns().publishCatalogItem(item, "青稞 barley", Platform.JD, null, Money.ofFen(500), ItemCategory.FOOD, true);
        hub.hubReturns().publishCatalogItem(item, "青稞 barley 5 kg", Platform.JD, null, Money.ofFen(2_400),
                ItemCategory.FOOD, true);
        assertEquals(State.APPLIED, importAtStation(writeReturn()).state());
        // a late copy of version 1 (from a restored hub) comes through the queue
        hub.sync().returnQueue().enqueue(SyncWorld.STATION, HubUpdates.CATALOG_ITEM, item, 1, Operation.UPDATE,
                Map.of("name", "old name", "platform", "JD", "usualPriceFen", 100));
        ImportOutcome o = importAtStation(writeReturn());
        assertEquals(State.APPLIED, o.state());
        assertEquals(0, o.applied());
        assertEquals(1, o.stale());
        assertEquals("青稞 barley 5 kg", station.catalog().get(item).name());
        assertEquals(1, world.station().count("SELECT COUNT(*) FROM sync_stale WHERE entity = ? AND incoming_version = 1 "
                + "AND stored_version = 2", HubUpdates.CATALOG_ITEM));
    }

    @Test
    void platformDataForACancelledOrderIsNotAppliedAndIsReported() {
        Order order = paidOrder();
        Order cancelled = station.orders().cancel(order.id(), order.version(), "changed her mind");
        hub.hubReturns().sendPlatformData(SyncWorld.STATION, order.id(), "TB-1", null);
        ImportOutcome o = importAtStation(writeReturn());
        assertEquals(State.APPLIED, o.state());
        assertEquals(1, o.stale());
        Order now = station.orders().get(order.id());
        assertEquals(OrderStatus.CANCELLED, now.status());
        assertNull(now.platformOrderNo());
        assertEquals(cancelled.version(), now.version());
    }

    @Test
    void aBadRecordRefusesTheWholeBatchAndNothingIsApplied() {
        Order order = paidOrder();
        UUID item = UUID.randomUUID();
        hub.hubReturns().publishCatalogItem(item, "茶砖 tea brick", Platform.TAOBAO, null, Money.ofFen(3_000),
                ItemCategory.FOOD, true);
        hub.hubReturns().sendPlatformData(SyncWorld.STATION, order.id(), "TB-2", null);
        // a field the station owns (the order's money) slipped into the queue past the hub's own checks
        hub.sync().returnQueue().enqueue(SyncWorld.STATION, HubUpdates.ORDER_PLATFORM, order.id(), 9, Operation.UPDATE,
                Map.of("platformOrderNo", "TB-2", "paidFen", 0));
        var before = SyncWorld.dump(station);
        ImportOutcome o = importAtStation(writeReturn());
        assertEquals(State.REFUSED, o.state());
        assertEquals("error.sync.notHubField", o.messageKey());
        assertEquals(before, SyncWorld.dump(station), "not the catalog item, not the placement: nothing");
        assertEquals(OrderStatus.PAID, station.orders().get(order.id()).status());
    }

    @Test
    void theHubRefusesFieldsItDoesNotOwnAndStationlessOrderUpdates() {
        var e = assertThrows(InvalidInputException.class, () -> hub.hubReturns().queue(SyncWorld.STATION,
                HubUpdates.ORDER_PLATFORM, UUID.randomUUID(), Operation.UPDATE, Map.of("status", "COLLECTED")));
        assertEquals("error.sync.notHubField", e.messageKey());
        var e2 = assertThrows(InvalidInputException.class, () -> hub.hubReturns().sendPlatformData(null, UUID.randomUUID(),
                "TB-3", null));
        assertEquals("error.sync.stationNeeded", e2.messageKey());
        assertEquals(0, hub.sync().returnQueue().pending(SyncWorld.STATION));
    }
}
