package org.skyroad.station.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.TabPane;

/** The admin area: staff, station settings, villages, each a tab with its own triad. */
public final class AdminView {

    @FXML private TabPane tabs;

    @FXML
    private void initialize() {
        tabs.getSelectionModel().selectFirst();
    }

    public void showSettings() {
        tabs.getSelectionModel().select(1);
    }
}
