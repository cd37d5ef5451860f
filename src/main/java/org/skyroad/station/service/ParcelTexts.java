package org.skyroad.station.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.skyroad.station.i18n.Messages;

/**
 * The parcel desk's own sentences that leave the station (text messages to villagers), read
 * from {@code i18n/parcels*.properties} in the villager's language, whatever the interface
 * language is. Tibetan falls back to Chinese like every bundle.
 */
final class ParcelTexts {

    static final String BUNDLE = "i18n.parcels";

    private ParcelTexts() {
    }

    static String get(Locale locale, String key, Object... args) {
        ResourceBundle b = Messages.single(BUNDLE, locale);
        if (b == null || !b.containsKey(key)) {
            return Messages.get(locale, key, args);
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Number n) {
                resolved[i] = n.toString();
            }
        }
        return new MessageFormat(b.getString(key), locale).format(resolved);
    }
}
