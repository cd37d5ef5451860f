package org.skyroad.station.domain.goods;

import java.util.Locale;

/** A settlement is open until the producer is paid. */
public enum SettlementStatus {
    OPEN, PAID;

    public static SettlementStatus parse(String text) {
        return GoodsEnums.parse(SettlementStatus.class, text, "error.settlement.status");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
