package org.skyroad.station.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skyroad.station.ui.main.Area;

/** Every key the screens use exists in English and Chinese; Tibetan adds none; no stray apostrophes. */
class UiBundlesTest {

    private static Set<String> keysUsedByScreens() throws IOException {
        Set<String> keys = BundleKeys.found(Pattern.compile("\"%(ui\\.[A-Za-z0-9_.]+)\""),
                Pattern.compile("\"(ui\\.[a-z]+\\.[A-Za-z0-9_.]+)\""));
        for (Area a : Area.values()) {
            keys.add(a.messageKey());
        }
        for (String level : List.of("village", "township", "county")) {
            keys.add("ui.level." + level);
        }
        for (String role : List.of("operator", "manager", "admin")) {
            keys.add("ui.role." + role);
        }
        for (var reason : org.skyroad.station.domain.villager.VillagerMatch.MatchReason.values()) {
            keys.add("ui.villager.reason." + reason.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedByTheScreensIsInEnglishAndChineseHasThemAllAndTibetanNoOthers() throws IOException {
        Set<String> used = keysUsedByScreens();
        assertTrue(used.size() > 100, "found " + used.size());
        BundleKeys.assertComplete("ui", used);
    }
}
