package org.skyroad.station.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.BundleKeys;

/** Every cash screen key is in English and Chinese; Tibetan adds none of its own; no plain apostrophes. */
class CashBundlesTest {

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = BundleKeys.found(Pattern.compile("\"%(cashui\\.[A-Za-z0-9_.]+)\""),
                Pattern.compile("\"(cashui\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\""),
                List.of(Path.of("src/main/resources/fxml/cash"), Path.of("src/main/java/org/skyroad/station/ui/cash")));
        for (String ref : List.of("parcel_handover", "parcel_dropoff", "parcel", "settlement")) {
            keys.add("cashui.ref." + ref);
        }
        return keys;
    }

    @Test
    void everyKeyTheCashScreensUseIsInEnglishAndChinese() throws IOException {
        Set<String> used = keysUsed();
        assertTrue(used.size() > 60, "found " + used.size());
        BundleKeys.assertComplete("cashui", used);
    }

    @Test
    void theBundleIsReachedThroughMessages() {
        assertTrue(Messages.BUNDLES.contains("i18n.cashui"));
        assertEquals("日结", Messages.get(Messages.CHINESE, "cashui.tab.close"));
        assertEquals("ཉིན་རྩིས་སྒྲིལ་བ", Messages.get(Messages.TIBETAN, "cashui.tab.close"));
        assertTrue(Messages.get(Messages.TIBETAN, "cashui.keys").contains("日结"), "what Tibetan lacks comes in Chinese");
    }
}
