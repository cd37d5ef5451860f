package org.skyroad.station.domain.parcel;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * The short code printed on the pickup slip: five characters from an alphabet of 23 without the
 * ones people mix up when reading aloud or writing by hand (0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G).
 * 23^5 is about 6.4 million codes, so even with 10,000 parcels waiting a new code hits a
 * taken one about once in 640 draws; the desk draws again in that case.
 */
public record PickupCode(String value) {

    public static final String ALPHABET = "34679ACDEFHJKMNPRTUVWXY";
    public static final int LENGTH = 5;

    public PickupCode {
        if (value == null || !isWellFormed(value)) {
            throw new InvalidInputException("error.parcel.pickupCode", value == null ? "" : value);
        }
    }

    /** Takes what a person types: spaces and a dash ignored, lower case accepted. */
    public static PickupCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("error.parcel.pickupCode", "");
        }
        return new PickupCode(text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** True for typed text that could be a pickup code (used to route a search). */
    public static boolean looksLikeCode(String text) {
        return text != null && isWellFormed(text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    public static PickupCode random(RandomGenerator random) {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new PickupCode(new String(c));
    }

    private static boolean isWellFormed(String v) {
        if (v.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
