package org.skyroad.station.domain.station;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/** Where a station sits: a village point, a township station, or the county hub. */
public enum StationLevel {
    VILLAGE, TOWNSHIP, COUNTY;

    public static StationLevel parse(String text) {
        if (text != null) {
            for (StationLevel level : values()) {
                if (level.name().equalsIgnoreCase(text.trim())) {
                    return level;
                }
            }
        }
        throw new InvalidInputException("error.station.level", text == null ? "" : text);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
