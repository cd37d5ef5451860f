package org.skyroad.station.ui.cash;

import org.skyroad.station.domain.cash.CashMovement;

/**
 * One movement as the drawer table shows it: time in the station's zone, kind, signed amount,
 * who, why, what it belongs to, and whether it was reversed (a reversal cannot be reversed).
 */
public record CashRow(CashMovement movement, String time, String kind, String amount, String who, String why,
                      String belongsTo, boolean reversed) {

    public boolean reversible() {
        return !reversed && movement.reversesId() == null;
    }
}
