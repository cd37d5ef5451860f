package org.skyroad.station.domain.staff;

import java.util.Locale;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;

/** A sign-in name: 2 to 32 lower-case Latin letters, digits, dot, dash or underscore. */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("error.staff.username", value == null ? "" : value);
        }
    }

    public static Username parse(String text) {
        return new Username(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
