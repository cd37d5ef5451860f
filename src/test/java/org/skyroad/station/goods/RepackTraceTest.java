package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotOrigin;
import org.skyroad.station.domain.goods.LotTrace;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.MutableClock;

/** Splits and merges keep their parents: a packed lot traces back to every source lot, and a source forward. */
class RepackTraceTest {

    @TempDir
    Path dir;
    MutableClock clock;
    GoodsFixture g;
    Product honey;
    Producer pema;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
        g = GoodsFixture.open(dir, clock);
        honey = g.honey();
        pema = g.producer("白玛");
    }

    @AfterEach
    void close() {
        g.close();
    }

    private Lot jars(int n) {
        clock.advance(Duration.ofMinutes(5));
        return g.intake(pema, honey, "一级", org.skyroad.station.domain.goods.Quantity.of(n, honey.unit()), GoodsFixture.yuan("80"));
    }

    private org.skyroad.station.domain.goods.Quantity q(long n) {
        return org.skyroad.station.domain.goods.Quantity.of(n, honey.unit());
    }

    @Test
    void aSplitMakesNewLotsThatKeepTheirParentAndTakesTheirStock() {
        Lot source = jars(20);
        clock.advance(Duration.ofHours(1));
        List<Lot> parts = g.desk.split(source.id(), List.of(q(6), q(4)), "gift boxes");
        assertEquals(2, parts.size());
        assertEquals(10, g.desk.lot(source.id()).onHand().amount());
        for (Lot part : parts) {
            assertEquals(LotOrigin.SPLIT, part.origin());
            assertEquals(source.bestBefore(), part.bestBefore());
            LotTrace t = g.desk.trace(part.code());
            assertEquals(List.of(source.id()), t.sources().stream().map(Lot::id).toList());
        }
    }

    @Test
    void aMergedLotTracesBackToEverySourceThroughEarlierSplits() {
        Lot a = jars(10);
        Lot b = jars(8);
        Lot c = jars(5);
        clock.advance(Duration.ofHours(1));
        Lot aPart = g.desk.split(a.id(), List.of(q(4)), null).get(0);
        clock.advance(Duration.ofHours(1));
        Lot packed = g.desk.merge(List.of(new ConsignmentDesk.MergeItem(aPart.id(), q(4)),
                new ConsignmentDesk.MergeItem(b.id(), q(8)), new ConsignmentDesk.MergeItem(c.id(), q(2))), "livestream pack");
        assertEquals(14, packed.received().amount());
        assertEquals(LotOrigin.MERGE, packed.origin());
        LotTrace t = g.desk.trace(packed.code());
        assertEquals(Set.of(a.id(), aPart.id(), b.id(), c.id()), t.sources().stream().map(Lot::id).collect(Collectors.toSet()));
        assertEquals(3, t.events().stream().filter(e -> e.kind() == TraceEvent.Kind.INTAKE).count(), "every intake is in the history");
        assertEquals(1, t.events().stream().filter(e -> e.kind() == TraceEvent.Kind.SPLIT).count());
        assertEquals(3, t.events().stream().filter(e -> e.kind() == TraceEvent.Kind.MERGE).count());
        assertEquals(0, g.desk.lot(b.id()).onHand().amount());
        assertEquals(3, g.desk.lot(c.id()).onHand().amount());
    }

    @Test
    void aSourceLotTracesForwardToThePackAndItsSale() {
        Lot a = jars(10);
        Lot b = jars(10);
        clock.advance(Duration.ofHours(1));
        Lot packed = g.desk.merge(List.of(new ConsignmentDesk.MergeItem(a.id(), q(5)), new ConsignmentDesk.MergeItem(b.id(), q(5))), null);
        clock.advance(Duration.ofHours(1));
        g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.LIVESTREAM, "抖音直播", null, "LIVE-HONEY", null,
                List.of(new ConsignmentDesk.SaleItem(packed.id(), q(6), null))));
        LotTrace t = g.desk.trace(a.code());
        assertEquals(List.of(packed.id()), t.derived().stream().map(Lot::id).toList());
        assertTrue(t.sources().isEmpty());
        List<TraceEvent.Kind> kinds = t.events().stream().map(TraceEvent::kind).toList();
        assertEquals(List.of(TraceEvent.Kind.INTAKE, TraceEvent.Kind.MERGE, TraceEvent.Kind.SALE), kinds);
        TraceEvent sale = t.events().get(2);
        assertEquals(packed.code(), sale.lotCode());
        assertTrue(sale.detail().contains("LIVE-HONEY"), sale.detail());
    }

    @Test
    void theHistoryIsInTimeOrder() {
        Lot a = jars(10);
        clock.advance(Duration.ofHours(2));
        Lot part = g.desk.split(a.id(), List.of(q(3)), null).get(0);
        clock.advance(Duration.ofHours(2));
        g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.WHOLESALER, "拉萨批发", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(part.id(), q(3), null))));
        List<TraceEvent> events = g.desk.trace(part.code()).events();
        for (int i = 1; i < events.size(); i++) {
            assertTrue(!events.get(i).at().isBefore(events.get(i - 1).at()), events.toString());
        }
        assertEquals(TraceEvent.Kind.INTAKE, events.get(0).kind());
    }

    @Test
    void lotsOfTwoProducersAreNeverMerged() {
        Lot a = jars(5);
        Producer other = g.producer("尼玛");
        Lot b = g.intake(other, honey, "一级", q(5), GoodsFixture.yuan("80"));
        var e = assertThrows(ConflictException.class, () -> g.desk.merge(List.of(new ConsignmentDesk.MergeItem(a.id(), q(5)),
                new ConsignmentDesk.MergeItem(b.id(), q(5))), null));
        assertEquals("error.lot.mergeDifferentProducers", e.messageKey());
        assertEquals(5, g.desk.lot(a.id()).onHand().amount(), "nothing was taken");
    }

    @Test
    void aSplitOfMoreThanTheStockIsRefused() {
        Lot a = jars(5);
        var e = assertThrows(ConflictException.class, () -> g.desk.split(a.id(), List.of(q(3), q(3)), null));
        assertEquals("error.lot.notEnough", e.messageKey());
        assertEquals(0, g.count("SELECT COUNT(*) FROM lot_parent"));
    }

    @Test
    void traceOfAnUnknownCodeSaysSo() {
        LotCode code = g.desk.lot(jars(1).id()).code();
        LotCode other = new LotCode(code.stationPart(), code.date().minusDays(1),
                LotCode.isIssuable(code.stationPart(), code.date().minusDays(1), 1) ? 1 : 2);
        var e = assertThrows(NotFoundException.class, () -> g.desk.trace(other));
        assertEquals("error.lot.notFound", e.messageKey());
    }
}
