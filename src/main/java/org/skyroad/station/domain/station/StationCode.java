package org.skyroad.station.domain.station;

import java.util.Locale;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * A station's code, e.g. {@code TS-003} or {@code NGA-HUB}: two to five letters, a hyphen,
 * then three to six letters or digits. Typed lower case it is taken as upper case.
 */
public record StationCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,5}-[A-Z0-9]{3,6}");

    public StationCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("error.station.code", value == null ? "" : value);
        }
    }

    public static StationCode parse(String text) {
        return new StationCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
