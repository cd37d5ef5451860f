package org.skyroad.station.domain.goods;

import java.util.Locale;

/** What a settlement line pays or deducts: a sold line (less commission), an outright purchase, or a loss the producer bears. */
public enum SettlementLineKind {
    SALE, PURCHASE, LOSS;

    public static SettlementLineKind parse(String text) {
        return GoodsEnums.parse(SettlementLineKind.class, text, "error.settlement.lineKind");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
