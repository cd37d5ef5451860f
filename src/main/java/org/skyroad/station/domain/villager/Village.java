package org.skyroad.station.domain.villager;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** A village the station serves; the list is kept per station. */
public record Village(UUID id, String name, Instant createdAt, long version) {

    public static final int NAME_MAX = 60;

    public Village {
        name = checkName(name);
    }

    public static String checkName(String name) {
        String cleaned = TextRules.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException("error.village.nameEmpty");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > NAME_MAX || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException("error.village.nameTooLong", NAME_MAX);
        }
        return cleaned;
    }

    public String searchKey() {
        return TextRules.searchKey(name);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("name", name);
        m.put("createdAt", createdAt.toString());
        m.put("version", version);
        return m;
    }

    @Override
    public String toString() {
        return name;
    }
}
