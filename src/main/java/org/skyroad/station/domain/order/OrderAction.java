package org.skyroad.station.domain.order;

import java.util.Locale;

/** What can be done to an order; each status allows some of them. */
public enum OrderAction {
    EDIT, PAY, CANCEL, PLACE, SHIP, ARRIVE, COLLECT, REFUND, RETURN, CHANGE_PRICE, OVERRIDE_FEE;

    /** The message key of the action's name in a refusal: "it cannot be cancelled". */
    public String messageKey() {
        return "order.action." + name().toLowerCase(Locale.ROOT);
    }
}
