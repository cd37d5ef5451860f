package org.skyroad.station.domain.station;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** This installation's identity, set at first start. */
public record Station(StationCode code, String name, StationLevel level, StationCode hubCode,
                     ZoneId zone, String language, Instant createdAt, long version) {

    public static final int NAME_MAX = 100;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Station {
        name = checkName(name);
        if (level == null) {
            throw new InvalidInputException("error.station.level", "");
        }
        if (hubCode == null && level != StationLevel.COUNTY) {
            throw new InvalidInputException("error.station.hubRequired");
        }
        zone = zone == null ? DEFAULT_ZONE : zone;
        language = language == null ? "zh" : language;
    }

    public static String checkName(String name) {
        String cleaned = TextRules.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException("error.station.nameEmpty");
        }
        if (cleaned.length() > NAME_MAX || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException("error.station.nameTooLong", NAME_MAX);
        }
        return cleaned;
    }

    public boolean isHub() {
        return level == StationLevel.COUNTY;
    }

    public Station withSettings(String newName, StationCode newHub, ZoneId newZone, String newLanguage) {
        return new Station(code, newName, level, newHub, newZone, newLanguage, createdAt, version + 1);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code.value());
        m.put("name", name);
        m.put("level", level.code());
        m.put("hubCode", hubCode == null ? null : hubCode.value());
        m.put("zone", zone.getId());
        m.put("language", language);
        m.put("createdAt", createdAt.toString());
        m.put("version", version);
        return m;
    }
}
