package org.skyroad.station.domain.order;

/** The steps recorded in an order's history. */
public enum OrderEventType {
    CREATED, EDITED, PAID, CANCELLED, PLACED, SHIPPED, ARRIVED, COLLECTED, REFUNDED, RETURNED,
    PRICE_CHANGED, FEE_OVERRIDDEN, PAYMENT_REVERSED
}
