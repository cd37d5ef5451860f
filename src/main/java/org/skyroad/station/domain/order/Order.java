package org.skyroad.station.domain.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * An assisted order (代购) for one villager. The money on it:
 * <ul>
 *   <li>{@code total} = goods (the lines) + shipping + service fee + price adjustments made
 *       after the platform changed a price;</li>
 *   <li>{@code paid} = the sum of the order's cash movements (payments in, refunds and
 *       reversals out); never negative: refunds never exceed payments;</li>
 *   <li>{@code refunded} = what was given back, for the receipt and the reports.</li>
 * </ul>
 * A change makes a new version through {@link #change(Instant)}; nothing here touches a
 * database.
 */
public record Order(UUID id, String number, UUID villagerId, OrderStatus status, List<OrderLine> lines,
                    Money shipping, Money fee, String feeRule, boolean feeOverridden, Money adjustment,
                    Money paid, Money refunded, String platformOrderNo, String trackingNumber, UUID parcelId,
                    LocalDate expectedArrival, String note, Instant createdAt, String createdBy,
                    Instant paidAt, LocalDate paidDate, Instant placedAt, String placedBy, Instant shippedAt,
                    Instant arrivedAt, Instant collectedAt, Instant closedAt, String closedReason,
                    Instant updatedAt, long version) {

    public static final int NOTE_MAX = 500;
    public static final int REASON_MAX = 500;
    public static final int PLATFORM_ORDER_MAX = 64;
    public static final int LINES_MAX = 50;

    public Order {
        if (id == null || number == null || villagerId == null || status == null) {
            throw new IllegalArgumentException("id, number, villager and status are required");
        }
        lines = List.copyOf(lines);
        if (paid.isNegative()) {
            throw new IllegalStateException("paid below zero on " + number);
        }
    }

    public Money goods() {
        Money sum = Money.ZERO;
        for (OrderLine l : lines) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    public Money total() {
        return goods().plus(shipping).plus(fee).plus(adjustment);
    }

    /** What the villager still owes: nothing once the order is closed. */
    public Money balanceDue() {
        if (status.isClosed()) {
            return Money.ZERO;
        }
        Money due = total().minus(paid);
        return due.isNegative() ? Money.ZERO : due;
    }

    /** What the station owes back because the price went down (or a payment was too much). */
    public Money refundDue() {
        if (status.isClosed()) {
            return Money.ZERO;
        }
        Money over = paid.minus(total());
        return over.isNegative() ? Money.ZERO : over;
    }

    public Changer change(Instant now) {
        return new Changer(this, now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("number", number);
        m.put("villagerId", villagerId.toString());
        m.put("status", status.name());
        List<Map<String, Object>> ls = new ArrayList<>(lines.size());
        for (OrderLine l : lines) {
            ls.add(l.snapshot());
        }
        m.put("lines", ls);
        m.put("goodsFen", goods().fen());
        m.put("shippingFen", shipping.fen());
        m.put("feeFen", fee.fen());
        m.put("feeRule", feeRule);
        m.put("feeOverridden", feeOverridden);
        m.put("adjustmentFen", adjustment.fen());
        m.put("totalFen", total().fen());
        m.put("paidFen", paid.fen());
        m.put("refundedFen", refunded.fen());
        m.put("platformOrderNo", platformOrderNo);
        m.put("trackingNumber", trackingNumber);
        m.put("parcelId", parcelId == null ? null : parcelId.toString());
        m.put("expectedArrival", expectedArrival == null ? null : expectedArrival.toString());
        m.put("note", note);
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("paidAt", str(paidAt));
        m.put("placedAt", str(placedAt));
        m.put("placedBy", placedBy);
        m.put("shippedAt", str(shippedAt));
        m.put("arrivedAt", str(arrivedAt));
        m.put("collectedAt", str(collectedAt));
        m.put("closedAt", str(closedAt));
        m.put("closedReason", closedReason);
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Builds the next version of an order: one field at a time, then {@link #done()}. */
    public static final class Changer {
        private final Order o;
        private final Instant now;
        private OrderStatus status;
        private List<OrderLine> lines;
        private Money shipping;
        private Money fee;
        private String feeRule;
        private boolean feeOverridden;
        private Money adjustment;
        private Money paid;
        private Money refunded;
        private String platformOrderNo;
        private String trackingNumber;
        private UUID parcelId;
        private LocalDate expectedArrival;
        private String note;
        private Instant paidAt;
        private LocalDate paidDate;
        private Instant placedAt;
        private String placedBy;
        private Instant shippedAt;
        private Instant arrivedAt;
        private Instant collectedAt;
        private Instant closedAt;
        private String closedReason;

        private Changer(Order o, Instant now) {
            this.o = o;
            this.now = now;
            status = o.status;
            lines = o.lines;
            shipping = o.shipping;
            fee = o.fee;
            feeRule = o.feeRule;
            feeOverridden = o.feeOverridden;
            adjustment = o.adjustment;
            paid = o.paid;
            refunded = o.refunded;
            platformOrderNo = o.platformOrderNo;
            trackingNumber = o.trackingNumber;
            parcelId = o.parcelId;
            expectedArrival = o.expectedArrival;
            note = o.note;
            paidAt = o.paidAt;
            paidDate = o.paidDate;
            placedAt = o.placedAt;
            placedBy = o.placedBy;
            shippedAt = o.shippedAt;
            arrivedAt = o.arrivedAt;
            collectedAt = o.collectedAt;
            closedAt = o.closedAt;
            closedReason = o.closedReason;
        }

        public Changer status(OrderStatus s) {
            status = s;
            return this;
        }

        public Changer content(List<OrderLine> newLines, Money newShipping, Money newFee, String rule,
                               boolean overridden, String newNote) {
            lines = newLines;
            shipping = newShipping;
            fee = newFee;
            feeRule = rule;
            feeOverridden = overridden;
            note = newNote;
            return this;
        }

        public Changer fee(Money newFee, boolean overridden) {
            fee = newFee;
            feeOverridden = overridden;
            return this;
        }

        public Changer adjust(Money delta) {
            adjustment = adjustment.plus(delta);
            return this;
        }

        /** Money in (positive) or out (negative) through the drawer; refunds also add to {@code refunded}. */
        public Changer cash(Money signed, boolean refund) {
            paid = paid.plus(signed);
            if (refund) {
                refunded = refunded.plus(signed.isNegative() ? Money.ZERO.minus(signed) : signed);
            }
            return this;
        }

        public Changer firstPaid(LocalDate day, LocalDate arrival) {
            if (paidAt == null) {
                paidAt = now;
                paidDate = day;
                expectedArrival = arrival;
            }
            return this;
        }

        public Changer placed(String platformNo, String by) {
            platformOrderNo = platformNo;
            placedAt = now;
            placedBy = by;
            return this;
        }

        public Changer shipped(String tracking) {
            trackingNumber = tracking;
            shippedAt = now;
            return this;
        }

        public Changer arrived(UUID parcel) {
            parcelId = parcel;
            arrivedAt = now;
            return this;
        }

        public Changer collected() {
            collectedAt = now;
            return this;
        }

        public Changer closed(String reason) {
            closedAt = now;
            closedReason = reason;
            return this;
        }

        public Order done() {
            return new Order(o.id, o.number, o.villagerId, status, lines, shipping, fee, feeRule, feeOverridden,
                    adjustment, paid, refunded, platformOrderNo, trackingNumber, parcelId, expectedArrival, note,
                    o.createdAt, o.createdBy, paidAt, paidDate, placedAt, placedBy, shippedAt, arrivedAt,
                    collectedAt, closedAt, closedReason, now, o.version + 1);
        }
    }
}
