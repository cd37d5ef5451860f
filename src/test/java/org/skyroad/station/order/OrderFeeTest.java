package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderQuote;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.order.ServiceFeeRule;
import org.skyroad.station.domain.staff.Role;

/** The fee on orders: quoted before saving, the station's rule set by an admin, one order's fee set by a manager. */
class OrderFeeTest {

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
    void theQuoteShowsGoodsShippingFeeAndTotalWithoutSaving() {
        String before = st.footprint();
        OrderQuote q = st.desk.quote(st.twoLines());
        assertEquals(Money.parse("300.00"), q.goods());
        assertEquals(Money.parse("10.00"), q.shipping());
        assertEquals(Money.parse("15.00"), q.fee(), "the default rule: 5 % of the goods, at least 2 yuan");
        assertEquals(Money.parse("325.00"), q.total());
        assertEquals(before, st.footprint());
    }

    @Test
    void anAdminChangesTheRuleAndNewOrdersUseItWhileSavedOrdersKeepTheirFee() {
        Order old = st.desk.create(st.twoLines());
        st.as(Role.ADMIN).desk.updateFeeRule(ServiceFeeRule.perLine(Money.parse("4")));
        st.as(Role.OPERATOR);
        assertEquals(Money.parse("8.00"), st.desk.quote(st.twoLines()).fee());
        assertEquals(Money.parse("15.00"), st.desk.get(old.id()).fee());
        assertEquals(1, st.outboxRows("order_settings"));
    }

    @Test
    void anOperatorCannotChangeTheRuleNorSetAFeeByHand() {
        String before = st.footprint();
        assertThrows(AccessDeniedException.class, () -> st.desk.updateFeeRule(ServiceFeeRule.fixed(Money.ZERO)));
        assertThrows(AccessDeniedException.class, () -> st.desk.create(st.twoLines().withFee(Money.ZERO, "friend")));
        Order o = st.desk.create(st.twoLines());
        String after = st.footprint();
        assertThrows(AccessDeniedException.class, () -> st.desk.overrideFee(o.id(), o.version(), Money.ZERO, "friend"));
        assertEquals(after, st.footprint());
        assertEquals(false, before.equals(after));
    }

    @Test
    void aManagerSetsTheFeeOfOneOrderWithAReason() {
        st.as(Role.MANAGER);
        Order o = st.desk.createAndPay(st.twoLines().withFee(Money.parse("5"), "五保户 household in need"),
                Money.parse("315.00"));
        assertEquals(Money.parse("5.00"), o.fee());
        assertEquals(true, o.feeOverridden());
        Order again = st.desk.overrideFee(o.id(), o.version(), Money.ZERO, "waived by the township");
        assertEquals(Money.ZERO, again.fee());
        assertEquals(Money.parse("5.00"), again.refundDue(), "the fee already paid is now owed back");
        assertEquals("waived by the township", st.desk.history(o.id()).stream()
                .filter(e -> e.type().name().equals("FEE_OVERRIDDEN")).reduce((a, b) -> b).orElseThrow().detail());
        assertEquals("error.order.reasonRequired", assertThrows(InvalidInputException.class,
                () -> st.desk.overrideFee(o.id(), again.version(), Money.ZERO, "  ")).messageKey());
    }

    @Test
    void perLineFeeCountsLinesNotQuantities() {
        st.as(Role.ADMIN).desk.updateFeeRule(ServiceFeeRule.perLine(Money.parse("2")));
        st.as(Role.OPERATOR);
        OrderDraft d = OrderDraft.of(st.tashi.id(), List.of(
                OrderDraft.Line.of(Platform.JD, "电饭煲 rice cooker", null, 3, Money.parse("199"))), Money.ZERO);
        assertEquals(Money.parse("2.00"), st.desk.quote(d).fee());
    }
}
