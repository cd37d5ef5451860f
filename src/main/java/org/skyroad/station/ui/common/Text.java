package org.skyroad.station.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.i18n.Messages;

/** Small formatters shared by the screens: roles, levels, times in the station's zone. */
public final class Text {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Text() {
    }

    public static String role(Role role) {
        return role == null ? "" : Messages.get("ui.role." + role.code());
    }

    public static String level(StationLevel level) {
        return level == null ? "" : Messages.get("ui.level." + level.code());
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String yesNo(boolean value) {
        return Messages.get(value ? "ui.common.yes" : "ui.common.no");
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String nullToEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
