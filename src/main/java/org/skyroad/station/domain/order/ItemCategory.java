package org.skyroad.station.domain.order;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/** What kind of goods a line is: the monthly report counts orders and sales by category. */
public enum ItemCategory {
    CLOTHING,
    MEDICINE,
    APPLIANCE,
    FOOD,
    DAILY_GOODS,
    FARM_INPUTS,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the category's name on screen and on print. */
    public String messageKey() {
        return "order.category." + code();
    }

    public static ItemCategory parse(String text) {
        if (text != null) {
            String t = text.strip().replace('-', '_');
            for (ItemCategory c : values()) {
                if (c.name().equalsIgnoreCase(t)) {
                    return c;
                }
            }
        }
        throw new InvalidInputException("error.order.category", text == null ? "" : text);
    }
}
