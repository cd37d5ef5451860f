package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.order.OrderEventType;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.BundleKeys;

/** Every key the order screens use exists in English and Chinese; Tibetan adds none; no stray apostrophes. */
class OrdersUiBundlesTest {

    private static Set<String> keysUsed() throws IOException {
        Pattern key = Pattern.compile("\"%?(ordersui\\.[A-Za-z0-9_.]+)\"");
        Set<String> keys = BundleKeys.found(key, key);
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
        Set<String> used = keysUsed();
        assertTrue(used.size() > 80, "found " + used.size());
        BundleKeys.assertComplete("ordersui", used);
    }

    @Test
    void theBundleIsRegistered() {
        assertTrue(Messages.BUNDLES.contains("i18n.ordersui"));
        assertEquals("京东", Messages.get(Messages.CHINESE, "ordersui.platform.jd"));
    }
}
