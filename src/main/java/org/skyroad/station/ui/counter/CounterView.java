package org.skyroad.station.ui.counter;

import javafx.fxml.FXML;
import org.skyroad.station.ui.villagers.VillagersView;

/**
 * The counter: find the person in front of you (the villager finder) and, with later
 * versions, their parcels, orders and money beside it.
 */
public final class CounterView {

    @FXML private VillagersView finderController;

    public void focus() {
        finderController.focus();
    }
}
