package org.skyroad.station.domain.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** A staff account. The password hash stays in the station: it is not in snapshots. */
public record StaffMember(UUID id, Username username, String displayName, Role role,
                          String passwordHash, boolean active, int failedAttempts,
                          Instant lockedUntil, Instant createdAt, Instant updatedAt, long version) {

    public static final int DISPLAY_NAME_MAX = 100;

    public StaffMember {
        displayName = checkDisplayName(displayName);
    }

    public static String checkDisplayName(String name) {
        String cleaned = TextRules.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException("error.staff.nameEmpty");
        }
        if (cleaned.length() > DISPLAY_NAME_MAX || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException("error.staff.nameTooLong", DISPLAY_NAME_MAX);
        }
        return cleaned;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public StaffMember with(Role newRole, String newHash, boolean newActive, int newFailed,
                            Instant newLockedUntil, Instant now) {
        return new StaffMember(id, username, displayName, newRole, newHash, newActive, newFailed,
                newLockedUntil, createdAt, now, version + 1);
    }

    public Actor asActor() {
        return new Actor(id, username.value(), displayName, role);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("username", username.value());
        m.put("displayName", displayName);
        m.put("role", role.code());
        m.put("active", active);
        m.put("version", version);
        return m;
    }
}
