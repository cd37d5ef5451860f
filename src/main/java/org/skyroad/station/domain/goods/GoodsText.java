package org.skyroad.station.domain.goods;

import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** Checks of the free text typed for local goods: names, notes, references. */
public final class GoodsText {

    private GoodsText() {
    }

    /** Cleaned text, or null when blank; refused when longer than {@code max} characters or holding control characters. */
    public static String optional(String text, int max, String tooLongKey) {
        String cleaned = TextRules.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > max || TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException(tooLongKey, max);
        }
        return cleaned;
    }

    /** As {@link #optional} but blank is refused with {@code emptyKey}. */
    public static String required(String text, int max, String emptyKey, String tooLongKey) {
        String cleaned = optional(text, max, tooLongKey);
        if (cleaned == null) {
            throw new InvalidInputException(emptyKey);
        }
        return cleaned;
    }
}
