package org.skyroad.station.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.ui.BundleKeys;

/** Every reports-area key the screens and printing use is in English and Chinese, and Chinese is complete. */
class ReportsUiBundlesTest {

    private static Set<String> used() throws IOException {
        Pattern p = Pattern.compile("\"%?(reportsui\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        Set<String> keys = BundleKeys.found(p, p);
        for (ReportsViewModel.Kind k : ReportsViewModel.Kind.values()) {
            keys.add("reportsui.kind." + k.name().toLowerCase(Locale.ROOT));
        }
        for (Paper paper : Paper.values()) {
            keys.add("reportsui.paper." + paper.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    @Test
    void everyKeyIsInEnglishAndChineseHasThemAll() throws IOException {
        Set<String> used = used();
        assertTrue(used.size() > 30, "found " + used);
        BundleKeys.assertComplete("reportsui", used);
        // Stricter here: Chinese has no key English lacks, and Tibetan is begun.
        assertEquals(BundleKeys.load("reportsui").stringPropertyNames(),
                BundleKeys.load("reportsui_zh").stringPropertyNames(), "Chinese is complete");
        assertFalse(BundleKeys.load("reportsui_bo").isEmpty());
    }
}
