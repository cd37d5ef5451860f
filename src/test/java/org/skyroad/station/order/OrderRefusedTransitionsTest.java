package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;

/**
 * The transitions that make no sense, each on a fresh order brought to its status in one
 * shared station (a refusal writes nothing, so the cases cannot disturb each other).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderRefusedTransitionsTest {

    OrderStation st;
    int tracking;

    @BeforeAll
    void open(@TempDir Path dir) {
        st = OrderStation.open(dir);
    }

    @AfterAll
    void close() {
        st.close();
    }

    /**
     * Every action against every status it makes no sense in: refused with a sentence, and
     * nothing written.
     */
    @ParameterizedTest(name = "{0}: {1} is refused")
    @CsvSource(textBlock = """
            DRAFT,     place
            DRAFT,     ship
            DRAFT,     arrive
            DRAFT,     collect
            DRAFT,     refund
            DRAFT,     return
            DRAFT,     price
            PAID,      edit
            PAID,      ship
            PAID,      arrive
            PAID,      collect
            PAID,      return
            PLACED,    edit
            PLACED,    cancel
            PLACED,    place
            PLACED,    collect
            SHIPPED,   cancel
            SHIPPED,   place
            SHIPPED,   ship
            SHIPPED,   collect
            ARRIVED,   cancel
            ARRIVED,   place
            ARRIVED,   ship
            ARRIVED,   arrive
            COLLECTED, pay
            COLLECTED, cancel
            COLLECTED, place
            COLLECTED, ship
            COLLECTED, arrive
            COLLECTED, collect
            COLLECTED, price
            CANCELLED, pay
            CANCELLED, cancel
            CANCELLED, place
            CANCELLED, refund
            CANCELLED, return
            CANCELLED, price
            REFUNDED,  pay
            REFUNDED,  refund
            REFUNDED,  return
            REFUNDED,  collect
            REFUNDED,  place
            """)
    void anActionThatMakesNoSenseIsRefused(OrderStatus status, String action) {
        Order o = inStatus(status);
        String before = st.footprint();
        StationException e = assertThrows(StationException.class, () -> act(o, action));
        assertEquals("error.order.transition", e.messageKey(), e.messageKey() + " " + List.of(e.args()));
        assertEquals(before, st.footprint(), "a refusal writes nothing");
    }

    private Order inStatus(OrderStatus status) {
        Order o = switch (status) {
            case DRAFT -> st.desk.create(st.twoLines());
            case PAID -> st.desk.createAndPay(st.twoLines(), yuan("100"));
            case PLACED -> st.placed();
            case SHIPPED -> st.shipped(nextTracking());
            case ARRIVED -> {
                Order s = st.shipped(nextTracking());
                yield st.desk.markArrived(s.id(), s.version(), null);
            }
            case COLLECTED -> {
                Order s = st.shipped(nextTracking());
                Order a = st.desk.markArrived(s.id(), s.version(), null);
                yield st.desk.collect(a.id(), a.version(), Money.ZERO);
            }
            case CANCELLED -> {
                Order p = st.desk.createAndPay(st.twoLines(), yuan("100"));
                yield st.desk.cancel(p.id(), p.version(), "wrong size");
            }
            case REFUNDED -> {
                Order p = st.placed();
                yield st.desk.returnOrder(p.id(), p.version(), yuan("300"), "platform cancelled");
            }
        };
        assertEquals(status, o.status());
        return o;
    }

    private void act(Order o, String action) {
        long v = o.version();
        switch (action) {
            case "edit" -> st.desk.updateDraft(o.id(), v, st.twoLines());
            case "pay" -> st.desk.pay(o.id(), v, yuan("1"));
            case "cancel" -> st.desk.cancel(o.id(), v, "why not");
            case "place" -> st.desk.markPlaced(o.id(), v, "P-1");
            case "ship" -> st.desk.markShipped(o.id(), v, "ZT9988776655");
            case "arrive" -> st.desk.markArrived(o.id(), v, null);
            case "collect" -> st.desk.collect(o.id(), v, o.balanceDue());
            case "refund" -> st.desk.refund(o.id(), v, yuan("1"), "why not");
            case "return" -> st.desk.returnOrder(o.id(), v, Money.ZERO, "why not");
            case "price" -> st.desk.changePrice(o.id(), v, yuan("1"), "why not");
            default -> throw new IllegalArgumentException(action);
        }
    }

    private String nextTracking() {
        return "SF1002003" + String.format("%05d", ++tracking);
    }
}
