package org.skyroad.station.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.domain.cash.CashCount;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderEvent;
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.OrderNumber;
import org.skyroad.station.domain.order.OrderRepository;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.order.ServiceFeeRule;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerRepository;

/**
 * Assisted orders for a demo or a benchmark: orders of the station's villagers over the past
 * months in every state (draft to collected, cancelled, refunded, repriced), the cash each
 * moved, float in and out, small expenses, and a signed daily close each evening, some with a
 * difference. The same seed gives the same orders (ids apart).
 *
 * <p>History cannot be made through the desk (its clock is now), so the records are built
 * here with their own times, following the same rules as {@link OrderDesk}: every order's
 * paid total is the sum of its movements, refunds never exceed payments, and each day's close
 * counts what the drawer should hold.
 */
public final class OrderDemoData {

    public static final int MAX_ORDERS = 1_000_000;
    static final int CHUNK = 1_000;
    static final int DEMO_DAYS = 90;

    /** What {@link #fill} made. */
    public record Result(int orders, int movements, int closes, Duration took) {
    }

    /** Goods a plateau station often orders: name, platform, price in fen, category. */
    private static final Object[][] GOODS = {
        {"羽绒服 down coat", Platform.TAOBAO, 26_800L, ItemCategory.CLOTHING},
        {"儿童棉鞋 children’s winter boots", Platform.PINDUODUO, 5_900L, ItemCategory.CLOTHING},
        {"藏式围裙 邦典 pangden apron", Platform.TAOBAO, 12_000L, ItemCategory.CLOTHING},
        {"布洛芬缓释胶囊 ibuprofen", Platform.JD, 1_600L, ItemCategory.MEDICINE},
        {"红景天口服液 rhodiola", Platform.JD, 6_800L, ItemCategory.MEDICINE},
        {"血压计 blood pressure monitor", Platform.JD, 15_900L, ItemCategory.MEDICINE},
        {"电热水壶 electric kettle", Platform.PINDUODUO, 5_900L, ItemCategory.APPLIANCE},
        {"太阳能充电宝 solar power bank", Platform.TAOBAO, 8_900L, ItemCategory.APPLIANCE},
        {"酥油茶打茶机 butter tea churn", Platform.JD, 39_900L, ItemCategory.APPLIANCE},
        {"电暖器 electric heater", Platform.JD, 29_900L, ItemCategory.APPLIANCE},
        {"新疆红枣 dates 2kg", Platform.PINDUODUO, 3_990L, ItemCategory.FOOD},
        {"苹果 apples 5kg", Platform.PINDUODUO, 4_580L, ItemCategory.FOOD},
        {"砖茶 brick tea", Platform.TAOBAO, 2_800L, ItemCategory.FOOD},
        {"洗衣粉 washing powder", Platform.PINDUODUO, 2_290L, ItemCategory.DAILY_GOODS},
        {"保温杯 vacuum flask", Platform.TAOBAO, 3_500L, ItemCategory.DAILY_GOODS},
        {"手电筒 torch", Platform.PINDUODUO, 1_990L, ItemCategory.DAILY_GOODS},
        {"青稞种子 highland barley seed 25kg", Platform.OTHER, 22_500L, ItemCategory.FARM_INPUTS},
        {"牦牛舔砖 yak salt lick", Platform.TAOBAO, 4_800L, ItemCategory.FARM_INPUTS},
        {"兽用驱虫药 livestock dewormer", Platform.JD, 9_600L, ItemCategory.FARM_INPUTS},
    };
    private static final String[] TRACKING_PREFIXES = {"SF", "YT", "JT", "ZT", "JDV"};
    private static final String[] CLOSE_REASONS = {"找零算错 change given wrong", "硬币少了 a coin missing",
        "多收了一元 one yuan too much", "五角硬币不见了 5 jiao coin gone"};

    private final ServiceContext ctx;
    private final OrderDesk desk;
    private final CashDrawer cash;
    private final OrderRepository orders;
    private final VillagerRepository villagers;
    private final StationRepository stations;

    public OrderDemoData(ServiceContext ctx, OrderDesk desk, CashDrawer cash, OrderRepository orders,
                         VillagerRepository villagers, StationRepository stations) {
        this.ctx = ctx;
        this.desk = desk;
        this.cash = cash;
        this.orders = orders;
        this.villagers = villagers;
        this.stations = stations;
    }

