package org.skyroad.station.domain.goods;

import java.util.Locale;

/** Who goods are sold to: a platform order, a wholesaler, the county center, a livestream campaign, or another buyer. */
public enum BuyerKind {
    PLATFORM_ORDER, WHOLESALER, COUNTY_CENTER, LIVESTREAM, OTHER;

    public static BuyerKind parse(String text) {
        return GoodsEnums.parse(BuyerKind.class, text, "error.sale.buyerKind");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
