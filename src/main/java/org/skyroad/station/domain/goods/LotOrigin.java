package org.skyroad.station.domain.goods;

import java.util.Locale;

/** How a lot was born: at intake, as a part split off a lot, or as a merge of lots. */
public enum LotOrigin {
    INTAKE, SPLIT, MERGE;

    public static LotOrigin parse(String text) {
        return GoodsEnums.parse(LotOrigin.class, text, "error.lot.origin");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
