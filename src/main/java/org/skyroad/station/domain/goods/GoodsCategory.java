package org.skyroad.station.domain.goods;

import java.util.Locale;

/** The groups the county reports local goods by (brief: livestock, specialty, farm products). */
public enum GoodsCategory {
    /** Yak meat, butter, cashmere, wool, hides. */
    LIVESTOCK,
    /** Incense, skin care, handicrafts, matsutake, walnut oil, honey. */
    SPECIALTY,
    /** Highland barley, tsampa, barley flour. */
    FARM;

    public static GoodsCategory parse(String text) {
        return GoodsEnums.parse(GoodsCategory.class, text, "error.goods.category");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the category's name: goods.category.livestock. */
    public String nameKey() {
        return "goods.category." + code();
    }
}
