package org.skyroad.station.domain.goods;

import java.util.Locale;

/** Why goods were lost. */
public enum LossReason {
    SPOILED, BROKEN, LOST_IN_TRANSIT, OTHER;

    public static LossReason parse(String text) {
        return GoodsEnums.parse(LossReason.class, text, "error.loss.reason");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
