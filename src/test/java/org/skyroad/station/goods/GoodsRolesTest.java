package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.LossBearer;
import org.skyroad.station.domain.goods.LossReason;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.TestStation;

/** Counter work is an operator's; settlements, the catalog and charging a producer are a manager's. */
class GoodsRolesTest {

    @TempDir
    Path dir;
    GoodsFixture g;
    Product butter;
    Producer tashi;
    Lot lot;

    @BeforeEach
    void open() {
        g = GoodsFixture.open(dir);
        butter = g.butter();
        tashi = g.producer("扎西");
        lot = g.intake(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"));
    }

    @AfterEach
    void close() {
        g.close();
    }

    private long auditRows() {
        return g.count("SELECT COUNT(*) FROM audit_log");
    }

    @Test
    void anOperatorTakesInSellsAndTracesButCannotSettle() {
        TestStation.actAs(g.rt, Role.OPERATOR);
        assertDoesNotThrow(() -> g.intake(tashi, butter, "一级", GoodsFixture.kg("2"), GoodsFixture.yuan("80")));
        assertDoesNotThrow(() -> g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.COUNTY_CENTER, "县中心", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), GoodsFixture.kg("1"), null)))));
        assertDoesNotThrow(() -> g.desk.trace(lot.code()));
        long audit = auditRows();
        LocalDate today = g.desk.today();
        var e = assertThrows(AccessDeniedException.class, () -> g.desk.settle(tashi.id(), today.withDayOfMonth(1), today));
        assertEquals("error.access.denied", e.messageKey());
        assertThrows(AccessDeniedException.class, () -> g.desk.previewSettlement(tashi.id(), today.withDayOfMonth(1), today));
        assertThrows(AccessDeniedException.class, () -> g.desk.settleAll(today.withDayOfMonth(1), today, null));
        assertThrows(AccessDeniedException.class, () -> g.cashmere());
        assertEquals(audit, auditRows(), "a refused call writes nothing");
    }

    @Test
    void chargingALossToTheProducerIsAManagersCall() {
        TestStation.actAs(g.rt, Role.OPERATOR);
        assertThrows(AccessDeniedException.class, () -> g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null,
                GoodsFixture.kg("1"), LossReason.SPOILED, LossBearer.PRODUCER, null, null)));
        assertDoesNotThrow(() -> g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null,
                GoodsFixture.kg("1"), LossReason.SPOILED, LossBearer.STATION, null, null)));
        TestStation.actAs(g.rt, Role.MANAGER);
        assertDoesNotThrow(() -> g.desk.recordLoss(new ConsignmentDesk.LossRequest(lot.id(), null,
                GoodsFixture.kg("1"), LossReason.SPOILED, LossBearer.PRODUCER, null, null)));
    }

    @Test
    void aManagerSettlesAndPays() {
        g.desk.sell(new ConsignmentDesk.SaleRequest(BuyerKind.COUNTY_CENTER, "县中心", null, null, null,
                List.of(new ConsignmentDesk.SaleItem(lot.id(), GoodsFixture.kg("1"), null))));
        TestStation.actAs(g.rt, Role.MANAGER);
        LocalDate today = g.desk.today();
        Settlement s = g.desk.settle(tashi.id(), today.withDayOfMonth(1), today);
        TestStation.actAs(g.rt, Role.OPERATOR);
        assertThrows(AccessDeniedException.class, () -> g.desk.pay(s.id(), PayoutMethod.CASH, null));
        assertThrows(AccessDeniedException.class, () -> g.desk.statement(s.id()));
        TestStation.actAs(g.rt, Role.MANAGER);
        assertDoesNotThrow(() -> g.desk.pay(s.id(), PayoutMethod.CASH, null));
    }

    @Test
    void nobodySignedInCanDoNothing() {
        g.rt.session().signOut();
        var e = assertThrows(AccessDeniedException.class, () -> g.desk.trace(lot.code()));
        assertEquals("error.access.notSignedIn", e.messageKey());
    }
}
