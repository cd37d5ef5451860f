package org.skyroad.station.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** Checks of a screen bundle (English base, complete Chinese, Tibetan) against the keys the screens use. */
public final class BundleKeys {

    private BundleKeys() {
    }

    public static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeys.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The screens' FXML and code under the usual folders. */
    public static Set<String> found(Pattern fxml, Pattern code) throws IOException {
        return found(fxml, code, List.of(Path.of("src/main/resources/fxml"), Path.of("src/main/java/org/skyroad/station/ui")));
    }

    /**
     * The keys (group 1) found in the files under {@code roots}: {@code fxml} in FXML files,
     * {@code code} in the others. A key ending in a dot is a prefix the code completes: left out.
     */
    public static Set<String> found(Pattern fxml, Pattern code, List<Path> roots) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".fxml") ? fxml : code).matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Every key {@code used} is in English, Chinese has every English key, Tibetan has none of
     * its own, and no text has a plain apostrophe (MessageFormat would swallow it: write ’).
     */
    public static void assertComplete(String bundle, Set<String> used) throws IOException {
        Properties en = load(bundle);
        Properties zh = load(bundle + "_zh");
        Properties bo = load(bundle + "_bo");
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missingEn, "missing in " + bundle + ".properties");
        Set<String> missingZh = new TreeSet<>(en.stringPropertyNames());
        missingZh.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), missingZh, "missing in " + bundle + "_zh.properties");
        Set<String> boExtra = new TreeSet<>(bo.stringPropertyNames());
        boExtra.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), boExtra, "Tibetan keys not in " + bundle + ".properties");
        for (Properties p : List.of(en, zh, bo)) {
            for (String k : p.stringPropertyNames()) {
                assertFalse(p.getProperty(k).contains("'"), bundle + " " + k + " has ' : write ’");
            }
        }
    }
}
