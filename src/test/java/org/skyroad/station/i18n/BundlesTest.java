package org.skyroad.station.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fails on a key missing from a bundle, so no screen ever shows a raw key. */
class BundlesTest {

    static Stream<String> bundles() {
        return Messages.BUNDLES.stream().filter(b -> BundlesTest.class.getResource("/" + b.replace('.', '/') + ".properties") != null);
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        }
        return p;
    }

    private static String path(String bundle, String suffix) {
        return "/" + bundle.replace('.', '/') + suffix + ".properties";
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseHasEveryEnglishKeyAndNoOther(String bundle) throws IOException {
        Set<String> en = new TreeSet<>(load(path(bundle, "")).stringPropertyNames());
        Set<String> zh = new TreeSet<>(load(path(bundle, "_zh")).stringPropertyNames());
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(zh);
        Set<String> extra = new TreeSet<>(zh);
        extra.removeAll(en);
        assertEquals(Set.of(), missing, bundle + "_zh lacks keys");
        assertEquals(Set.of(), extra, bundle + "_zh has keys English lacks");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void tibetanTranslatesOnlyKnownKeys(String bundle) throws IOException {
        Set<String> en = load(path(bundle, "")).stringPropertyNames();
        Set<String> bo = new TreeSet<>(load(path(bundle, "_bo")).stringPropertyNames());
        bo.removeAll(en);
        assertEquals(Set.of(), bo, bundle + "_bo has keys no other bundle has");
    }

    @Test
    void tibetanFallsBackToChineseThenEnglish() {
        String zhOnly = Messages.get(Messages.CHINESE, "error.station.nameEmpty");
        assertEquals(zhOnly, Messages.get(Messages.TIBETAN, "error.station.nameEmpty"));
        assertTrue(Messages.get(Messages.TIBETAN, "error.signin.wrong").contains("གསང་ཨང"));
        assertEquals("Please sign in first.", Messages.get(Locale.ENGLISH, "error.access.notSignedIn"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String b : Messages.BUNDLES) {
            known.addAll(load(path(b, "")).stringPropertyNames());
        }
        Pattern inJava = Pattern.compile("\"((?:error|permission|ui|cli)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        Pattern inFxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (f.toString().endsWith(".fxml") ? inFxml : inJava).matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (!known.contains(key) && !key.endsWith(".")) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void messagePatternsHaveNoBareApostrophe() throws IOException {
        for (String b : Messages.BUNDLES) {
            for (String suffix : new String[] {"", "_zh", "_bo"}) {
                Properties p = load(path(b, suffix));
                for (String key : p.stringPropertyNames()) {
                    assertTrue(!p.getProperty(key).contains("'"), b + suffix + " " + key + " uses ' : write ’ instead");
                }
            }
        }
    }
}
