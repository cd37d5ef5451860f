package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderRef;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.persistence.JdbcParcelDropOffRepository;
import org.skyroad.station.persistence.JdbcParcelHandoverRepository;
import org.skyroad.station.persistence.JdbcParcelRepository;
import org.skyroad.station.persistence.JdbcParcelRunRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.ParcelDesk;

/** The parcel that arrives with an order's tracking number is matched to it; handing it over collects the order. */
class OrderParcelMatchTest {

    @TempDir
    Path dir;
    OrderStation st;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
    }

    @AfterEach
    void close() {
        st.close();
    }

    @Test
    void theArrivingParcelWithTheTrackingNumberMarksTheOrderArrived() {
        Order o = st.shipped("SF 1234 5678 9012");
        UUID parcel = UUID.randomUUID();
        Optional<OrderRef> ref = st.desk.markArrivedByTracking("SF123456789012", parcel);
        assertEquals(o.id(), ref.orElseThrow().orderId());
        assertEquals(OrderStatus.ARRIVED, ref.get().status());
        Order now = st.desk.get(o.id());
        assertEquals(parcel, now.parcelId());
        assertEquals(Optional.of(ref.get()), st.desk.orderForParcel(parcel));
    }

    @Test
    void aParcelNoOrderWaitsForMatchesNothingAndWritesNothing() {
        st.shipped("SF123456789012");
        String before = st.footprint();
        assertEquals(Optional.empty(), st.desk.markArrivedByTracking("YT0000000001", UUID.randomUUID()));
        assertEquals(Optional.empty(), st.desk.markArrivedByTracking("  ", UUID.randomUUID()));
        assertEquals(before, st.footprint());
    }

    @Test
    void aParcelArrivingTwiceMatchesTheOrderOnce() {
        st.shipped("SF123456789012");
        assertTrue(st.desk.markArrivedByTracking("SF123456789012", UUID.randomUUID()).isPresent());
        assertEquals(Optional.empty(), st.desk.markArrivedByTracking("SF123456789012", UUID.randomUUID()));
    }

    @Test
    void theParcelDeskCheckInMatchesTheOrderInItsOwnTransaction() {
        Order o = st.shipped("sf1234 5678 9012");
        var jdbc = st.jdbc;
        ParcelDesk parcels = new ParcelDesk(st.ctx, new JdbcParcelRepository(jdbc), new JdbcParcelHandoverRepository(jdbc),
                new JdbcParcelRunRepository(jdbc), new JdbcParcelDropOffRepository(jdbc), new JdbcVillagerRepository(jdbc),
                new JdbcVillageRepository(jdbc), new JdbcStationRepository(jdbc));
        // What ParcelLinks does in ParcelDesk.checkIn: the match runs inside the check-in transaction.
        Optional<OrderRef> matched = st.ctx.tx().inTransaction(() -> {
            var r = parcels.checkIn(ParcelDesk.CheckIn.scanned("]C1SF123456789012"));
            return st.desk.markArrivedByTracking(r.parcel().tracking().value(), r.parcel().id());
        });
        assertEquals(o.number(), matched.orElseThrow().orderNumber());
        UUID parcelId = st.desk.get(o.id()).parcelId();
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel WHERE id = ? AND tracking_number = 'SF123456789012'", parcelId));
    }

    @Test
    void aFailedCheckInLeavesTheOrderShipped() {
        Order o = st.shipped("SF123456789012");
        assertThrows(IllegalStateException.class, () -> st.ctx.tx().inTransaction(() -> {
            st.desk.markArrivedByTracking("SF123456789012", UUID.randomUUID());
            throw new IllegalStateException("the check-in failed after the match");
        }));
        assertEquals(OrderStatus.SHIPPED, st.desk.get(o.id()).status());
    }

    @Test
    void handingTheParcelOverCollectsAPaidOrder() {
        Order o = st.shipped("SF123456789012");
        UUID parcel = UUID.randomUUID();
        st.desk.markArrivedByTracking("SF123456789012", parcel);
        OrderRef ref = st.desk.markCollectedByParcel(parcel).orElseThrow();
        assertEquals(OrderStatus.COLLECTED, ref.status());
        assertEquals(OrderStatus.COLLECTED, st.desk.get(o.id()).status());
        assertEquals(Optional.empty(), st.desk.markCollectedByParcel(UUID.randomUUID()), "a parcel of no order");
    }

    @Test
    void aParcelIsNotHandedOverWhileItsOrderHasABalanceDue() {
        Order o = st.desk.createAndPay(st.twoLines(), yuan("100.00"));
        o = st.desk.markPlaced(o.id(), o.version(), "TB-1");
        o = st.desk.markShipped(o.id(), o.version(), "ZT5566778899");
        UUID parcel = UUID.randomUUID();
        OrderRef arrived = st.desk.markArrivedByTracking("ZT5566778899", parcel).orElseThrow();
        assertEquals(yuan("225.00"), arrived.balanceDue());
        var e = assertThrows(ConflictException.class, () -> st.desk.markCollectedByParcel(parcel));
        assertEquals("error.order.balanceDue", e.messageKey());
        Order a = st.desk.get(o.id());
        st.desk.pay(a.id(), a.version(), yuan("225.00"));
        assertEquals(Money.ZERO, st.desk.markCollectedByParcel(parcel).orElseThrow().balanceDue());
    }
}
