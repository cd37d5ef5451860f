package org.skyroad.station.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.cash.DailyClose;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.order.OrderStation;

/**
 * Ten thousand mixed operations from a seeded random source: orders made, paid, placed,
 * shipped, arrived, collected, refunded, cancelled, returned and repriced, payments reversed,
 * cash put in and taken out, the drawer closed with and without differences; many of them
 * refused on purpose. Afterwards the drawer's expected balance is the last count plus the sum
 * of the movements since, every order's paid total is the sum of its movements, and no order
 * got back more than it paid.
 *
 * <p>Operations run in batches of {@value #BATCH} inside one transaction each (the services
 * join it), which keeps the test fast; a refusal must then leave nothing behind, since a
 * half-written refusal would break the sums this test checks.
 */
class RandomizedLedgerTest {

    static final int OPERATIONS = 10_000;
    static final int BATCH = 250;

    @TempDir
    Path dir;
    OrderStation st;
    final Random random = new Random(20261120L);
    final List<UUID> orders = new ArrayList<>();
    /** The newest version of each order this test saw; read again after changes made around it. */
    final Map<UUID, Order> seen = new HashMap<>();
    final List<Villager> people = new ArrayList<>();
    final Map<String, Integer> done = new HashMap<>();
    final Map<String, Integer> refused = new HashMap<>();
    int tracking;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
        people.add(st.tashi);
        people.add(st.drolma);
        st.as(Role.ADMIN);
        for (int i = 0; i < 6; i++) {
            people.add(st.rt.villagers().create(new VillagerDraft("村民" + i, null, st.village.id(), null, null, null,
                    true, true), true));
        }
        st.as(Role.OPERATOR);
        st.cash.record(CashMovementKind.FLOAT_IN, Money.parse("2000.00"), "float for the test", null, null);
    }

    @AfterEach
    void close() {
        st.close();
    }

    @Test
    void afterTenThousandMixedOperationsEveryYuanIsAccountedFor() {
        for (int start = 0; start < OPERATIONS; start += BATCH) {
            int n = Math.min(BATCH, OPERATIONS - start);
            st.ctx.tx().inTransaction(() -> {
                for (int i = 0; i < n; i++) {
                    String op = pick();
                    try {
                        run(op);
                        done.merge(op, 1, Integer::sum);
                    } catch (StationException e) {
                        refused.merge(op + " " + e.messageKey(), 1, Integer::sum);
                    } finally {
                        st.as(Role.OPERATOR);
                    }
                }
            });
            st.later(Duration.ofMinutes(37));
        }
        int total = done.values().stream().mapToInt(Integer::intValue).sum()
                + refused.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(OPERATIONS, total);
        assertTrue(refused.size() > 5, "refusals were exercised: " + refused);
        assertTrue(done.size() >= 14, "every kind of operation succeeded at least once: " + done);

        // The drawer: expected = last count + movements since, three ways.
        Money fromDrawerRow = st.cash.expectedBalance();
        assertEquals(fromDrawerRow, st.cash.expectedBalanceFromMovements());
        long lastCounted = st.count("SELECT COALESCE(MAX(c.counted_fen), 0) FROM cash_close c "
                + "JOIN cash_drawer d ON d.last_close_id = c.id");
        long lastSeq = st.count("SELECT COALESCE(MAX(c.to_seq), 0) FROM cash_close c JOIN cash_drawer d ON d.last_close_id = c.id");
        assertEquals(fromDrawerRow.fen(), lastCounted
                + st.count("SELECT COALESCE(SUM(amount_fen), 0) FROM cash_movement WHERE seq > ?", lastSeq));
        assertEquals(st.count("SELECT COUNT(*) FROM cash_movement"), st.count("SELECT MAX(seq) FROM cash_movement"),
                "movement numbers have no gaps");
        assertEquals(st.count("SELECT COALESCE(SUM(amount_fen), 0) FROM cash_movement"),
                st.count("SELECT total_fen FROM cash_drawer"));

        // Every order: paid = sum of its movements, never below zero, refunds never above payments.
        assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order o WHERE o.paid_fen <> (SELECT COALESCE(SUM(m.amount_fen), 0) "
                + "FROM cash_movement m WHERE m.reference_entity = 'assisted_order' AND m.reference_id = o.id)"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order WHERE paid_fen < 0"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order o WHERE o.refunded_fen > (SELECT COALESCE(SUM(m.amount_fen), 0) "
                + "FROM cash_movement m WHERE m.reference_entity = 'assisted_order' AND m.reference_id = o.id "
                + "AND m.amount_fen > 0)"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order WHERE status = 'CANCELLED' AND paid_fen <> 0"));
        assertEquals(0, st.count("SELECT COUNT(*) FROM assisted_order WHERE status = 'COLLECTED' AND paid_fen < total_fen "
                + "AND id NOT IN (SELECT reference_id FROM cash_movement WHERE kind = 'CORRECTION' AND reference_id IS NOT NULL)"));
        // And the same through the service, order by order, for the ones the test touched.
        for (UUID id : orders.subList(0, Math.min(200, orders.size()))) {
            Order o = st.desk.get(id);
            Money sum = Money.ZERO;
            for (CashMovement m : st.desk.movements(id)) {
                sum = sum.plus(m.amount());
            }
            assertEquals(o.paid(), sum, o.number());
        }
        // Audit and outbox rows: one per change, the outbox without gaps.
        assertEquals(st.count("SELECT COUNT(*) FROM outbox"), st.count("SELECT MAX(seq) FROM outbox"));
    }

    private static final String[] OPS = {
        "createAndPay", "createAndPay", "createAndPay", "create", "pay", "pay", "place", "place", "ship", "ship",
        "arriveByTracking", "arriveByTracking", "collect", "collect", "collectByParcel", "refund", "cancel",
        "returnOrder", "changePrice", "overrideFee", "reverse", "cashIn", "cashOut", "close", "nonsense",
    };

    private String pick() {
        return OPS[random.nextInt(OPS.length)];
    }

    private Order anyOrder() {
        if (orders.isEmpty()) {
            return null;
        }
        // Mostly recent orders, so lives reach their end; sometimes any order.
        int n = orders.size();
        int i = random.nextInt(4) == 0 ? random.nextInt(n) : Math.max(0, n - 1 - random.nextInt(Math.min(n, 40)));
        UUID id = orders.get(i);
        Order o = seen.get(id);
        return o != null ? o : keep(st.desk.get(id));
    }

    private Order keep(Order o) {
        seen.put(o.id(), o);
        return o;
    }

    /** Forgets an order whose change came back as a reference only, so it is read again. */
    private void forget(UUID id) {
        seen.remove(id);
    }

    private Money amount(long maxFen) {
        return Money.ofFen(1 + (long) random.nextInt((int) Math.max(1, Math.min(maxFen, Integer.MAX_VALUE - 1))));
    }

    private OrderDraft draft() {
        int lines = 1 + random.nextInt(3);
        List<OrderDraft.Line> ls = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            ls.add(new OrderDraft.Line(Platform.values()[random.nextInt(4)], "商品 " + random.nextInt(500), null,
                    1 + random.nextInt(3), Money.ofFen(100 + random.nextInt(40_000)),
                    ItemCategory.values()[random.nextInt(ItemCategory.values().length)], null));
        }
        return OrderDraft.of(people.get(random.nextInt(people.size())).id(), ls, Money.ofFen(random.nextInt(3) * 500L));
    }

    private void run(String op) {
        Order o;
        switch (op) {
            case "createAndPay" -> {
                OrderDraft d = draft();
                Money total = st.desk.quote(d).total();
                Money pay = random.nextInt(3) == 0 ? amount(total.fen()) : total;
                if (random.nextInt(20) == 0) {
                    pay = total.plus(Money.ofFen(1));
                }
                orders.add(keep(st.desk.createAndPay(d, pay)).id());
            }
            case "create" -> orders.add(keep(st.desk.create(draft())).id());
            case "pay" -> {
                o = need(anyOrder());
                long due = Math.max(1, o.balanceDue().fen());
                keep(st.desk.pay(o.id(), o.version(), random.nextInt(3) == 0 ? amount(due + 500) : Money.ofFen(due)));
            }
            case "place" -> {
                o = need(anyOrder());
                keep(st.desk.markPlaced(o.id(), o.version(), "P" + random.nextInt(1_000_000)));
            }
            case "ship" -> {
                o = need(anyOrder());
                keep(st.desk.markShipped(o.id(), o.version(), "YT" + String.format("%010d", ++tracking)));
            }
            case "arriveByTracking" -> {
                o = need(anyOrder());
                String t = o.trackingNumber() != null ? o.trackingNumber() : "YT" + String.format("%010d", tracking + 1);
                st.desk.markArrivedByTracking(t, UUID.randomUUID()).ifPresent(ref -> forget(ref.orderId()));
            }
            case "collect" -> {
                o = need(anyOrder());
                Money due = o.balanceDue();
                keep(st.desk.collect(o.id(), o.version(), random.nextInt(6) == 0 ? due.plus(Money.ofFen(100)) : due));
            }
            case "collectByParcel" -> {
                o = need(anyOrder());
                if (o.parcelId() != null) {
                    st.desk.markCollectedByParcel(o.parcelId()).ifPresent(ref -> forget(ref.orderId()));
                } else {
                    st.desk.markCollectedByParcel(UUID.randomUUID());
                }
            }
            case "refund" -> {
                o = need(anyOrder());
                long max = o.refundDue().fen() > 0 ? o.refundDue().fen() : Math.max(1, o.paid().fen() / 3);
                Money back = random.nextInt(5) == 0 ? o.paid().plus(Money.ofFen(1)) : amount(max);
                keep(st.desk.refund(o.id(), o.version(), back, "refund " + random.nextInt(100)));
            }
            case "cancel" -> {
                o = need(anyOrder());
                keep(st.desk.cancel(o.id(), o.version(), "cancelled at the counter"));
            }
            case "returnOrder" -> {
                o = need(anyOrder());
                Money back = o.paid().fen() == 0 ? Money.ZERO : amount(o.paid().fen());
                keep(st.desk.returnOrder(o.id(), o.version(), back, "returned"));
            }
            case "changePrice" -> {
                o = need(anyOrder());
                long delta = random.nextInt(4_000) - 2_000;
                keep(st.desk.changePrice(o.id(), o.version(), Money.ofFen(delta == 0 ? 1 : delta), "platform price"));
            }
            case "overrideFee" -> {
                o = need(anyOrder());
                if (random.nextInt(4) != 0) {
                    st.as(Role.MANAGER);
                }
                keep(st.desk.overrideFee(o.id(), o.version(), Money.ofFen(random.nextInt(2_000)), "manager decided"));
            }
            case "reverse" -> {
                o = need(anyOrder());
                List<CashMovement> moves = st.desk.movements(o.id());
                if (moves.isEmpty()) {
                    throw new StationException("test.noMovement");
                }
                st.as(Role.MANAGER);
                keep(st.desk.reversePayment(o.id(), o.version(), moves.get(random.nextInt(moves.size())).id(), "typed wrong"));
            }
            case "cashIn" -> {
                CashMovementKind k = random.nextBoolean() ? CashMovementKind.COD_COLLECTED : CashMovementKind.FLOAT_IN;
                st.cash.record(k, amount(50_000), "in", "parcel_handover", UUID.randomUUID());
            }
            case "cashOut" -> {
                CashMovementKind k = random.nextBoolean() ? CashMovementKind.EXPENSE : CashMovementKind.FLOAT_OUT;
                st.cash.record(k, amount(80_000), "out", null, null);
            }
            case "close" -> {
                Money expected = st.cash.expectedBalance();
                long diff = random.nextInt(3) == 0 ? random.nextInt(12_000) - 6_000 : 0;
                Money counted = expected.plus(Money.ofFen(diff));
                if (counted.isNegative()) {
                    counted = Money.ZERO;
                }
                DailyClose c = st.cash.close(CashCount.ofTotal(counted), diff == 0 ? null : "counted " + diff);
                if (c.needsManager() && random.nextBoolean()) {
                    st.as(Role.MANAGER);
                    st.cash.cosign(c.id(), c.version());
                }
            }
            case "nonsense" -> {
                o = need(anyOrder());
                if (o.status() == OrderStatus.DRAFT) {
                    st.desk.markShipped(o.id(), o.version(), "SF0000000001");
                } else {
                    st.desk.updateDraft(o.id(), o.version(), draft());
                }
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    private static Order need(Order o) {
        if (o == null) {
            throw new StationException("test.noOrderYet");
        }
        return o;
    }
}
