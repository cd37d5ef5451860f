package org.skyroad.station.domain.order;

import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * What another desk needs to know about an order it touched: which order, for whom, its
 * status now and the balance still due. The parcel desk shows it on the check-in slip and at
 * handover.
 */
public record OrderRef(UUID orderId, String orderNumber, UUID villagerId, OrderStatus status, Money balanceDue) {

    public static OrderRef of(Order o) {
        return new OrderRef(o.id(), o.number(), o.villagerId(), o.status(), o.balanceDue());
    }
}
