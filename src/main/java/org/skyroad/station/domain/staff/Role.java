package org.skyroad.station.domain.staff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * Staff roles. Each role holds the permissions of the one below it: an admin can do what a
 * manager can, a manager what an operator can.
 */
public enum Role {
    OPERATOR(EnumSet.of(Permission.COUNTER_WORK, Permission.VILLAGER_EDIT, Permission.VILLAGER_READ)),
    MANAGER(EnumSet.of(Permission.REPORTS, Permission.SYNC, Permission.CORRECTIONS,
            Permission.SETTLEMENTS, Permission.VILLAGE_EDIT, Permission.BACKUP)),
    ADMIN(EnumSet.of(Permission.STAFF_MANAGE, Permission.SETTINGS_MANAGE));

    private final Set<Permission> own;

    Role(Set<Permission> own) {
        this.own = own;
    }

    public boolean allows(Permission permission) {
        for (Role r : values()) {
            if (r.own.contains(permission)) {
                return r.ordinal() <= ordinal();
            }
        }
        return false;
    }

    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(text.trim())) {
                    return role;
                }
            }
        }
        throw new InvalidInputException("error.staff.role", text == null ? "" : text);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
