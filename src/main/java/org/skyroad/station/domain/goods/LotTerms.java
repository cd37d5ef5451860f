package org.skyroad.station.domain.goods;

import java.util.Locale;

/** On what terms the station holds a lot: sold for the producer (consignment: paid from what sells, less commission) or bought outright at intake. */
public enum LotTerms {
    CONSIGNMENT, OUTRIGHT;

    public static LotTerms parse(String text) {
        return GoodsEnums.parse(LotTerms.class, text, "error.lot.terms");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
