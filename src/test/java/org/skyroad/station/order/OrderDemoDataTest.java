package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.persistence.JdbcOrderRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.OrderDemoData;

/** Demo orders in every state over three months, with their cash and a close each evening, all adding up. */
class OrderDemoDataTest {

    @TempDir
    Path dir;

    @Test
    void demoOrdersComeInEveryStateAndTheirCashAddsUp() {
        try (OrderStation st = OrderStation.open(dir)) {
            st.as(Role.ADMIN);
            var demo = new OrderDemoData(st.ctx, st.desk, st.cash, new JdbcOrderRepository(st.jdbc),
                    new JdbcVillagerRepository(st.jdbc), new JdbcStationRepository(st.jdbc));
            OrderDemoData.Result r = demo.fill(7, 300, Progress.NONE);
            assertEquals(300, r.orders());
            assertEquals(300, st.count("SELECT COUNT(*) FROM assisted_order"));
            assertEquals(8, st.count("SELECT COUNT(DISTINCT status) FROM assisted_order"), "every state");
            assertEquals(90, r.closes());
            assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order o WHERE o.paid_fen <> (SELECT COALESCE(SUM(m.amount_fen), 0) "
                    + "FROM cash_movement m WHERE m.reference_id = o.id)"));
            assertEquals(st.cash.expectedBalance(), st.cash.expectedBalanceFromMovements());
            assertTrue(st.count("SELECT COUNT(*) FROM cash_close WHERE reason IS NOT NULL") > 0, "some closes have a difference");
            assertEquals(st.count("SELECT COUNT(*) FROM cash_movement"), st.count("SELECT MAX(seq) FROM cash_movement"));
            assertEquals(300, st.outboxRows("assisted_order"));
            // Numbers run per month without gaps.
            assertEquals(st.count("SELECT COUNT(*) FROM assisted_order"),
                    st.count("SELECT SUM(n) FROM (SELECT MAX(CAST(SUBSTRING(order_no, 13) AS INT)) AS n FROM assisted_order "
                            + "GROUP BY SUBSTRING(order_no, 8, 4))"));
            // The benchmark saves new orders on top of the history.
            st.as(Role.OPERATOR);
            var draft = OrderDemoData.benchDraft(new Random(1), demo.someVillagers(5).get(0));
            st.desk.createAndPay(draft, st.desk.quote(draft).total());
            assertEquals(301, st.desk.count());
        }
    }

    @Test
    void aBusyYearForTheBenchmarkKeepsTheDrawerCountable() {
        try (OrderStation st = OrderStation.open(dir)) {
            st.as(Role.ADMIN);
            var demo = new OrderDemoData(st.ctx, st.desk, st.cash, new JdbcOrderRepository(st.jdbc),
                    new JdbcVillagerRepository(st.jdbc), new JdbcStationRepository(st.jdbc));
            // 1,500 orders a day: the day's takings far exceed what was once sent to the credit union.
            OrderDemoData.Result r = demo.bulk(3, 6_000, 4, Progress.NONE);
            assertEquals(6_000, r.orders());
            assertEquals(0, st.count("SELECT COUNT(*) FROM cash_close WHERE counted_fen > 100000000"), "every close countable");
            assertTrue(st.cash.expectedBalance().fen() <= 100_000 + 200_000, "the drawer is emptied to its float each evening");
            assertEquals(st.cash.expectedBalance(), st.cash.expectedBalanceFromMovements());
        }
    }
}
