package org.skyroad.station.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.order.FeeDay;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderAction;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderEvent;
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.OrderNumber;
import org.skyroad.station.domain.order.OrderQuote;
import org.skyroad.station.domain.order.OrderRef;
import org.skyroad.station.domain.order.OrderRepository;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.OrderText;
import org.skyroad.station.domain.order.ServiceFeeRule;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationRepository;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerRepository;
import org.skyroad.station.i18n.Messages;

/**
 * Assisted orders (代购): a villager asks, the operator types the lines, takes cash (in full or
 * a deposit) and prints a receipt; the order waits in the "to place when online" queue, is
 * placed on the platform, shipped, matched to its parcel when that is checked in, and
 * collected. Cancelled before placing (everything paid goes back) or refunded after (partly,
 * with a reason). A price the platform changed is recorded and the difference collected or
 * given back.
 *
 * <p>Every change writes the order's next version, one history row, its audit and outbox rows
 * and, when money moves, the cash movement, in one transaction. The order's paid total is
 * always the sum of its cash movements and never below zero: a refund never exceeds what was
 * paid. Transitions that make no sense in the order's status are refused with a sentence.
 *
 * <p>Counter work needs {@link Permission#COUNTER_WORK}; setting a fee by hand and reversing a
 * payment need {@link Permission#CORRECTIONS}; the station's fee rule needs
 * {@link Permission#SETTINGS_MANAGE}; the fee report needs {@link Permission#REPORTS}.
 */
public final class OrderDesk {

    public static final String ENTITY = CashDrawer.ORDER_ENTITY;
    public static final int FIND_LIMIT = 100;
    public static final int QUEUE_LIMIT = 1_000;
    public static final int DEFAULT_DELIVERY_DAYS = 7;
    public static final int MAX_DELIVERY_DAYS = 90;

    static final String KEY_FEE_RULE = "order.fee.rule";
    static final String KEY_DELIVERY_DAYS = "order.delivery-days";
    static final String KEY_SETTINGS_VERSION = "order.settings.version";

    /** An order with who it is for, for lists on screen and the command line. */
    public record Listed(Order order, String villagerName, String villagerPhone) {
    }

    /** What the receipt prints: the station, the order with its lines and amounts, and the cash taken. */
    public record Receipt(String stationCode, String stationName, Order order, String villagerName,
                          List<CashMovement> movements) {

        public Money total() {
            return order.total();
        }

        public Money paid() {
            return order.paid();
        }

        public Money balance() {
            return order.balanceDue();
        }
    }

    /** A platform order number typed from the queue: for which order (and the version seen). */
    public record Placement(UUID orderId, long expectedVersion, String platformOrderNo) {
    }

    /** A month of fees: the days and their sums. */
    public record FeeMonth(YearMonth month, List<FeeDay> days, int orders, Money goods, Money shipping, Money fees) {
    }

