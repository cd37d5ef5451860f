package org.skyroad.station.ui.main;

import javafx.scene.input.KeyCode;

/** The areas of the main window, in the order of the left navigation, with their keys. */
public enum Area {
    COUNTER(KeyCode.F1),
    VILLAGERS(KeyCode.F2),
    ORDERS(KeyCode.F3),
    PARCELS(KeyCode.F4),
    GOODS(KeyCode.F5),
    CASH(KeyCode.F6),
    SYNC(KeyCode.F7),
    REPORTS(KeyCode.F8),
    ADMIN(KeyCode.F9);

    private final KeyCode key;

    Area(KeyCode key) {
        this.key = key;
    }

    public KeyCode key() {
        return key;
    }

    public String messageKey() {
        return "ui.nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
