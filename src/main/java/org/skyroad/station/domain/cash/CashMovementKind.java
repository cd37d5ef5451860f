package org.skyroad.station.domain.cash;

import java.util.Locale;

/**
 * Why cash went into or out of the drawer. The kind gives the direction: amounts are typed
 * as positive numbers and stored signed (in is positive, out negative). A correction is the
 * one kind that may go either way; it reverses an earlier movement or books money found or
 * missing, always with a reason.
 */
public enum CashMovementKind {
    /** An order paid in full at once. */
    ORDER_PAYMENT(Direction.IN, false),
    /** A first part of an order's price; the rest is due later. */
    DEPOSIT(Direction.IN, false),
    /** The rest of an order's price, or a price rise on the platform. */
    BALANCE(Direction.IN, false),
    REFUND(Direction.OUT, true),
    /** Cash on delivery taken for a parcel at handover (for the carrier). */
    COD_COLLECTED(Direction.IN, false),
    /** Storage fees and send-out fees of the parcel desk. */
    PARCEL_FEE(Direction.IN, false),
    PRODUCER_PAYOUT(Direction.OUT, false),
    /** Change money put into the drawer. */
    FLOAT_IN(Direction.IN, true),
    /** Cash taken out of the drawer (to the bank, to the township). */
    FLOAT_OUT(Direction.OUT, true),
    EXPENSE(Direction.OUT, true),
    CORRECTION(Direction.EITHER, true);

    public enum Direction { IN, OUT, EITHER }

    private final Direction direction;
    private final boolean reasonRequired;

    CashMovementKind(Direction direction, boolean reasonRequired) {
        this.direction = direction;
        this.reasonRequired = reasonRequired;
    }

    public Direction direction() {
        return direction;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "cash.kind." + code();
    }

    public static CashMovementKind parse(String text) {
        if (text != null) {
            String t = text.strip().replace('-', '_');
            for (CashMovementKind k : values()) {
                if (k.name().equalsIgnoreCase(t)) {
                    return k;
                }
            }
        }
        throw new org.skyroad.station.domain.common.InvalidInputException("error.cash.kind", text == null ? "" : text);
    }
}
