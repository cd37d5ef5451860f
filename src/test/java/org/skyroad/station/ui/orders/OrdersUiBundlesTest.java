package org.skyroad.station.ui.orders;

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
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.i18n.Messages;

/** Every key the order screens use exists in English and Chinese; Tibetan adds none; no stray apostrophes. */
class OrdersUiBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OrdersUiBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"%?(ordersui\\.[A-Za-z0-9_.]+)\"");
        for (Path root : List.of(Path.of("src/main/resources/fxml"), Path.of("src/main/java/org/skyroad/station/ui"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = key.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        for (Platform p : Platform.values()) {
            keys.add("ordersui.platform." + p.code());
        }
        for (OrderStatus s : OrderStatus.values()) {
            keys.add("ordersui.status." + s.code());
        }
        for (OrderEventType t : OrderEventType.values()) {
            keys.add("ordersui.event." + t.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInEnglishAndChineseAndTibetanAddsNone() throws IOException {
        Properties en = load("ordersui");
        Properties zh = load("ordersui_zh");
        Set<String> used = keysUsed();
        assertTrue(used.size() > 80, "found " + used.size());
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missingEn, "missing in ordersui.properties");
        Set<String> missingZh = new TreeSet<>(en.stringPropertyNames());
        missingZh.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), missingZh, "missing in ordersui_zh.properties");
        Set<String> boExtra = new TreeSet<>(load("ordersui_bo").stringPropertyNames());
        boExtra.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), boExtra);
    }

    @Test
    void noPlainApostrophesAndTheBundleIsRegistered() throws IOException {
        for (String name : List.of("ordersui", "ordersui_zh", "ordersui_bo")) {
            Properties p = load(name);
            for (String k : p.stringPropertyNames()) {
                assertFalse(p.getProperty(k).contains("'"), name + " " + k);
            }
        }
        assertTrue(Messages.BUNDLES.contains("i18n.ordersui"));
        assertEquals("京东", Messages.get(Messages.CHINESE, "ordersui.platform.jd"));
    }
}
