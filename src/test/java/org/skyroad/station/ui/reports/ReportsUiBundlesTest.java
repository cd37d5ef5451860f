package org.skyroad.station.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.report.Paper;

/** Every reports-area key the screens and printing use is in English and Chinese, and Chinese is complete. */
class ReportsUiBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportsUiBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern p = Pattern.compile("\"%?(reportsui\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        for (Path root : List.of(Path.of("src/main/resources/fxml"), Path.of("src/main/java/org/skyroad/station/ui"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = p.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
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
        Properties en = load("reportsui");
        Properties zh = load("reportsui_zh");
        Set<String> used = used();
        assertTrue(used.size() > 30, "found " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in reportsui.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), "Chinese is complete");
        Properties bo = load("reportsui_bo");
        assertFalse(bo.isEmpty());
        assertTrue(en.stringPropertyNames().containsAll(bo.stringPropertyNames()), "no Tibetan key of its own");
        for (Properties b : List.of(en, zh, bo)) {
            for (String k : b.stringPropertyNames()) {
                assertFalse(b.getProperty(k).contains("'"), k + ": write ’ not '");
            }
        }
    }
}
