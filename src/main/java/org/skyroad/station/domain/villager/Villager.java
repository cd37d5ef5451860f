package org.skyroad.station.domain.villager;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/**
 * A customer of the station. Phone and ID tail are optional: many villagers have neither
 * with them. Consent says whether they agreed to have parcels kept at the station and
 * brought to their home.
 */
public record Villager(UUID id, PersonName name, PhoneNumber phone, UUID villageId,
                       IdCardTail idTail, String household, String notes,
                       boolean consentPickup, boolean consentDelivery,
                       Instant createdAt, Instant updatedAt, long version) {

    public static final int HOUSEHOLD_MAX = 100;
    public static final int NOTES_MAX = 500;

    public Villager {
        if (id == null || name == null) {
            throw new IllegalArgumentException("id and name are required");
        }
        household = optionalText(household, HOUSEHOLD_MAX, "error.villager.householdTooLong");
        notes = optionalText(notes, NOTES_MAX, "error.villager.notesTooLong");
    }

    private static String optionalText(String text, int max, String key) {
        String cleaned = TextRules.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > max || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException(key, max);
        }
        return cleaned;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("name", name.value());
        m.put("phone", phone == null ? null : phone.digits());
        m.put("villageId", villageId == null ? null : villageId.toString());
        m.put("idTail", idTail == null ? null : idTail.value());
        m.put("household", household);
        m.put("notes", notes);
        m.put("consentPickup", consentPickup);
        m.put("consentDelivery", consentDelivery);
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }
}