    /**
     * Adds {@code count} orders spread over the past three months, with their movements and a
     * daily close each evening, each record with its audit and outbox rows. Needs villagers
     * (run the villager demo first). Cancelling stops after the current day; what was
     * committed stays.
     */
    public Result fill(long seed, int count, Progress progress) {
        return make(seed, count, DEMO_DAYS, true, progress);
    }

    /**
     * For benchmarks: {@code count} orders over {@code days} days with movements and daily
     * closes, written in bulk without audit and outbox rows (history the benchmark does not
     * time). Then time {@link OrderDesk#createAndPay} with {@link #benchDraft}, and
     * {@link CashDrawer#expectedBalance()}, {@link CashDrawer#expectedBalanceFromMovements()}
     * and {@link CashDrawer#close} over the year of movements.
     */
    public Result bulk(long seed, int count, int days, Progress progress) {
        return make(seed, count, days, false, progress);
    }

    /** A typical new order for {@code villagerId}: one to three lines of common goods. */
    public static OrderDraft benchDraft(Random r, UUID villagerId) {
        int n = 1 + r.nextInt(3);
        List<OrderDraft.Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] g = GOODS[r.nextInt(GOODS.length)];
            lines.add(new OrderDraft.Line((Platform) g[1], (String) g[0], null, 1 + r.nextInt(2),
                    Money.ofFen((Long) g[2]), (ItemCategory) g[3], null));
        }
        return OrderDraft.of(villagerId, lines, Money.ofFen(r.nextInt(3) * 500L));
    }

    /** Up to {@code limit} villagers of the station, for demo orders and benchmarks. */
    public List<UUID> someVillagers(int limit) {
        ctx.session().require(Permission.VILLAGER_READ);
        return ctx.tx().read(() -> villagers.findByName("", limit).stream().map(VillagerMatch::villager)
                .map(Villager::id).toList());
    }

    // ---------------------------------------------------------------- making history

    private record Made(Order order, List<CashMovement> movements, List<OrderEvent> events) {
    }

    /** A movement still to be booked, in time order; {@code no} keeps an order's own movements in sequence. */
    private record Pending(CashMovement movement, long no) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int byTime = movement.at().compareTo(o.movement.at());
            return byTime != 0 ? byTime : Long.compare(no, o.no);
        }
    }

    private Result make(long seed, int count, int days, boolean withChangeLog, Progress progress) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (count < 0 || count > MAX_ORDERS) {
            throw new InvalidInputException("cli.order.demoCount", MAX_ORDERS, count);
        }
        long start = System.nanoTime();
        if (count == 0) {
            return new Result(0, 0, 0, Duration.ZERO);
        }
        List<UUID> people = someVillagers(2_000);
        if (people.isEmpty()) {
            throw new InvalidInputException("cli.order.demoNoVillagers");
        }
        Station station = ctx.tx().read(() -> stations.find()).orElseThrow(
                () -> new InvalidInputException("error.station.notInitialized"));
        ZoneId zone = station.zone();
        ServiceFeeRule rule = desk.settings().feeRule();
        Instant now = ctx.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(Math.max(1, days));
        Random r = new Random(seed);

        // Orders are made and written one day at a time, so only a day of orders and the cash still
        // to come from earlier orders are held in memory, however long the history.
        int perDay = (int) Math.ceil(count / (double) Math.max(1, days));
        PriorityQueue<Pending> pending = new PriorityQueue<>();
        long pendingNo = 0;
        String stationCode = station.code().value();
        int made = 0;
        int written = 0;
        int moved = 0;
        int closes = 0;
        Money balance = ctx.tx().read(() -> cash.state().expected());
        LocalDate day = first;
        int dayIndex = 0;
        while (!day.isAfter(today) && !progress.isCancelled()) {
            Instant closeAt = day.atTime(LocalTime.of(19, 30)).atZone(zone).toInstant();
            int n = day.isBefore(today) ? Math.min(perDay, count - made) : 0;
            List<Made> todays = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Instant created = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant()
                        .plusSeconds(r.nextInt(9 * 3600));
                OrderStatus forced = made < OrderStatus.values().length ? OrderStatus.values()[made] : null;
                Made m = order(r, who, people.get(r.nextInt(people.size())), created, now, rule, zone, forced);
                todays.add(m);
                for (CashMovement cm : m.movements()) {
                    pending.add(new Pending(cm, pendingNo++));
                }
                made++;
            }
            List<CashMovement> booked = new ArrayList<>();
            if (dayIndex == 0 && balance.fen() < 50_000) {
                booked.add(movement(who, day.atTime(LocalTime.of(8, 30)).atZone(zone).toInstant(), zone,
                        CashMovementKind.FLOAT_IN, Money.ofFen(50_000), "开店备用金 opening float"));
            }
            while (!pending.isEmpty() && pending.peek().movement().at().isBefore(closeAt)) {
                booked.add(pending.poll().movement());
            }
            if (r.nextInt(4) == 0) {
                booked.add(movement(who, closeAt.minusSeconds(1_800), zone, CashMovementKind.EXPENSE,
                        Money.ofFen(500 + r.nextInt(3_000)), "打印纸和胶带 paper and tape"));
            }
            Money dayTotal = Money.ZERO;
            for (CashMovement m : booked) {
                dayTotal = dayTotal.plus(m.amount());
            }
            // Everything over 1,000 yuan goes to the credit union: a busy day must not pile up cash
            // past what a drawer can count.
            long overFloat = balance.plus(dayTotal).fen() - 100_000;
            if (overFloat > 200_000) {
                booked.add(movement(who, closeAt.minusSeconds(600), zone, CashMovementKind.FLOAT_OUT,
                        Money.ofFen(overFloat), "存入乡镇信用社 to the township credit union"));
            }
            List<Made> ordersOfDay = todays;
            boolean closeToday = closeAt.isBefore(now);
            int diffFen = r.nextInt(10) == 0 ? r.nextInt(2_000) - 1_000 : 0;
            String reason = CLOSE_REASONS[r.nextInt(CLOSE_REASONS.length)];
            ctx.tx().inTransaction(() -> {
                number(ordersOfDay, stationCode, zone);
                List<Order> os = new ArrayList<>(ordersOfDay.size());
                List<OrderEvent> events = new ArrayList<>();
                for (Made m : ordersOfDay) {
                    os.add(m.order());
                    events.addAll(m.events());
                    if (withChangeLog) {
                        ctx.changes().record("order.demo", OrderDesk.ENTITY, m.order().id(), m.order().version(),
                                Operation.CREATE, null, m.order().snapshot(), true);
                    }
                }
                orders.insertAll(os);
                orders.insertEvents(events);
                cash.appendAll(booked, withChangeLog);
                if (closeToday) {
                    Money expected = cash.state().expected();
                    Money counted = expected.plus(Money.ofFen(diffFen));
                    cash.closeAt(closeAt, CashCount.ofTotal(counted.isNegative() ? Money.ZERO : counted),
                            diffFen == 0 ? null : reason);
                }
            });
            balance = ctx.tx().read(() -> cash.state().expected());
            written += ordersOfDay.size();
            moved += booked.size();
            closes += closeToday ? 1 : 0;
            progress.update(written, made, "orders");
            day = day.plusDays(1);
            dayIndex++;
        }
        return new Result(written, moved, closes, Duration.ofNanos(System.nanoTime() - start));
    }

    private void number(List<Made> all, String stationCode, ZoneId zone) {
        String period = null;
        int from = 0;
        for (int i = 0; i <= all.size(); i++) {
            String p = i < all.size() ? OrderNumber.period(LocalDate.ofInstant(all.get(i).order().createdAt(), zone)) : null;
            if (period != null && !period.equals(p)) {
                long next = orders.reserveNumbers(period, i - from);
                for (int j = from; j < i; j++) {
                    Made m = all.get(j);
                    Order o = m.order();
                    all.set(j, new Made(renumber(o, OrderNumber.format(stationCode, period, next++)), m.movements(),
                            m.events()));
                }
                from = i;
            }
            period = p;
        }
    }

    private static Order renumber(Order o, String number) {
        return new Order(o.id(), number, o.villagerId(), o.status(), o.lines(), o.shipping(), o.fee(), o.feeRule(),
                o.feeOverridden(), o.adjustment(), o.paid(), o.refunded(), o.platformOrderNo(), o.trackingNumber(),
                o.parcelId(), o.expectedArrival(), o.note(), o.createdAt(), o.createdBy(), o.paidAt(), o.paidDate(),
                o.placedAt(), o.placedBy(), o.shippedAt(), o.arrivedAt(), o.collectedAt(), o.closedAt(),
                o.closedReason(), o.updatedAt(), o.version());
    }

    /** One order's life up to now, following the desk's rules, with its movements and history. */
    private Made order(Random r, Actor who, UUID villager, Instant created, Instant now, ServiceFeeRule rule,
                       ZoneId zone, OrderStatus forced) {
        int n = 1 + r.nextInt(3);
        List<OrderLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] g = GOODS[r.nextInt(GOODS.length)];
            lines.add(new OrderLine(i + 1, (Platform) g[1], (String) g[0], "https://example.invalid/item/" + r.nextInt(100_000),
                    1 + (r.nextInt(5) == 0 ? 1 : 0), Money.ofFen((Long) g[2]), (ItemCategory) g[3], null));
        }
        Money shipping = Money.ofFen(r.nextInt(3) * 500L);
        Money goods = Money.ZERO;
        for (OrderLine l : lines) {
            goods = goods.plus(l.amount());
        }
        Money fee = rule.feeFor(goods, n);
        UUID id = UUID.randomUUID();
        Order o = new Order(id, "PENDING-" + id, villager, OrderStatus.DRAFT, lines, shipping, fee, rule.encode(),
                false, Money.ZERO, Money.ZERO, Money.ZERO, null, null, null, null, null, created, who.username(), null,
                null, null, null, null, null, null, null, null, created, 1);
        List<CashMovement> moves = new ArrayList<>();
        List<OrderEvent> events = new ArrayList<>();
        events.add(event(who, o, OrderEventType.CREATED, created, o.total(), null));
        // Where this order's life is meant to end; it stops earlier when that lies in the future.
        int fate = r.nextInt(100);
        OrderStatus target = forced != null ? forced : fate < 4 ? OrderStatus.DRAFT : fate < 9 ? OrderStatus.CANCELLED
                : fate < 13 ? OrderStatus.REFUNDED : OrderStatus.COLLECTED;
        if (target == OrderStatus.DRAFT) {
            return new Made(o, moves, events);
        }
        Instant t = created.plusSeconds(60 + r.nextInt(600));
        Money total = o.total();
        boolean deposit = r.nextInt(10) < 3;
        Money first = deposit ? Money.ofFen(Math.max(100, total.fen() * (3 + r.nextInt(3)) / 10 / 100 * 100)) : total;
        if (first.compareTo(total) > 0) {
            first = total;
        }
        LocalDate paidDay = LocalDate.ofInstant(t, zone);
        o = o.change(t).cash(first, false).status(OrderStatus.PAID).firstPaid(paidDay, paidDay.plusDays(7)).done();
        CashMovementKind kind = first.equals(total) ? CashMovementKind.ORDER_PAYMENT : CashMovementKind.DEPOSIT;
        moves.add(orderMovement(who, t, zone, kind, first, null, id));
        events.add(event(who, o, OrderEventType.PAID, t, first, kind.code()));
        if (target == OrderStatus.PAID) {
            return new Made(o, moves, events);
        }
        if (target == OrderStatus.CANCELLED) {
            Instant c = t.plusSeconds(3_600L * (2 + r.nextInt(30)));
            if (c.isAfter(now)) {
                return new Made(o, moves, events);
            }
            Money back = o.paid();
            o = o.change(c).cash(Money.ZERO.minus(back), true).status(OrderStatus.CANCELLED).closed("村民改主意 changed their mind").done();
            moves.add(orderMovement(who, c, zone, CashMovementKind.REFUND, back, "村民改主意 changed their mind", id));
            events.add(event(who, o, OrderEventType.CANCELLED, c, back, "村民改主意 changed their mind"));
            return new Made(o, moves, events);
        }
        Instant placed = t.plusSeconds(1_800L + r.nextInt(36_000));
        if (placed.isAfter(now)) {
            return new Made(o, moves, events);
        }
        String platformNo = Long.toString(1_000_000_000_000L + (r.nextLong() & 0xFFFFFFFFFFL));
        o = o.change(placed).status(OrderStatus.PLACED).placed(platformNo, who.username()).done();
        events.add(event(who, o, OrderEventType.PLACED, placed, null, platformNo));
        if (r.nextInt(20) == 0) {
            Money delta = Money.ofFen((r.nextInt(2_000) - 1_000) / 10 * 10 + 10);
            o = o.change(placed).adjust(delta).done();
            events.add(event(who, o, OrderEventType.PRICE_CHANGED, placed, delta, "平台改价 platform price changed"));
            if (o.refundDue().fen() > 0) {
                Money back = o.refundDue();
                o = o.change(placed).cash(Money.ZERO.minus(back), true).done();
                moves.add(orderMovement(who, placed, zone, CashMovementKind.REFUND, back, "平台降价 price went down", id));
                events.add(event(who, o, OrderEventType.REFUNDED, placed, back, "平台降价 price went down"));
            }
        }
        if (target == OrderStatus.PLACED) {
            return new Made(o, moves, events);
        }
        Instant shipped = placed.plusSeconds(3_600L * (6 + r.nextInt(60)));
        if (shipped.isAfter(now)) {
            return new Made(o, moves, events);
        }
        String tracking = TRACKING_PREFIXES[r.nextInt(TRACKING_PREFIXES.length)]
                + String.format("%012d", (r.nextLong() & 0xFFFFFFFFFFFL) % 1_000_000_000_000L);
        o = o.change(shipped).status(OrderStatus.SHIPPED).shipped(tracking).done();
        events.add(event(who, o, OrderEventType.SHIPPED, shipped, null, tracking));
        if (target == OrderStatus.SHIPPED) {
            return new Made(o, moves, events);
        }
        Instant arrived = shipped.plusSeconds(3_600L * (72 + r.nextInt(120)));
        if (arrived.isAfter(now)) {
            return new Made(o, moves, events);
        }
        o = o.change(arrived).status(OrderStatus.ARRIVED).arrived(null).done();
        events.add(event(who, o, OrderEventType.ARRIVED, arrived, null, tracking));
        if (target == OrderStatus.ARRIVED) {
            return new Made(o, moves, events);
        }
        Instant collected = arrived.plusSeconds(3_600L * (1 + r.nextInt(96)));
        if (collected.isAfter(now)) {
            return new Made(o, moves, events);
        }
        Money due = o.balanceDue();
        if (due.fen() > 0) {
            o = o.change(collected).cash(due, false).done();
            moves.add(orderMovement(who, collected, zone, CashMovementKind.BALANCE, due, null, id));
            events.add(event(who, o, OrderEventType.PAID, collected, due, CashMovementKind.BALANCE.code()));
        }
        if (o.refundDue().fen() > 0) {
            Money back = o.refundDue();
            o = o.change(collected).cash(Money.ZERO.minus(back), true).done();
            moves.add(orderMovement(who, collected, zone, CashMovementKind.REFUND, back, "平台降价 price went down", id));
        }
        o = o.change(collected).status(OrderStatus.COLLECTED).collected().done();
        events.add(event(who, o, OrderEventType.COLLECTED, collected, null, null));
        if (target == OrderStatus.REFUNDED) {
            Instant back = collected.plusSeconds(3_600L * (24 + r.nextInt(72)));
            if (!back.isAfter(now)) {
                Money refund = lines.get(0).amount();
                if (refund.compareTo(o.paid()) > 0) {
                    refund = o.paid();
                }
                o = o.change(back).cash(Money.ZERO.minus(refund), true).status(OrderStatus.REFUNDED)
                        .closed("尺码不对已退货 wrong size, returned").done();
                moves.add(orderMovement(who, back, zone, CashMovementKind.REFUND, refund, "尺码不对已退货 wrong size, returned", id));
                events.add(event(who, o, OrderEventType.RETURNED, back, refund, "尺码不对已退货 wrong size, returned"));
            }
        }
        return new Made(o, moves, events);
    }

    private static OrderEvent event(Actor who, Order o, OrderEventType type, Instant at, Money amount, String detail) {
        return new OrderEvent(UUID.randomUUID(), o.id(), type, at, who.username(), amount, detail);
    }

    private static CashMovement orderMovement(Actor who, Instant at, ZoneId zone, CashMovementKind kind, Money amount,
                                              String reason, UUID orderId) {
        Money signed = kind.direction() == CashMovementKind.Direction.OUT ? Money.ZERO.minus(amount) : amount;
        return new CashMovement(UUID.randomUUID(), 0, at, LocalDate.ofInstant(at, zone), kind, signed, reason,
                OrderDesk.ENTITY, orderId, null, who.staffId(), who.username());
    }

    private static CashMovement movement(Actor who, Instant at, ZoneId zone, CashMovementKind kind, Money amount,
                                         String reason) {
        Money signed = kind.direction() == CashMovementKind.Direction.OUT ? Money.ZERO.minus(amount) : amount;
        return new CashMovement(UUID.randomUUID(), 0, at, LocalDate.ofInstant(at, zone), kind, signed, reason, null,
                null, null, who.staffId(), who.username());
    }
}
