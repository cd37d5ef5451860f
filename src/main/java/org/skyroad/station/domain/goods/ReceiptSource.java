package org.skyroad.station.domain.goods;

import java.util.Locale;

/** Where a buyer’s receipt confirmation came from: typed at the station, or from the hub by sync. */
public enum ReceiptSource {
    TYPED, HUB;

    public static ReceiptSource parse(String text) {
        return GoodsEnums.parse(ReceiptSource.class, text, "error.shipment.receiptSource");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
