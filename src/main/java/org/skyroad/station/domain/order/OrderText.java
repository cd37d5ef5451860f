package org.skyroad.station.domain.order;

import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** The checks free text on an order goes through: cleaned, bounded, no invisible characters. */
public final class OrderText {

    private OrderText() {
    }

    /** Required text: cleaned; empty refused with {@code emptyKey}, too long or invisible characters with {@code badKey}. */
    public static String required(String text, int max, String emptyKey, String badKey) {
        String cleaned = TextRules.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException(emptyKey);
        }
        return bounded(cleaned, max, badKey);
    }

    /** Optional text: blank becomes null. */
    public static String optional(String text, int max, String badKey) {
        String cleaned = TextRules.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        return bounded(cleaned, max, badKey);
    }

    private static String bounded(String cleaned, int max, String badKey) {
        if (cleaned.codePointCount(0, cleaned.length()) > max || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException(badKey, max);
        }
        return cleaned;
    }
}
