package org.skyroad.station.domain.villager;

import org.skyroad.station.domain.common.InvalidInputException;

/**
 * A phone number kept as digits only: an 11-digit mobile starting with 1, or a landline of 10
 * to 12 digits starting with the 0 of its area code. "+86 138-0013-8000" is taken as
 * "13800138000".
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (digits == null || !isValid(digits)) {
            throw new InvalidInputException("error.villager.phone", digits == null ? "" : digits);
        }
    }

    private static boolean isValid(String d) {
        if (!d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            return true;
        }
        return d.length() >= 10 && d.length() <= 12 && d.charAt(0) == '0';
    }

    /** Parses what an operator types; blank means "no phone" and gives null. */
    public static PhoneNumber parseOptional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        String digits = typed.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("error.villager.phone", typed);
        }
        try {
            return new PhoneNumber(digits);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("error.villager.phone", typed);
        }
    }

    /** The last four digits, how villagers often give their number at the counter. */
    public String tail() {
        return digits.substring(digits.length() - 4);
    }

    /** For print and screens that strangers may see: 138****5678. */
    public String masked() {
        if (digits.length() < 8) {
            return "****" + tail();
        }
        return digits.substring(0, 3) + "****" + tail();
    }

    @Override
    public String toString() {
        return digits;
    }
}
