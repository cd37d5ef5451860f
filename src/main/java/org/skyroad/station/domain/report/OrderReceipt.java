package org.skyroad.station.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.skyroad.station.domain.common.Money;

/**
 * The receipt of an assisted order: what was ordered on which platform, the shipping and the
 * station's fee, the cash taken and what is still owed.
 */
public record OrderReceipt(StationHeader station, String orderNumber, Instant at, String customerName,
                           String customerPhone, String village, List<Line> lines, Money shipping, Money serviceFee,
                           Money paid, String operator, String note) implements PrintableDocument {

    public record Line(String platform, String item, int quantity, Money unitPrice) {
        public Money amount() {
            return unitPrice.times(quantity);
        }
    }

    public OrderReceipt {
        lines = List.copyOf(lines);
        shipping = shipping == null ? Money.ZERO : shipping;
        serviceFee = serviceFee == null ? Money.ZERO : serviceFee;
        paid = paid == null ? Money.ZERO : paid;
    }

    public Money goods() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    public Money total() {
        return goods().plus(shipping).plus(serviceFee);
    }

    public Money balanceDue() {
        return total().minus(paid);
    }

    @Override
    public String kind() {
        return "order-receipt";
    }

    @Override
    public Set<Paper> papers() {
        return ALL_PAPERS;
    }
}
