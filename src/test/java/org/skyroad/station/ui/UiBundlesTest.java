package org.skyroad.station.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skyroad.station.ui.main.Area;

/** Every key the screens use exists in English and Chinese; no stray apostrophes. */
class UiBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedByScreens() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern fxml = Pattern.compile("\"%(ui\\.[A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile("\"(ui\\.[a-z]+\\.[A-Za-z0-9_.]+)\"");
        for (Path root : List.of(Path.of("src/main/resources/fxml"), Path.of("src/main/java/org/skyroad/station/ui"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".fxml") ? fxml : code).matcher(Files.readString(f));
                    while (m.find()) {
                        String k = m.group(1);
                        if (!k.endsWith(".")) {
                            keys.add(k);
                        }
                    }
                }
            }
        }
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
    void everyKeyUsedByTheScreensIsInEnglishAndChinese() throws IOException {
        Properties en = load("ui");
        Properties zh = load("ui_zh");
        Set<String> used = keysUsedByScreens();
        assertTrue(used.size() > 100, "found " + used.size());
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missingEn, "missing in ui.properties");
        Set<String> missingZh = new TreeSet<>(used);
        missingZh.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), missingZh, "missing in ui_zh.properties");
    }

    @Test
    void chineseHasEveryEnglishKeyAndTibetanNoExtraOnes() throws IOException {
        Properties en = load("ui");
        Set<String> zhMissing = new TreeSet<>(en.stringPropertyNames());
        zhMissing.removeAll(load("ui_zh").stringPropertyNames());
        assertEquals(Set.of(), zhMissing);
        Set<String> boExtra = new TreeSet<>(load("ui_bo").stringPropertyNames());
        boExtra.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), boExtra);
    }

    @Test
    void noPlainApostrophes() throws IOException {
        for (String name : List.of("ui", "ui_zh", "ui_bo")) {
            Properties p = load(name);
            for (String k : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(k).contains("'"), name + " " + k + " has ' : write ’");
            }
        }
    }
}
