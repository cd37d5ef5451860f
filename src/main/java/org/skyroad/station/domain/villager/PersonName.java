package org.skyroad.station.domain.villager;

import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/** A person's name in any script (Chinese, Tibetan, Latin), as the person gives it. */
public record PersonName(String value) {

    public static final int MAX = 60;

    public PersonName {
        String cleaned = TextRules.clean(value);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException("error.villager.nameEmpty");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX) {
            throw new InvalidInputException("error.villager.nameTooLong", MAX);
        }
        if (TextRules.hasControlCharacters(cleaned)) {
            throw new InvalidInputException("error.villager.nameControl");
        }
        value = cleaned;
    }

    public String searchKey() {
        return TextRules.searchKey(value);
    }

    /** For print: the first character and a star per remaining one, e.g. 扎** or T****. */
    public String masked() {
        int first = value.offsetByCodePoints(0, 1);
        int rest = value.codePointCount(first, value.length());
        return value.substring(0, first) + "*".repeat(Math.min(rest, 3));
    }

    @Override
    public String toString() {
        return value;
    }
}
