package org.skyroad.station.domain.parcel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/**
 * A carrier's tracking number (运单号) as a scanner or a person gives it, normalised: full-width
 * characters made plain (a scanner behind a Chinese input method types ＳＦ１２３), spaces
 * removed, upper case, and a leading AIM symbology identifier such as {@code ]C1}, {@code ]Q3}
 * or {@code ]E0} that some scanners put in front of the data taken off. What is left is letters,
 * digits and inner hyphens (JD sub-packages look like {@code JDVA00123456789-1-2-}).
 */
public record TrackingNumber(String value) {

    public static final int MAX = 40;
    public static final int MIN = 6;

    private static final Pattern AIM_PREFIX = Pattern.compile("^\\][A-Z][0-9A-Z]");
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?-?");

    public TrackingNumber {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("error.parcel.trackingEmpty");
        }
        if (value.length() > MAX) {
            throw new InvalidInputException("error.parcel.trackingTooLong", MAX);
        }
        if (value.length() < MIN || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("error.parcel.trackingShape", value);
        }
    }

    /** Normalises what the scanner typed (its Enter already gone) and checks it. */
    public static TrackingNumber parse(String scanned) {
        if (scanned == null) {
            throw new InvalidInputException("error.parcel.trackingEmpty");
        }
        // The Enter (and a tab some scanners send) at either end is the scanner's, not the number's.
        String text = Normalizer.normalize(scanned, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("error.parcel.trackingEmpty");
        }
        if (TextRules.hasControlCharacters(text)) {
            throw new InvalidInputException("error.parcel.trackingControl");
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        compact = AIM_PREFIX.matcher(compact).replaceFirst("");
        if (compact.length() > MAX) {
            throw new InvalidInputException("error.parcel.trackingTooLong", MAX);
        }
        return new TrackingNumber(compact);
    }

    /** The last four characters, as an operator reads them off a label. */
    public String tail() {
        return value.substring(Math.max(0, value.length() - 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
