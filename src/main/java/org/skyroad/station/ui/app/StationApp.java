package org.skyroad.station.ui.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. (Placeholder: the screens are built in ui.*.) */
public final class StationApp extends Application {

    private static DesktopLauncher.Options options;

    static void start(DesktopLauncher.Options opts) {
        options = opts;
        Application.launch(StationApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SkyRoad Station");
        stage.show();
    }
}
