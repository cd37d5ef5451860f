package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.service.OrderDesk;

/** Finding orders, the "to place when online" queue, a villager's orders in flight, and the fees of a month. */
class OrderFindAndQueueTest {

    @TempDir
    Path dir;
    OrderStation st;
    Order first;
    Order second;
    Order forDrolma;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
        first = st.desk.createAndPay(st.twoLines(), yuan("325.00"));
        st.later(Duration.ofMinutes(5));
        second = st.desk.createAndPay(st.oneLine(st.tashi, "45.00"), yuan("20.00"));
        second = st.desk.markPlaced(second.id(), second.version(), "PDD-240011223344");
        st.later(Duration.ofMinutes(5));
        forDrolma = st.desk.createAndPay(st.oneLine(st.drolma, "88.00"), yuan("92.40"));
    }

    @AfterEach
    void close() {
        st.close();
    }

    private List<String> found(String text) {
        return st.desk.find(text).stream().map(l -> l.order().number()).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(textBlock = """
            TS-003-2611-0001,   TS-003-2611-0001
            ts-003-2611-0002,   TS-003-2611-0002
            2611-0003,          TS-003-2611-0003
            0002,               TS-003-2611-0002
            PDD-240011223344,   TS-003-2611-0002
            5678,               TS-003-2611-0002|TS-003-2611-0001
            13955556666,        TS-003-2611-0003
            扎西,                TS-003-2611-0002|TS-003-2611-0001
            སྒྲོལ་མ,               TS-003-2611-0003
            nobody,             ''
            """)
    void findsByNumberPlatformNumberOrVillager(String text, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split("\\|")), found(text));
    }

    @Test
    void theQueueListsPaidOrdersOldestFirstWithTheirLinks() {
        List<OrderDesk.Listed> queue = st.desk.toPlace();
        assertEquals(List.of(first.number(), forDrolma.number()), queue.stream().map(l -> l.order().number()).toList());
        assertEquals("https://item.taobao.com/item.htm?id=1001", queue.get(0).order().lines().get(0).link());
        assertEquals("扎西次仁", queue.get(0).villagerName());
    }

    @Test
    void platformNumbersAreTypedForTheWholeQueueAtOnce() {
        List<Order> placed = st.desk.markPlacedAll(List.of(
                new OrderDesk.Placement(first.id(), first.version(), "TB 3344"),
                new OrderDesk.Placement(forDrolma.id(), forDrolma.version(), "PDD-99")));
        assertEquals(List.of(OrderStatus.PLACED, OrderStatus.PLACED), placed.stream().map(Order::status).toList());
        assertEquals(List.of(), st.desk.toPlace());
        assertEquals(List.of(first.number()), found("TB3344"));
    }

    @Test
    void oneStaleLineInTheQueueLeavesTheWholeQueueAsItWas() {
        String before = st.footprint();
        assertThrows(ConflictException.class, () -> st.desk.markPlacedAll(List.of(
                new OrderDesk.Placement(first.id(), first.version(), "TB-1"),
                new OrderDesk.Placement(second.id(), second.version(), "PDD-2"))));
        assertEquals(before, st.footprint());
    }

    @Test
    void theCounterShowsAVillagersOrdersInFlightAndWhatTheyOwe() {
        assertEquals(List.of(first.id(), second.id()), st.desk.inFlightFor(st.tashi.id()).stream().map(Order::id).toList());
        assertEquals(yuan("27.25"), st.desk.balanceDueFor(st.tashi.id()), "45 + 2.25 fee - 20 paid");
        assertEquals(Money.ZERO, st.desk.balanceDueFor(st.drolma.id()));
    }

    @Test
    void feesAreSummedPerDayForTheMonthlyReport() {
        Order cancelled = st.desk.createAndPay(st.oneLine(st.drolma, "10.00"), yuan("12.00"));
        st.desk.cancel(cancelled.id(), cancelled.version(), "not needed");
        st.later(Duration.ofDays(1));
        st.desk.createAndPay(st.oneLine(st.drolma, "100.00"), yuan("105.00"));
        assertThrows(AccessDeniedException.class, () -> st.desk.fees(YearMonth.of(2026, 11)));
        st.as(Role.MANAGER);
        OrderDesk.FeeMonth m = st.desk.fees(YearMonth.of(2026, 11));
        assertEquals(2, m.days().size());
        assertEquals(3, m.days().get(0).orders(), "the cancelled order is left out");
        assertEquals(yuan("21.65"), m.days().get(0).fees(), "15.00 + 2.25 + 4.40");
        assertEquals(yuan("26.65"), m.fees());
        assertEquals(4, m.orders());
    }
}
