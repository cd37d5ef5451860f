package org.skyroad.station.domain.parcel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * The parcel desk's station settings: the shelf layout, after how many days a waiting parcel
 * is reminded and proposed for return to its carrier, and the storage fee rule.
 */
public record ParcelSettings(ShelfLayout shelves, int remindDays, int returnDays, StorageFeeRule fee, long version) {

    public static final int DEFAULT_REMIND_DAYS = 3;
    public static final int DEFAULT_RETURN_DAYS = 14;
    public static final int MAX_DAYS = 365;

    public static final ParcelSettings DEFAULTS = new ParcelSettings(ShelfLayout.parse(ShelfLayout.DEFAULT_TEXT),
            DEFAULT_REMIND_DAYS, DEFAULT_RETURN_DAYS, StorageFeeRule.NONE, 0);

    public ParcelSettings {
        if (shelves == null || fee == null) {
            throw new IllegalArgumentException("shelves and fee are required");
        }
        if (remindDays < 1 || remindDays > MAX_DAYS || returnDays < 1 || returnDays > MAX_DAYS) {
            throw new InvalidInputException("error.parcel.days", MAX_DAYS);
        }
        if (returnDays <= remindDays) {
            throw new InvalidInputException("error.parcel.returnBeforeRemind", remindDays, returnDays);
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shelves", shelves.text());
        m.put("remindDays", remindDays);
        m.put("returnDays", returnDays);
        m.put("fee", fee.snapshot());
        m.put("version", version);
        return m;
    }
}
