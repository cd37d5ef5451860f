package org.skyroad.station.domain.villager;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * The last four to six characters of a resident ID card (digits, the last may be X). The
 * station keeps no more than that: enough to check a person, not enough to misuse.
 */
public record IdCardTail(String value) {

    public IdCardTail {
        if (value == null || !value.matches("[0-9]{3,5}[0-9X]")) {
            throw new InvalidInputException("error.villager.idTail", value == null ? "" : value);
        }
    }

    public static IdCardTail parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new IdCardTail(text.strip().toUpperCase(Locale.ROOT));
    }

    /** True for text that could be a tail someone searches by. */
    public static boolean looksLikeTail(String text) {
        return text != null && text.toUpperCase(Locale.ROOT).matches("[0-9]{3,5}[0-9X]");
    }

    @Override
    public String toString() {
        return value;
    }
}
