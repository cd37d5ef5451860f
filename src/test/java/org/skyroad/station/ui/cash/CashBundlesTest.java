package org.skyroad.station.ui.cash;

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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skyroad.station.i18n.Messages;

/** Every cash screen key is in English and Chinese; Tibetan adds none of its own; no plain apostrophes. */
class CashBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CashBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern fxml = Pattern.compile("\"%(cashui\\.[A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile("\"(cashui\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        for (Path root : List.of(Path.of("src/main/resources/fxml/cash"), Path.of("src/main/java/org/skyroad/station/ui/cash"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".fxml") ? fxml : code).matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (String ref : List.of("parcel_handover", "parcel_dropoff", "parcel", "settlement")) {
            keys.add("cashui.ref." + ref);
        }
        return keys;
    }

    @Test
    void everyKeyTheCashScreensUseIsInEnglishAndChinese() throws IOException {
        Set<String> used = keysUsed();
        assertTrue(used.size() > 60, "found " + used.size());
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(load("cashui").stringPropertyNames());
        assertEquals(Set.of(), missingEn);
        Set<String> missingZh = new TreeSet<>(load("cashui").stringPropertyNames());
        missingZh.removeAll(load("cashui_zh").stringPropertyNames());
        assertEquals(Set.of(), missingZh, "Chinese is complete");
        Set<String> boExtra = new TreeSet<>(load("cashui_bo").stringPropertyNames());
        boExtra.removeAll(load("cashui").stringPropertyNames());
        assertEquals(Set.of(), boExtra);
    }

    @Test
    void noPlainApostrophes() throws IOException {
        for (String name : List.of("cashui", "cashui_zh", "cashui_bo")) {
            Properties p = load(name);
            for (String k : p.stringPropertyNames()) {
                assertFalse(p.getProperty(k).contains("'"), name + " " + k + " has ' : write ’");
            }
        }
    }

    @Test
    void theBundleIsReachedThroughMessages() {
        assertTrue(Messages.BUNDLES.contains("i18n.cashui"));
        assertEquals("日结", Messages.get(Messages.CHINESE, "cashui.tab.close"));
        assertEquals("ཉིན་རྩིས་སྒྲིལ་བ", Messages.get(Messages.TIBETAN, "cashui.tab.close"));
        assertTrue(Messages.get(Messages.TIBETAN, "cashui.keys").contains("日结"), "what Tibetan lacks comes in Chinese");
    }
}
