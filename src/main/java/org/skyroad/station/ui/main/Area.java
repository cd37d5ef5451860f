package org.skyroad.station.ui.main;

import javafx.scene.input.KeyCode;

/** The areas of the main window, in the order of the left navigation, with their keys. */
public enum Area {
    COUNTER(KeyCode.F1, true),
    VILLAGERS(KeyCode.F2, true),
    ORDERS(KeyCode.F3, true),
    PARCELS(KeyCode.F4, true),
    GOODS(KeyCode.F5, true),
    CASH(KeyCode.F6, true),
    SYNC(KeyCode.F7, true),
    REPORTS(KeyCode.F8, true),
    ADMIN(KeyCode.F9, true);

    private final KeyCode key;
    private final boolean built;

    Area(KeyCode key, boolean built) {
        this.key = key;
        this.built = built;
    }

    public KeyCode key() {
        return key;
    }

    /** False for areas that come with a later version (a placeholder is shown). */
    public boolean built() {
        return built;
    }

    public String messageKey() {
        return "ui.nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
