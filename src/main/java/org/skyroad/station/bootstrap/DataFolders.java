package org.skyroad.station.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the station keeps its data: the user's data folder of each system (XDG on Linux,
 * %APPDATA% on Windows, Application Support on macOS), unless {@code --db} says otherwise.
 */
public final class DataFolders {

    public static final String APP_FOLDER = "SkyRoadStation";
    public static final String DB_FILE = "station.mv.db";

    private DataFolders() {
    }

    public static Path defaultDatabase() {
        return defaultDataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(DB_FILE);
    }

    static Path defaultDataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("skyroad-station");
    }

    /** The demo station lives apart from the real one, so demo data never mixes with real records. */
    public static Path demoDatabase() {
        return defaultDatabase().resolveSibling("demo").resolve(DB_FILE);
    }
}
