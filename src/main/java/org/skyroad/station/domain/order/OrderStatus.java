package org.skyroad.station.domain.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of an assisted order: draft, paid (waiting to be placed), placed on the platform,
 * shipped (tracking number known), arrived (its parcel checked in), collected; or cancelled
 * before placing (everything paid given back) or refunded after (returned, partly or wholly).
 * Each status lists the actions that make sense in it; anything else is refused.
 */
public enum OrderStatus {
    DRAFT(EnumSet.of(OrderAction.EDIT, OrderAction.PAY, OrderAction.CANCEL, OrderAction.OVERRIDE_FEE)),
    PAID(EnumSet.of(OrderAction.PAY, OrderAction.CANCEL, OrderAction.PLACE, OrderAction.REFUND,
            OrderAction.CHANGE_PRICE, OrderAction.OVERRIDE_FEE)),
    PLACED(EnumSet.of(OrderAction.PAY, OrderAction.SHIP, OrderAction.ARRIVE, OrderAction.REFUND, OrderAction.RETURN,
            OrderAction.CHANGE_PRICE, OrderAction.OVERRIDE_FEE)),
    SHIPPED(EnumSet.of(OrderAction.PAY, OrderAction.ARRIVE, OrderAction.REFUND, OrderAction.RETURN,
            OrderAction.CHANGE_PRICE, OrderAction.OVERRIDE_FEE)),
    ARRIVED(EnumSet.of(OrderAction.PAY, OrderAction.COLLECT, OrderAction.REFUND, OrderAction.RETURN,
            OrderAction.CHANGE_PRICE, OrderAction.OVERRIDE_FEE)),
    COLLECTED(EnumSet.of(OrderAction.REFUND, OrderAction.RETURN)),
    CANCELLED(EnumSet.noneOf(OrderAction.class)),
    REFUNDED(EnumSet.noneOf(OrderAction.class));

    private final Set<OrderAction> allowed;

    OrderStatus(Set<OrderAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(OrderAction action) {
        return allowed.contains(action);
    }

    /** Still in flight: not collected, cancelled or refunded. */
    public boolean isOpen() {
        return this != COLLECTED && this != CANCELLED && this != REFUNDED;
    }

    /** Cancelled or refunded: no money is due either way any more. */
    public boolean isClosed() {
        return this == CANCELLED || this == REFUNDED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "order.status." + code();
    }

    public static OrderStatus parse(String text) {
        for (OrderStatus s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new org.skyroad.station.domain.common.InvalidInputException("error.order.status", text == null ? "" : text);
    }
}
