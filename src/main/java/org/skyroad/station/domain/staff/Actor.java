package org.skyroad.station.domain.staff;

import java.util.UUID;

/** Who is doing something: a signed-in staff member, or the station itself for system work. */
public record Actor(UUID staffId, String username, String displayName, Role role) {

    /** Scheduled and command-line work run by whoever may use the station's own account. */
    public static Actor system(String username) {
        return new Actor(null, username, username, Role.ADMIN);
    }

    public boolean isStaff() {
        return staffId != null;
    }
}