    /** The order desk's station settings. */
    public record Settings(ServiceFeeRule feeRule, int deliveryDays, long version) {
        public Map<String, Object> snapshot() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("feeRule", feeRule.snapshot());
            m.put("deliveryDays", deliveryDays);
            m.put("version", version);
            return m;
        }
    }

    private final ServiceContext ctx;
    private final OrderRepository orders;
    private final VillagerRepository villagers;
    private final StationRepository stations;
    private final CashDrawer cash;

    public OrderDesk(ServiceContext ctx, OrderRepository orders, VillagerRepository villagers,
                     StationRepository stations, CashDrawer cash) {
        this.ctx = ctx;
        this.orders = orders;
        this.villagers = villagers;
        this.stations = stations;
        this.cash = cash;
    }

    // ---------------------------------------------------------------- quote and create

    /** Fee and total of a draft, nothing saved: the order screen calls it as the operator types. */
    public OrderQuote quote(OrderDraft draft) {
        ctx.session().require(Permission.COUNTER_WORK);
        Checked c = check(draft);
        return ctx.tx().read(() -> quoteOf(c, loadSettings().feeRule()));
    }

    /** Saves a new order as a draft: nothing paid yet. A fee set by hand needs a manager. */
    public Order create(OrderDraft draft) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Checked c = check(draft);
        requireFeePermission(c);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> insertDraft(who, c, now, Money.ZERO));
    }

    /**
     * The usual counter flow in one transaction: saves the order and takes {@code payment},
     * the whole total or a deposit. Nothing is saved when the payment is refused.
     */
    public Order createAndPay(OrderDraft draft, Money payment) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Checked c = check(draft);
        requireFeePermission(c);
        checkPositive(payment);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order o = insertDraft(who, c, now, payment);
            return doPay(who, o, payment, now);
        });
    }

    /** Changes a draft's lines, shipping, fee or note. */
    public Order updateDraft(UUID id, long expectedVersion, OrderDraft draft) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Checked c = check(draft);
        requireFeePermission(c);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.EDIT);
            if (!before.villagerId().equals(c.villagerId())) {
                throw new InvalidInputException("error.order.villagerChange");
            }
            OrderQuote q = quoteOf(c, loadSettings().feeRule());
            Order after = before.change(now).content(c.lines(), c.shipping(), q.fee(), q.rule().encode(),
                    q.feeOverridden(), c.note()).done();
            return apply(who, before, after, true, "edit", OrderEventType.EDITED, null, c.feeReason());
        });
    }

    private Order insertDraft(Actor who, Checked c, Instant now, Money payment) {
        Villager v = villagers.findById(c.villagerId()).orElseThrow(() -> new NotFoundException("error.villager.notFound"));
        OrderQuote q = quoteOf(c, loadSettings().feeRule());
        if (payment.compareTo(q.total()) > 0) {
            throw new InvalidInputException("error.order.overpay", payment, q.total());
        }
        LocalDate today = LocalDate.ofInstant(now, zone());
        String period = OrderNumber.period(today);
        String number = OrderNumber.format(stationCode(), period, orders.nextNumber(period));
        Order o = new Order(UUID.randomUUID(), number, v.id(), OrderStatus.DRAFT, c.lines(), c.shipping(), q.fee(),
                q.rule().encode(), q.feeOverridden(), Money.ZERO, Money.ZERO, Money.ZERO, null, null, null, null,
                c.note(), now, who.username(), null, null, null, null, null, null, null, null, null, now, 1);
        ctx.changes().record("order.create", ENTITY, o.id(), 1, Operation.CREATE, null, o.snapshot(), true);
        orders.insert(o);
        event(who, o, OrderEventType.CREATED, now, o.total(), null);
        if (q.feeOverridden()) {
            event(who, o, OrderEventType.FEE_OVERRIDDEN, now, q.fee(), c.feeReason());
        }
        return o;
    }

    private void requireFeePermission(Checked c) {
        if (c.feeOverride() != null) {
            ctx.session().require(Permission.CORRECTIONS);
        }
    }

    private static OrderQuote quoteOf(Checked c, ServiceFeeRule rule) {
        Money goods = Money.ZERO;
        for (OrderLine l : c.lines()) {
            goods = goods.plus(l.amount());
        }
        Money byRule = rule.feeFor(goods, c.lines().size());
        Money fee = c.feeOverride() != null ? c.feeOverride() : byRule;
        return new OrderQuote(goods, c.shipping(), byRule, fee, c.feeOverride() != null, rule, c.lines().size());
    }

    private record Checked(UUID villagerId, List<OrderLine> lines, Money shipping, Money feeOverride, String feeReason,
                           String note) {
    }

    private static Checked check(OrderDraft d) {
        if (d == null || d.villagerId() == null) {
            throw new InvalidInputException("error.order.villagerMissing");
        }
        if (d.lines().isEmpty()) {
            throw new InvalidInputException("error.order.noLines");
        }
        if (d.lines().size() > Order.LINES_MAX) {
            throw new InvalidInputException("error.order.tooManyLines", Order.LINES_MAX);
        }
        List<OrderLine> lines = new ArrayList<>(d.lines().size());
        for (int i = 0; i < d.lines().size(); i++) {
            OrderDraft.Line l = d.lines().get(i);
            if (l == null) {
                throw new InvalidInputException("error.order.itemEmpty");
            }
            lines.add(l.toLine(i + 1));
        }
        checkAmount(d.shipping(), "error.order.shippingNegative");
        String feeReason = null;
        if (d.feeOverride() != null) {
            checkAmount(d.feeOverride(), "error.order.feeNegative");
            feeReason = OrderText.required(d.feeOverrideReason(), Order.REASON_MAX, "error.order.reasonRequired",
                    "error.order.reasonTooLong");
        }
        String note = OrderText.optional(d.note(), Order.NOTE_MAX, "error.order.noteTooLong");
        return new Checked(d.villagerId(), List.copyOf(lines), d.shipping(), d.feeOverride(), feeReason, note);
    }

    private static void checkAmount(Money m, String negativeKey) {
        if (m.isNegative()) {
            throw new InvalidInputException(negativeKey, m);
        }
        if (m.compareTo(CashDrawer.AMOUNT_MAX) > 0) {
            throw new InvalidInputException("error.order.amountTooLarge", CashDrawer.AMOUNT_MAX);
        }
    }

    private static void checkPositive(Money m) {
        if (m == null || m.fen() <= 0) {
            throw new InvalidInputException("error.order.amountNotPositive", m == null ? "" : m);
        }
        checkAmount(m, "error.order.amountNotPositive");
    }

    private static String reason(String text) {
        return OrderText.required(text, Order.REASON_MAX, "error.order.reasonRequired", "error.order.reasonTooLong");
    }

    // ---------------------------------------------------------------- money

    /**
     * Takes cash for an order: a draft's first payment (the whole total, or a deposit) makes
     * it paid and puts it in the queue; later payments pay the balance. More than is due is
     * refused: the operator gives change from the drawer, not the order.
     */
    public Order pay(UUID id, long expectedVersion, Money amount) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        checkPositive(amount);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> doPay(who, open(id, expectedVersion, OrderAction.PAY), amount, now));
    }

    private Order doPay(Actor who, Order o, Money amount, Instant now) {
        Money due = o.balanceDue();
        if (due.fen() == 0) {
            throw new ConflictException("error.order.nothingDue", o.number());
        }
        if (amount.compareTo(due) > 0) {
            throw new InvalidInputException("error.order.overpay", amount, due);
        }
        CashMovementKind kind = o.status() != OrderStatus.DRAFT ? CashMovementKind.BALANCE
                : amount.equals(o.total()) ? CashMovementKind.ORDER_PAYMENT : CashMovementKind.DEPOSIT;
        LocalDate today = LocalDate.ofInstant(now, zone());
        Order after = o.change(now).cash(amount, false)
                .status(o.status() == OrderStatus.DRAFT ? OrderStatus.PAID : o.status())
                .firstPaid(today, today.plusDays(loadSettings().deliveryDays())).done();
        apply(who, o, after, false, "pay", OrderEventType.PAID, amount, kind.code());
        cash.recordForOrder(who, kind, amount, null, o.id());
        return after;
    }

    /**
     * Gives money back without closing the order (a price that went down, a line the platform
     * could not deliver). Never more than was paid.
     */
    public Order refund(UUID id, long expectedVersion, Money amount, String reason) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        checkPositive(amount);
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.REFUND);
            if (amount.compareTo(before.paid()) > 0) {
                throw new ConflictException("error.order.refundTooMuch", amount, before.paid(), before.number());
            }
            cash.requireCash(amount);
            Order after = before.change(now).cash(Money.ZERO.minus(amount), true).done();
            apply(who, before, after, false, "refund", OrderEventType.REFUNDED, amount, why);
            cash.recordForOrder(who, CashMovementKind.REFUND, amount, why, id);
            return after;
        });
    }

    /** Cancels an order not yet placed; everything paid on it goes back to the villager. */
    public Order cancel(UUID id, long expectedVersion, String reason) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.CANCEL);
            Money back = before.paid();
            if (back.fen() > 0) {
                cash.requireCash(back);
            }
            Order after = before.change(now).cash(Money.ZERO.minus(back), back.fen() > 0)
                    .status(OrderStatus.CANCELLED).closed(why).done();
            apply(who, before, after, false, "cancel", OrderEventType.CANCELLED, back, why);
            if (back.fen() > 0) {
                cash.recordForOrder(who, CashMovementKind.REFUND, back, why, id);
            }
            return after;
        });
    }

    /**
     * Closes an order after it was placed (returned, lost, not deliverable) giving back
     * {@code refund} (zero or more, never more than was paid); what is not given back stays
     * with the station, e.g. the service fee or return shipping.
     */
    public Order returnOrder(UUID id, long expectedVersion, Money refund, String reason) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Money back = refund == null ? Money.ZERO : refund;
        checkAmount(back, "error.order.amountNotPositive");
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.RETURN);
            if (back.compareTo(before.paid()) > 0) {
                throw new ConflictException("error.order.refundTooMuch", back, before.paid(), before.number());
            }
            if (back.fen() > 0) {
                cash.requireCash(back);
            }
            Order after = before.change(now).cash(Money.ZERO.minus(back), back.fen() > 0)
                    .status(OrderStatus.REFUNDED).closed(why).done();
            apply(who, before, after, false, "return", OrderEventType.RETURNED, back, why);
            if (back.fen() > 0) {
                cash.recordForOrder(who, CashMovementKind.REFUND, back, why, id);
            }
            return after;
        });
    }

    /**
     * Records that the platform's price changed by {@code delta} (positive: dearer). The order's
     * total moves; {@link Order#balanceDue()} or {@link Order#refundDue()} then says what to
     * collect or give back with {@link #pay} or {@link #refund}.
     */
    public Order changePrice(UUID id, long expectedVersion, Money delta, String reason) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (delta == null || delta.fen() == 0) {
            throw new InvalidInputException("error.order.priceChangeZero");
        }
        Money size = delta.isNegative() ? Money.ZERO.minus(delta) : delta;
        checkAmount(size, "error.order.amountNotPositive");
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.CHANGE_PRICE);
            Order after = before.change(now).adjust(delta).done();
            if (after.total().isNegative() || after.goods().plus(after.adjustment()).isNegative()) {
                throw new InvalidInputException("error.order.priceBelowZero", before.goods().plus(before.adjustment()));
            }
            return apply(who, before, after, false, "price", OrderEventType.PRICE_CHANGED, delta, why);
        });
    }

    /** A manager sets the service fee of one order by hand, with the reason. */
    public Order overrideFee(UUID id, long expectedVersion, Money fee, String reason) {
        Actor who = ctx.session().require(Permission.CORRECTIONS);
        if (fee == null) {
            throw new InvalidInputException("error.order.feeNegative", "");
        }
        checkAmount(fee, "error.order.feeNegative");
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.OVERRIDE_FEE);
            Order after = before.change(now).fee(fee, true).done();
            return apply(who, before, after, false, "fee", OrderEventType.FEE_OVERRIDDEN, fee, why);
        });
    }

    /**
     * A manager reverses a payment booked by mistake (a wrong amount typed): a correction of
     * the opposite amount in the drawer, and the order's paid total goes down by as much.
     */
    public Order reversePayment(UUID id, long expectedVersion, UUID movementId, String reason) {
        Actor who = ctx.session().require(Permission.CORRECTIONS);
        String why = reason(reason);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = orders.findById(id).orElseThrow(() -> new NotFoundException("error.order.notFound"));
            if (before.version() != expectedVersion) {
                throw new ConflictException("error.changedMeanwhile");
            }
            CashMovement m = cash.movement(movementId);
            if (!ENTITY.equals(m.referenceEntity()) || !id.equals(m.referenceId()) || m.amount().isNegative()
                    || m.reversesId() != null) {
                throw new ConflictException("error.order.notAPaymentOfThisOrder", before.number());
            }
            if (cash.isReversed(m.id())) {
                throw new ConflictException("error.cash.alreadyReversed");
            }
            if (m.amount().compareTo(before.paid()) > 0) {
                throw new ConflictException("error.order.refundTooMuch", m.amount(), before.paid(), before.number());
            }
            Order after = before.change(now).cash(Money.ZERO.minus(m.amount()), false).done();
            apply(who, before, after, false, "reverse", OrderEventType.PAYMENT_REVERSED, m.amount(), why);
            cash.reverseForOrder(who, m, why);
            return after;
        });
    }

    // ---------------------------------------------------------------- lifecycle

    /** The platform's order number, typed in (or brought by sync): the order is placed. */
    public Order markPlaced(UUID id, long expectedVersion, String platformOrderNo) {
        return markPlacedAll(List.of(new Placement(id, expectedVersion, platformOrderNo))).get(0);
    }

    /** Many platform order numbers typed from the queue at once, in one transaction. */
    public List<Order> markPlacedAll(List<Placement> placements) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        List<String> numbers = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            numbers.add(platformNumber(p.platformOrderNo()));
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            List<Order> done = new ArrayList<>(placements.size());
            for (int i = 0; i < placements.size(); i++) {
                Placement p = placements.get(i);
                Order before = open(p.orderId(), p.expectedVersion(), OrderAction.PLACE);
                Order after = before.change(now).status(OrderStatus.PLACED).placed(numbers.get(i), who.username()).done();
                done.add(apply(who, before, after, false, "place", OrderEventType.PLACED, null, numbers.get(i)));
            }
            return done;
        });
    }

    private static String platformNumber(String text) {
        String cleaned = OrderText.required(text, Order.PLATFORM_ORDER_MAX, "error.order.platformNumberEmpty",
                "error.order.platformNumberTooLong");
        return cleaned.replace(" ", "");
    }

    /** The tracking number the platform gave: the parcel that arrives with it will be matched to the order. */
    public Order markShipped(UUID id, long expectedVersion, String trackingNumber) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        String tracking = TrackingNumber.parse(trackingNumber).value();
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.SHIP);
            orders.findOpenByTracking(tracking, id).ifPresent(other -> {
                throw new ConflictException("error.order.trackingTaken", tracking, other.number());
            });
            Order after = before.change(now).status(OrderStatus.SHIPPED).shipped(tracking).done();
            return apply(who, before, after, false, "ship", OrderEventType.SHIPPED, null, tracking);
        });
    }

    /**
     * The hub's platform data for an order, from a return batch (inside the import's
     * transaction). It only moves the order forward along its lifecycle: a platform order
     * number places a paid order, a tracking number ships a placed one, a step already taken
     * with the same data is nothing new. False (not applied, reported) when the order is not
     * here, is not paid yet, was cancelled or refunded, or already carries other data for a
     * step it has taken: the counter's facts are the station's.
     */
    public boolean applyPlatformData(SyncUpdate u) {
        Actor who = ctx.session().require(Permission.SYNC);
        String number = HubUpdates.text(u.payload(), "platformOrderNo") == null ? null
                : platformNumber(HubUpdates.text(u.payload(), "platformOrderNo"));
        String tracking = HubUpdates.text(u.payload(), "trackingNumber") == null ? null
                : TrackingNumber.parse(HubUpdates.text(u.payload(), "trackingNumber")).value();
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Optional<Order> found = orders.findById(u.entityId());
            if (found.isEmpty() || u.operation() == Operation.DELETE) {
                return false;
            }
            Order o = found.get();
            boolean place = number != null && o.status().allows(OrderAction.PLACE);
            boolean placedAlready = o.status() != OrderStatus.DRAFT && o.status() != OrderStatus.PAID
                    && !o.status().isClosed();
            if (number != null && !place && !(placedAlready && number.equals(o.platformOrderNo()))) {
                return false;
            }
            OrderStatus afterPlace = place ? OrderStatus.PLACED : o.status();
            boolean ship = tracking != null && afterPlace.allows(OrderAction.SHIP);
            if (tracking != null && !ship && (o.status().isClosed() || !tracking.equals(o.trackingNumber()))) {
                return false;
            }
            if (ship && orders.findOpenByTracking(tracking, o.id()).isPresent()) {
                return false;
            }
            String by = "hub " + u.hubCode();
            if (place) {
                o = apply(who, o, o.change(now).status(OrderStatus.PLACED).placed(number, by).done(), false, "place",
                        OrderEventType.PLACED, null, number + " (" + by + ")");
            }
            if (ship) {
                o = apply(who, o, o.change(now).status(OrderStatus.SHIPPED).shipped(tracking).done(), false, "ship",
                        OrderEventType.SHIPPED, null, tracking + " (" + by + ")");
            }
            return true;
        });
    }

    /** Marks an order arrived by hand (its parcel came without a known tracking number). {@code parcelId} may be null. */
    public Order markArrived(UUID id, long expectedVersion, UUID parcelId) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.ARRIVE);
            Order after = before.change(now).status(OrderStatus.ARRIVED).arrived(parcelId).done();
            return apply(who, before, after, false, "arrive", OrderEventType.ARRIVED, null,
                    parcelId == null ? null : "parcel " + parcelId);
        });
    }

    /**
     * For the parcel desk, inside its check-in transaction: the shipped order waiting for the
     * parcel with this tracking number (normalised: upper case, no spaces) becomes arrived.
     * Empty when no order waits for it; the check-in goes on either way.
     */
    public Optional<OrderRef> markArrivedByTracking(String normalizedTracking, UUID parcelId) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        if (normalizedTracking == null || normalizedTracking.isBlank()) {
            return Optional.empty();
        }
        String tracking = normalizedTracking.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Optional<Order> found = orders.findShippedByTracking(tracking);
            if (found.isEmpty()) {
                return Optional.<OrderRef>empty();
            }
            Order before = found.get();
            Order after = before.change(now).status(OrderStatus.ARRIVED).arrived(parcelId).done();
            apply(who, before, after, false, "arrive", OrderEventType.ARRIVED, null, "parcel " + tracking);
            return Optional.of(OrderRef.of(after));
        });
    }

    /**
     * The villager whose shipped order carries this tracking number: the parcel desk takes them
     * as the recipient when the label gives no phone or name, so such a parcel needs only its scan.
     */
    public Optional<UUID> villagerAwaiting(String normalizedTracking) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (normalizedTracking == null || normalizedTracking.isBlank()) {
            return Optional.empty();
        }
        String tracking = normalizedTracking.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return ctx.tx().read(() -> orders.findShippedByTracking(tracking).map(Order::villagerId));
    }

    /** The arrived order whose parcel this is, with the balance still due: the handover screen shows it. */
    public Optional<OrderRef> orderForParcel(UUID parcelId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> orders.findArrivedByParcel(parcelId).map(OrderRef::of));
    }

    /**
     * For the parcel desk, inside its handover transaction: the order of this parcel is
     * collected. Refused while a balance is due (take it with {@link #pay} first), so goods
     * never leave unpaid; empty when the parcel belongs to no order.
     */
    public Optional<OrderRef> markCollectedByParcel(UUID parcelId) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Optional<Order> found = orders.findArrivedByParcel(parcelId);
            if (found.isEmpty()) {
                return Optional.<OrderRef>empty();
            }
            Order before = found.get();
            checkSettled(before);
            Order after = before.change(now).status(OrderStatus.COLLECTED).collected().done();
            apply(who, before, after, false, "collect", OrderEventType.COLLECTED, null, "parcel " + parcelId);
            return Optional.of(OrderRef.of(after));
        });
    }

    /**
     * The villager takes the goods: {@code cashTaken} must be exactly the balance still due
     * (zero when all was paid); it is booked as the balance payment in the same transaction.
     */
    public Order collect(UUID id, long expectedVersion, Money cashTaken) {
        Actor who = ctx.session().require(Permission.COUNTER_WORK);
        Money taken = cashTaken == null ? Money.ZERO : cashTaken;
        checkAmount(taken, "error.order.amountNotPositive");
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Order before = open(id, expectedVersion, OrderAction.COLLECT);
            if (!taken.equals(before.balanceDue())) {
                throw new InvalidInputException("error.order.collectAmount", before.balanceDue(), taken);
            }
            Order o = before;
            if (taken.fen() > 0) {
                o = doPay(who, before, taken, now);
            }
            checkSettled(o);
            Order after = o.change(now).status(OrderStatus.COLLECTED).collected().done();
            return apply(who, o, after, false, "collect", OrderEventType.COLLECTED, null, null);
        });
    }

    private static void checkSettled(Order o) {
        if (o.balanceDue().fen() > 0) {
            throw new ConflictException("error.order.balanceDue", o.number(), o.balanceDue());
        }
        if (o.refundDue().fen() > 0) {
            throw new ConflictException("error.order.refundDueFirst", o.number(), o.refundDue());
        }
    }

    // ---------------------------------------------------------------- the one way an order changes

    private Order open(UUID id, long expectedVersion, OrderAction action) {
        Order o = orders.findById(id).orElseThrow(() -> new NotFoundException("error.order.notFound"));
        if (o.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        if (!o.status().allows(action)) {
            throw new ConflictException("error.order.transition", o.number(), new Messages.Key(o.status().messageKey()),
                    new Messages.Key(action.messageKey()));
        }
        return o;
    }

    /**
     * Writes the order's audit and outbox rows first (so every writer takes the outbox
     * counter's lock before any order or drawer row), then the order, then its history row.
     */
    private Order apply(Actor who, Order before, Order after, boolean linesChanged, String action,
                        OrderEventType type, Money amount, String detail) {
        ctx.changes().record("order." + action, ENTITY, after.id(), after.version(), Operation.UPDATE,
                before.snapshot(), after.snapshot(), true);
        if (!orders.update(after, linesChanged)) {
            throw new ConflictException("error.changedMeanwhile");
        }
        event(who, after, type, after.updatedAt(), amount, detail);
        return after;
    }

    private void event(Actor who, Order o, OrderEventType type, Instant at, Money amount, String detail) {
        orders.insertEvent(new OrderEvent(UUID.randomUUID(), o.id(), type, at, who.username(), amount,
                detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail));
    }

    // ---------------------------------------------------------------- reading

    public Order get(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> orders.findById(id).orElseThrow(() -> new NotFoundException("error.order.notFound")));
    }

    public Order getByNumber(String number) {
        ctx.session().require(Permission.COUNTER_WORK);
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return ctx.tx().read(() -> orders.findByNumber(n).orElseThrow(() -> new NotFoundException("error.order.notFound")));
    }

    /** The "to place when online" queue: paid orders, oldest first, with their lines and links. */
    public List<Listed> toPlace() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> listed(orders.findByStatus(OrderStatus.PAID, QUEUE_LIMIT)));
    }

    /** Orders by status, oldest first (placed ones waiting for a tracking number, shipped ones on their way...). */
    public List<Listed> withStatus(OrderStatus status) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> listed(orders.findByStatus(status, QUEUE_LIMIT)));
    }

    /** A villager's orders in flight, for the counter screen beside their parcels. */
    public List<Order> inFlightFor(UUID villagerId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> orders.findOpenByVillager(villagerId));
    }

    /** What a villager still owes on all their orders in flight. */
    public Money balanceDueFor(UUID villagerId) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            Money due = Money.ZERO;
            for (Order o : orders.findOpenByVillager(villagerId)) {
                due = due.plus(o.balanceDue());
            }
            return due;
        });
    }

    /**
     * Orders for what the person at the counter says: an order number or its end ("0042",
     * "2611-0042"), a platform order number, or the villager (phone, last 4 digits of the
     * phone, name in any script). Newest first within each kind of match.
     */
    public List<Listed> find(String text) {
        ctx.session().require(Permission.COUNTER_WORK);
        String typed = TextRules.clean(text);
        if (typed == null || typed.isEmpty()) {
            return List.of();
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        String compact = typed.replaceAll("[\\s()]", "");
        return ctx.tx().read(() -> {
            Map<UUID, Order> found = new LinkedHashMap<>();
            if (OrderNumber.looksLikeNumber(upper)) {
                orders.findByNumber(upper).ifPresent(o -> found.put(o.id(), o));
            }
            if (OrderNumber.looksLikeTail(compact)) {
                orders.findByNumberTail(compact, FIND_LIMIT).forEach(o -> found.putIfAbsent(o.id(), o));
            }
            orders.findByPlatformOrderNo(compact, FIND_LIMIT).forEach(o -> found.putIfAbsent(o.id(), o));
            Set<UUID> people = new LinkedHashSet<>();
            String digits = compact.replace("-", "");
            if (digits.matches("[0-9]{4}")) {
                villagers.findByPhoneTail(digits, FIND_LIMIT).forEach(m -> people.add(m.villager().id()));
            }
            PhoneNumber phone = tryPhone(digits);
            if (phone != null) {
                villagers.findByPhone(phone, FIND_LIMIT).forEach(m -> people.add(m.villager().id()));
            }
            if (!digits.matches("\\+?[0-9]+")) {
                String key = TextRules.searchKey(typed);
                if (!key.isEmpty()) {
                    for (VillagerMatch m : villagers.findByName(key, FIND_LIMIT)) {
                        people.add(m.villager().id());
                    }
                }
            }
            orders.findByVillagers(people, FIND_LIMIT).forEach(o -> found.putIfAbsent(o.id(), o));
            return listed(found.values().stream().limit(FIND_LIMIT).toList());
        });
    }

    private static PhoneNumber tryPhone(String digits) {
        if (!digits.matches("\\+?[0-9]{7,14}")) {
            return null;
        }
        try {
            return PhoneNumber.parseOptional(digits);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private List<Listed> listed(List<Order> list) {
        Map<UUID, Villager> people = new HashMap<>();
        List<Listed> out = new ArrayList<>(list.size());
        for (Order o : list) {
            Villager v = people.computeIfAbsent(o.villagerId(), id -> villagers.findById(id).orElse(null));
            out.add(new Listed(o, v == null ? "" : v.name().value(),
                    v == null || v.phone() == null ? null : v.phone().digits()));
        }
        return out;
    }

    public List<OrderEvent> history(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> orders.events(id));
    }

    /** The order's cash movements, in the drawer's order: their sum is the order's paid total. */
    public List<CashMovement> movements(UUID id) {
        return cash.movementsFor(ENTITY, id);
    }

    public Receipt receipt(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> {
            Order o = orders.findById(id).orElseThrow(() -> new NotFoundException("error.order.notFound"));
            Station st = stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
            String name = villagers.findById(o.villagerId()).map(v -> v.name().value()).orElse("");
            return new Receipt(st.code().value(), st.name(), o, name, cash.movementsFor(ENTITY, id));
        });
    }

    /** Service fees per day of a month (by the day an order was first paid), for the monthly report. */
    public FeeMonth fees(YearMonth month) {
        ctx.session().require(Permission.REPORTS);
        List<FeeDay> days = ctx.tx().read(() -> orders.feesByDay(month.atDay(1), month.atEndOfMonth()));
        int n = 0;
        Money goods = Money.ZERO;
        Money shipping = Money.ZERO;
        Money fees = Money.ZERO;
        for (FeeDay d : days) {
            n += d.orders();
            goods = goods.plus(d.goods());
            shipping = shipping.plus(d.shipping());
            fees = fees.plus(d.fees());
        }
        return new FeeMonth(month, days, n, goods, shipping, fees);
    }

    public long count() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(orders::count);
    }

    // ---------------------------------------------------------------- settings

    public Settings settings() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(this::loadSettings);
    }

    /** The station's fee rule; new orders use it, orders already saved keep their fee. */
    public Settings updateFeeRule(ServiceFeeRule rule) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        if (rule == null) {
            throw new InvalidInputException("error.order.feeRule", "");
        }
        return saveSettings(s -> new Settings(rule, s.deliveryDays(), s.version() + 1));
    }

    /** Days from payment to the expected arrival printed on the receipt. */
    public Settings updateDeliveryDays(int days) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        if (days < 1 || days > MAX_DELIVERY_DAYS) {
            throw new InvalidInputException("error.order.deliveryDays", MAX_DELIVERY_DAYS, days);
        }
        return saveSettings(s -> new Settings(s.feeRule(), days, s.version() + 1));
    }

    private Settings saveSettings(java.util.function.UnaryOperator<Settings> edit) {
        return ctx.tx().inTransaction(() -> {
            Settings before = loadSettings();
            Settings after = edit.apply(before);
            ctx.changes().record("order.settings", "order_settings", settingsId(), after.version(),
                    before.version() == 0 ? Operation.CREATE : Operation.UPDATE,
                    before.version() == 0 ? null : before.snapshot(), after.snapshot(), true);
            stations.putSetting(KEY_FEE_RULE, after.feeRule().encode());
            stations.putSetting(KEY_DELIVERY_DAYS, Integer.toString(after.deliveryDays()));
            stations.putSetting(KEY_SETTINGS_VERSION, Long.toString(after.version()));
            return after;
        });
    }

    private Settings loadSettings() {
        long version = stations.setting(KEY_SETTINGS_VERSION).map(Long::parseLong).orElse(0L);
        if (version == 0) {
            return new Settings(ServiceFeeRule.DEFAULT, DEFAULT_DELIVERY_DAYS, 0);
        }
        return new Settings(stations.setting(KEY_FEE_RULE).map(ServiceFeeRule::decode).orElse(ServiceFeeRule.DEFAULT),
                stations.setting(KEY_DELIVERY_DAYS).map(Integer::parseInt).orElse(DEFAULT_DELIVERY_DAYS), version);
    }

    private UUID settingsId() {
        return UUID.nameUUIDFromBytes(("order-settings:" + stationCode()).getBytes(StandardCharsets.UTF_8));
    }

    private String stationCode() {
        return stations.find().map(s -> s.code().value()).orElse("UNSET");
    }

    private ZoneId zone() {
        return stations.find().map(Station::zone).orElse(Station.DEFAULT_ZONE);
    }
}
