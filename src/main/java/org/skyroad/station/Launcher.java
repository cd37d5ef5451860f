package org.skyroad.station;

import org.skyroad.station.cli.SkyroadCommand;

/**
 * The jar's entry point. A plain class (not a JavaFX Application) so the desktop app starts
 * from the classpath; with a command it runs headless instead.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before the first logger: logs go to the user's data folder on every system.
        if (System.getProperty("skyroad.logdir") == null) {
            System.setProperty("skyroad.logdir",
                    org.skyroad.station.bootstrap.DataFolders.defaultDatabase().resolveSibling("logs").toString());
        }
        System.exit(SkyroadCommand.run(args));
    }
}
