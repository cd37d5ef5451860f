package org.skyroad.station.domain.goods;

import java.util.Locale;

/** Who bears a loss: a loss the producer bears is deducted in their settlement. */
public enum LossBearer {
    PRODUCER, STATION, CARRIER, BUYER;

    public static LossBearer parse(String text) {
        return GoodsEnums.parse(LossBearer.class, text, "error.loss.bearer");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
