package org.skyroad.station.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Text;

/** One staff account as the admin table shows it. */
public record StaffRow(StaffMember member, String username, String name, String role, String active, String locked) {

    public static StaffRow of(StaffMember m, Instant now, ZoneId zone) {
        String locked = m.isLockedAt(now) ? Messages.get("ui.staff.lockedUntil", Text.dateTime(m.lockedUntil(), zone)) : "";
        return new StaffRow(m, m.username().value(), m.displayName(), Text.role(m.role()),
                Text.yesNo(m.active()), locked);
    }
}
