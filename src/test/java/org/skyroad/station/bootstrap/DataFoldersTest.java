package org.skyroad.station.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertEquals(Path.of("/data/x/skyroad-station"),
                DataFolders.defaultDataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/x"), "/home/dolma"));
        assertEquals(Path.of("/home/dolma/.local/share/skyroad-station"),
                DataFolders.defaultDataFolder("Linux", Map.of(), "/home/dolma"));
        assertEquals(Path.of("/home/dolma/.local/share/skyroad-station"),
                DataFolders.defaultDataFolder("Linux", Map.of("XDG_DATA_HOME", "relative/path"), "/home/dolma"),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\dolma\\AppData\\Roaming", "SkyRoadStation"),
                DataFolders.defaultDataFolder("Windows 11", Map.of("APPDATA", "C:\\Users\\dolma\\AppData\\Roaming"), "C:\\Users\\dolma"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/dolma/Library/Application Support/SkyRoadStation"),
                DataFolders.defaultDataFolder("Mac OS X", Map.of(), "/Users/dolma"));
    }
}
