package org.skyroad.station.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one door to translated text. Bundles live in {@code i18n/messages*.properties} (UTF-8);
 * a key missing from the Tibetan bundle falls back to Chinese, then to the base (English) bundle.
 */
public final class Messages {

    /**
     * The bundles, each kept by the part of the program that speaks it: error sentences,
     * the screens, the command line. Keys are namespaced so they never clash.
     */
    public static final java.util.List<String> BUNDLES = java.util.List.of("i18n.errors", "i18n.ui", "i18n.cli",
            "i18n.parcels", "i18n.parcelsui", "i18n.ordersui", "i18n.goods", "i18n.orders", "i18n.reports",
            "i18n.sync", "i18n.cashui", "i18n.syncui", "i18n.reportsui", "i18n.goodsui");
    private static volatile Locale locale = Locale.ENGLISH;

    private Messages() {
    }

    /** The languages the interface offers, in the order shown to a user. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale TIBETAN = Locale.forLanguageTag("bo");

    /** A message argument that is itself translated when the message is shown. */
    public record Key(String key) {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale == null ? Locale.ENGLISH : newLocale;
    }

    /** Maps a stored language code (en, zh, bo) to a locale. */
    public static Locale localeFor(String code) {
        if (code == null) {
            return Locale.ENGLISH;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn" -> CHINESE;
            case "bo" -> TIBETAN;
            default -> Locale.ENGLISH;
        };
    }

    public static String codeOf(Locale l) {
        if (l == null) {
            return "en";
        }
        return switch (l.getLanguage()) {
            case "zh" -> "zh";
            case "bo" -> "bo";
            default -> "en";
        };
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    /** All bundles merged into one, as FXML's {@code %key} lookups need. */
    public static ResourceBundle bundle(Locale l) {
        java.util.Map<String, Object> merged = new java.util.HashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle b = single(name, l);
            if (b != null) {
                for (String key : b.keySet()) {
                    merged.putIfAbsent(key, b.getObject(key));
                }
            }
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return merged.get(key);
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return java.util.Collections.enumeration(merged.keySet());
            }

            @Override
            public Locale getLocale() {
                return l;
            }
        };
    }

    /** One named bundle for a locale, or null when the program has none of that name. */
    public static ResourceBundle single(String name, Locale l) {
        try {
            return ResourceBundle.getBundle(name, l, FallbackControl.INSTANCE);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    public static String get(Locale l, String key, Object... args) {
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle b = single(name, l);
            if (b != null && b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Key k) {
                resolved[i] = get(l, k.key());
            } else if (resolved[i] instanceof Number n) {
                // Plain digits: "TS-003 batch 1042", not "1,042".
                resolved[i] = n.toString();
            }
        }
        return new MessageFormat(pattern, l).format(resolved);
    }

    /**
     * Tibetan falls back to Chinese (the language a Tibetan-reading operator also reads at
     * work), then to English; never to the JVM's default locale, which would make a
     * translation depend on the machine it runs on.
     */
    static final class FallbackControl extends ResourceBundle.Control {
        static final FallbackControl INSTANCE = new FallbackControl();

        @Override
        public Locale getFallbackLocale(String baseName, Locale l) {
            return null;
        }

        @Override
        public java.util.List<Locale> getCandidateLocales(String baseName, Locale l) {
            if ("bo".equals(l.getLanguage())) {
                return java.util.List.of(l, Locale.forLanguageTag("zh"), Locale.ROOT);
            }
            return super.getCandidateLocales(baseName, l);
        }
    }
}
