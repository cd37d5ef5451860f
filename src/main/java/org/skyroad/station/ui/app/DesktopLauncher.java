package org.skyroad.station.ui.app;

import java.nio.file.Path;

/** Starts the desktop app; the command line calls this when no command is given. */
public final class DesktopLauncher {

    /** What the app is started with: the database, whether it is the demo, the language. */
    public record Options(Path database, boolean demo, String language) {
    }

    private DesktopLauncher() {
    }

    public static int launch(Options options) {
        StationApp.start(options);
        return 0;
    }
}
