package org.skyroad.station.domain.goods;

import java.util.Locale;

/** A herder, a farmer, a cooperative, or someone else who brings goods. */
public enum ProducerKind {
    HERDER, FARMER, COOPERATIVE, OTHER;

    public static ProducerKind parse(String text) {
        return GoodsEnums.parse(ProducerKind.class, text, "error.producer.kind");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
