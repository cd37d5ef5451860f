package org.skyroad.station.ui.sync;

import javafx.fxml.FXML;
import javafx.scene.Node;

/**
 * The sync area: the station's screen, or the hub's at a county hub. Which one is known once
 * the status is read.
 */
public final class SyncView {

    @FXML private Node station;
    @FXML private Node hub;
    @FXML private SyncStationView stationController;
    @FXML private SyncHubView hubController;

    @FXML
    private void initialize() {
        hub.setVisible(false);
        stationController.viewModel().hubInstallationProperty().addListener((o, was, isHub) -> {
            station.setVisible(!isHub);
            hub.setVisible(isHub);
            if (isHub) {
                hubController.focus();
            }
        });
    }

    public void focus() {
        if (hub.isVisible()) {
            hubController.focus();
        } else {
            stationController.focus();
        }
    }
}
