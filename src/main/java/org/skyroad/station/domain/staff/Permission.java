package org.skyroad.station.domain.staff;

/** What a service call needs; checked in the service layer, whatever the screen shows. */
public enum Permission {
    COUNTER_WORK,
    VILLAGER_READ,
    VILLAGER_EDIT,
    VILLAGE_EDIT,
    REPORTS,
    SYNC,
    CORRECTIONS,
    SETTLEMENTS,
    BACKUP,
    STAFF_MANAGE,
    SETTINGS_MANAGE
}
